/**
 * Each runner's step that marks an imported database's baseline as applied (db-import's next steps): the tool's
 * command, then the same row in SQL for the table the tool creates on its first run. Each Layout (layouts.ts)
 * holds its own `markApplied` (an undecided runner's note is import/applied.ts's).
 */
import { createHash } from 'node:crypto';
import type { Dialect } from '../dialects/dialect.js';
import { atlasSum } from './atlas-sum.js';

export interface Baseline {
  v: string; name: string; upBody: string | undefined; // the baseline migration ('' when there is none) and its up file
  shell: Dialect['seed']['shell']; driver: string;      // the engine's shell commands and Go driver name
  sql: (...lines: string[]) => string[];               // the lines as a heredoc to the engine's shell
}
export type MarkApplied = (b: Baseline) => string[];

const inSql = (tool: string, table: string) => `# or the same row in SQL (${table}, as ${tool} creates it):`;

export const prismaMark: MarkApplied = ({ shell }) => {
  const dir = 'prisma/migrations/0_init';
  return ['# Prisma baselining: the first migration from the schema, marked applied', `mkdir -p ${dir}`,
    `npx prisma migrate diff --from-empty --to-schema-datamodel prisma/schema.prisma --script > ${dir}/migration.sql`,
    'npx prisma migrate resolve --applied 0_init', inSql('prisma migrate', '_prisma_migrations'),
    `SUM=$(sha256sum ${dir}/migration.sql | cut -c1-64)`, shell.heredoc.replace("<<'SQL'", '<<SQL'),
    '  INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count)',
    "    VALUES ('00000000-0000-4000-8000-000000000000', '$SUM', CURRENT_TIMESTAMP, '0_init', CURRENT_TIMESTAMP, 0);", 'SQL'];
};

export const alembicMark: MarkApplied = () => ['alembic stamp head   # writes the head revision into alembic_version'];

export const golangMigrateMark: MarkApplied = ({ v, sql }) =>
  [`migrate -path migrations -database "$DATABASE_URL" force ${v}`, inSql('migrate', 'schema_migrations: one row'),
    ...sql('DELETE FROM schema_migrations;', `INSERT INTO schema_migrations (version, dirty) VALUES (${v}, FALSE);`)];

export const atlasMark: MarkApplied = ({ v, name, upBody, sql }) =>
  [`atlas migrate set ${v} --url "$DATABASE_URL" --dir file://migrations`, inSql('atlas', 'atlas_schema_revisions'),
    ...sql('INSERT INTO atlas_schema_revisions (version, description, type, applied, total, executed_at, execution_time, hash,',
      `    operator_version) VALUES ('${v}', '${name}', 4, 0, 0, CURRENT_TIMESTAMP, 0, '${atlasHash(v, name, upBody)}', 'db-scaffold');`)];

export const dbmateMark: MarkApplied = ({ v, sql }) =>
  sql('CREATE TABLE IF NOT EXISTS schema_migrations (version VARCHAR(128) PRIMARY KEY);',
    `INSERT INTO schema_migrations (version) VALUES ('${v}');`);

export const gooseMark: MarkApplied = ({ v, driver, sql }) =>
  [`goose -dir migrations ${driver} "$DATABASE_URL" version   # creates goose_db_version`,
    ...sql(`INSERT INTO goose_db_version (version_id, is_applied) VALUES (${v}, TRUE);`)];

export const sqlxMark: MarkApplied = ({ v, name, upBody, shell, sql }) => {
  const sum = createHash('sha384').update(upBody ?? '').digest('hex');
  return ['sqlx migrate info   # creates _sqlx_migrations', ...sql(
    'INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)',
    `  VALUES (${v}, '${name.replace(/_/g, ' ')}', TRUE, ${shell.bytes(sum)}, 0);`)];
};

/** Atlas's hash of the baseline as atlas.sum states it (the first file: its own running hash), without `h1:`. */
const atlasHash = (v: string, name: string, up: string | undefined) =>
  atlasSum([{ name: `${v}_${name}.sql`, body: up ?? '' }]).split('\n')[1].split(' h1:')[1];

/** kei-migrate has no mark-applied command: its `status` creates _kei_migrations, then the row as its `up` writes it
 *  (version, name, the SHA-256 of the up file as it is on disk, applied_at as chrono's RFC 3339 of a whole second). */
export const keiMark: MarkApplied = ({ v, name, upBody, sql }) => {
  const status = 'kei-migrate --database-url "$DATABASE_URL" --dir migrations status';
  const at = v.replace(/^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)$/, '$1-$2-$3T$4:$5:$6+00:00');
  return [`${status}   # creates _kei_migrations; ${v} is PENDING`,
    '# record it as kei-migrate up does: version, name, the SHA-256 of the up file as it is on disk, applied_at (RFC 3339)',
    ...sql('INSERT INTO _kei_migrations (version, name, checksum, applied_at)',
      `  VALUES (${v}, '${name}', '${createHash('sha256').update(upBody ?? '').digest('hex')}', '${at}');`),
    `${status}   # ${v} is APPLIED; \`up\` skips it and checks its checksum`];
};
