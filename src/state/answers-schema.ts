/** The wizard's answers: every key is also a `--spec` key and a `-- --key value` bypass. */
import * as z from 'zod';
import { nonEmpty, strs } from './leaves.js';
import { Relation, Timestamps } from './model-schema.js';

export const DB = z.enum(['postgres', 'mysql', 'sqlite']);
export const ORM = z.enum(['none', 'drizzle', 'sqlx', 'prisma', 'sqlalchemy']);
export const Scale = z.enum(['solo', 'team', 'multi-replica']);
export const Style = z.enum(['schema-first', 'code-first']);
export const MigCtl = z.enum(['manual', 'auto-on-deploy', 'hybrid', 'leader-job']);
export const Runner = z.enum(['cargo-path-dep', 'binary', 'existing', 'later']);
export const Existing = z.enum(['dbmate', 'goose', 'golang-migrate', 'sqlx', 'atlas']);
export const Safety = z.enum(['online', 'offline']);
const Duration = z.string().regex(/^[1-9]\d*(ms|s|min)$/, 'a duration like 500ms, 2s or 5min');
export const SeedTier = z.enum(['smoke', 'rich', 'fixtures', 'volume', 'skip']);
export type DB = z.infer<typeof DB>;
export type ORM = z.infer<typeof ORM>;
export type SeedTier = z.infer<typeof SeedTier>;

export const Answers = z.object({
  intake: nonEmpty,
  db: DB,
  orm: ORM,
  scale: Scale,
  style: Style,
  migctl: MigCtl,
  entities: nonEmpty,
  relations: z.array(Relation),
  review: z.enum(['accept', 'accept-as-is']),
  runner: Runner,
  existing: Existing.optional(),      // the runner in use when runner is 'existing'
  seed: SeedTier,
  rows: z.coerce.number().int().min(1).max(50_000_000).optional(), // volume tier: rows over the whole design (default 100000)
  irreversible: strs,
  timestamps: Timestamps.optional(),
  timezone: z.enum(['tz', 'local']).optional(), // datetime columns with (tz, the default) or without time zone unless typed datetime(tz|local)
  safety: Safety.optional(),          // later migrations lock-safe (online) or plain (offline); default: online at multi-replica scale
  lockTimeout: Duration.optional(),   // SET lock_timeout of every online PostgreSQL migration (default 2s)
  statementTimeout: Duration.optional(), // SET statement_timeout of every online PostgreSQL migration (default 60s)
  // constraint and index names kept as a database has them: {"ix_film_title": "idx_title"} (db-import writes it)
  names: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a generated name (from an @table(…) name, in its case)'), z.string().min(1).max(64)).optional(),
});
export type Answers = z.infer<typeof Answers>;
/** Any of the answers (db/design.json's, a spec's): built once, shared by the design schema and complete(). */
export const SomeAnswers = Answers.partial();
export const SpecFile = SomeAnswers.strict();
export type Spec = z.infer<typeof SpecFile>;
