/** The printed next step: mark the baseline as applied on the database it came from, for the chosen runner. */
import { createHash } from 'node:crypto';
import type { Answers } from '../state/answers-schema.js';
import type { Migration } from '../state/design-schema.js';
import { layoutOf } from '../runners/layout.js';
import { dialectOf } from '../dialects/registry.js';
import { atlasSum } from '../runners/atlas-sum.js';

type A = Pick<Answers, 'db' | 'orm' | 'runner' | 'existing'>;

/** Lines of the block: run once against the imported database, so the next `db-change` starts from it. Where the step
 *  is a tool's command, the same row in SQL follows it, for the table the tool creates on its first run. */
export function markApplied(a: A, m: Migration | undefined, upBody: string | undefined): string[] {
  const layout = layoutOf(a);
  const shell = dialectOf(a.db).seed.shell;
  const sql = (...lines: string[]) => [shell.heredoc, ...lines.map((l) => `  ${l}`), 'SQL'];
  const inSql = (tool: string, table: string) => `# or the same row in SQL (${table}, as ${tool} creates it):`;
  const v = m?.version ?? '';
  const name = m?.name ?? '';
  switch (layout) {
    case 'prisma': {
      const dir = 'prisma/migrations/0_init';
      return ['# Prisma baselining: the first migration from the schema, marked applied', `mkdir -p ${dir}`,
        `npx prisma migrate diff --from-empty --to-schema-datamodel prisma/schema.prisma --script > ${dir}/migration.sql`,
        'npx prisma migrate resolve --applied 0_init', inSql('prisma migrate', '_prisma_migrations'),
        `SUM=$(sha256sum ${dir}/migration.sql | cut -c1-64)`, shell.heredoc.replace("<<'SQL'", '<<SQL'),
        '  INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count)',
        "    VALUES ('00000000-0000-4000-8000-000000000000', '$SUM', CURRENT_TIMESTAMP, '0_init', CURRENT_TIMESTAMP, 0);", 'SQL'];
    }
    case 'alembic': return ['alembic stamp head   # writes the head revision into alembic_version'];
    case 'golang-migrate':
      return [`migrate -path migrations -database "$DATABASE_URL" force ${v}`, inSql('migrate', 'schema_migrations: one row'),
        ...sql('DELETE FROM schema_migrations;', `INSERT INTO schema_migrations (version, dirty) VALUES (${v}, FALSE);`)];
    case 'atlas':
      return [`atlas migrate set ${v} --url "$DATABASE_URL" --dir file://migrations`, inSql('atlas', 'atlas_schema_revisions'),
        ...sql('INSERT INTO atlas_schema_revisions (version, description, type, applied, total, executed_at, execution_time, hash,',
          `    operator_version) VALUES ('${v}', '${name}', 4, 0, 0, CURRENT_TIMESTAMP, 0, '${atlasHash(v, name, upBody)}', 'db-scaffold');`)];
    case 'dbmate':
      return sql('CREATE TABLE IF NOT EXISTS schema_migrations (version VARCHAR(128) PRIMARY KEY);',
        `INSERT INTO schema_migrations (version) VALUES ('${v}');`);
    case 'goose':
      return [`goose -dir migrations ${dialectOf(a.db).sqlDriver} "$DATABASE_URL" version   # creates goose_db_version`,
        ...sql(`INSERT INTO goose_db_version (version_id, is_applied) VALUES (${v}, TRUE);`)];
    case 'sqlx': {
      const sum = createHash('sha384').update(upBody ?? '').digest('hex');
      return ['sqlx migrate info   # creates _sqlx_migrations', ...sql(
        'INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)',
        `  VALUES (${v}, '${name.replace(/_/g, ' ')}', TRUE, ${shell.bytes(sum)}, 0);`)];
    }
    default: {
      if (a.runner === 'later') return [`# runner undecided: when you choose one, mark ${v} applied on this database before its first run`];
      const status = 'kei-migrate --database-url "$DATABASE_URL" --dir migrations status';
      return [`${status}   # creates _kei_migrations; ${v} is PENDING`,
        '# record it as kei-migrate up does: version, name, the SHA-256 of the up file as it is on disk, applied_at (RFC 3339)',
        ...sql('INSERT INTO _kei_migrations (version, name, checksum, applied_at)',
          `  VALUES (${v}, '${name}', '${createHash('sha256').update(upBody ?? '').digest('hex')}', '${rfc3339(v)}');`),
        `${status}   # ${v} is APPLIED; \`up\` skips it and checks its checksum`];
    }
  }
}

/** The baseline's UTC version as chrono's `to_rfc3339()` writes a whole second (kei-migrate's applied_at). */
const rfc3339 = (v: string) => v.replace(/^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)$/, '$1-$2-$3T$4:$5:$6+00:00');

/** Atlas's hash of the baseline as atlas.sum states it (the first file: its own running hash), without `h1:`. */
const atlasHash = (v: string, name: string, up: string | undefined) =>
  atlasSum([{ name: `${v}_${name}.sql`, body: up ?? '' }]).split('\n')[1].split(' h1:')[1];

/** Two-space indent, except a heredoc's terminator, which must start its line. */
const indent = (lines: string[]) => lines.map((l) => (l === 'SQL' ? l : `  ${l}`));

export function importSteps(a: A, m: Migration | undefined, upBody: string | undefined, residue: boolean): string {
  const shell = dialectOf(a.db).seed.shell;
  return [
    'Next steps (imported database):',
    '  # the database URL comes from secrets/db.env (git-ignored, names only in git)',
    ...indent(shell.setup),
    `  # the database it came from has the baseline${m ? ` ${m.version}` : ''} already: mark it applied there, once`,
    ...indent(markApplied(a, m, upBody)),
    ...(residue ? ['  # a fresh database: apply the migrations, then what the language cannot say yet',
      `  ${shell.file('db/residue.sql')}`] : []),
    '  # then evolve it: npx plop db-change',
  ].join('\n');
}
