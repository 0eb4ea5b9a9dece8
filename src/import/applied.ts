/** The printed next step: mark the baseline as applied on the database it came from, for the chosen runner. */
import { createHash } from 'node:crypto';
import type { Answers } from '../state/answers-schema.js';
import type { Migration } from '../state/design-schema.js';
import { layoutOf } from '../runners/layout.js';
import { dialectOf } from '../dialects/registry.js';

type A = Pick<Answers, 'db' | 'orm' | 'runner' | 'existing'>;

/** Lines of the block: run once against the imported database, so the next `db-change` starts from it. */
export function markApplied(a: A, m: Migration | undefined, upBody: string | undefined): string[] {
  const layout = layoutOf(a);
  const shell = dialectOf(a.db).seed.shell;
  const sql = (...lines: string[]) => [shell.heredoc, ...lines.map((l) => `  ${l}`), 'SQL'];
  const v = m?.version ?? '';
  switch (layout) {
    case 'prisma':
      return ['# Prisma baselining: the first migration from the schema, marked applied', 'mkdir -p prisma/migrations/0_init',
        'npx prisma migrate diff --from-empty --to-schema-datamodel prisma/schema.prisma --script > prisma/migrations/0_init/migration.sql',
        'npx prisma migrate resolve --applied 0_init'];
    case 'alembic': return ['alembic stamp head'];
    case 'golang-migrate': return [`migrate -path migrations -database "$DATABASE_URL" force ${v}`];
    case 'atlas': return [`atlas migrate set ${v} --url "$DATABASE_URL" --dir file://migrations`];
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
        `  VALUES (${v}, '${(m?.name ?? '').replace(/_/g, ' ')}', TRUE, ${shell.bytes(sum)}, 0);`)];
    }
    default:
      if (a.runner === 'later') return [`# runner undecided: when you choose one, mark ${v} applied on this database before its first run`];
      return [`# kei-migrate: record ${v} as applied in its migrations table before the first \`up\` (the database has it already)`];
  }
}

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
