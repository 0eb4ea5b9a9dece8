/** Every select's options with a one-line description (name shown, value stored); the engines' words are Dialect members. */
import { dialectOf, ENGINE_MENU } from '../dialects/registry.js';

export interface Choice { value: string; label: string; hint: string }

const c = (value: string, label: string, hint: string): Choice => ({ value, label, hint });

export const CHOICES: Record<string, { message: string; choices: Choice[] }> = {
  db: { message: 'Database engine', choices: ENGINE_MENU.map((id) => c(id, dialectOf(id).choice.label, dialectOf(id).choice.hint)) },
  orm: { message: 'ORM', choices: [
    c('none', 'None', 'plain SQL with a driver; migrations with kei-migrate'),
    c('drizzle', 'Drizzle', 'TypeScript schema and query builder; migrations stay in migrations/'),
    c('sqlx', 'SQLx', 'Rust, compile-time checked SQL; migrations stay in migrations/'),
    c('prisma', 'Prisma', 'prisma migrate owns prisma/migrations/; schema.sql is handed off'),
    c('sqlalchemy', 'SQLAlchemy', 'Python ORM; Alembic owns alembic/versions/; schema.sql is handed off'),
  ] },
  scale: { message: 'Scale', choices: [
    c('solo', 'Solo prototype', 'one developer, one database; keep it simple'),
    c('team', 'Team dev', 'several developers, shared staging; reviewable migrations'),
    c('multi-replica', 'Production multi-replica', 'several app replicas; soft delete (deleted_at) and careful rollout'),
  ] },
  style: { message: 'Style', choices: [
    c('schema-first', 'Schema-first', 'db/schema.sql is the source of truth; code follows it'),
    c('code-first', 'Code-first', 'models in code drive the schema; schema.sql documents it'),
  ] },
  migctl: { message: 'Migration control', choices: [
    c('hybrid', 'Hybrid', 'manual in production, automatic in development: dev velocity and prod safety (recommended)'),
    c('manual', 'Manual', 'a person runs kei-migrate up everywhere; the safest for production'),
    c('auto-on-deploy', 'Auto on deploy', 'the deploy applies pending migrations; single replica only'),
  ] },
  runner: { message: 'Add kei-migrate to the project?', choices: [
    c('cargo-path-dep', 'Add to Cargo workspace as path dep', 'Rust projects; db-scaffold prints the snippet, never edits Cargo.toml'),
    c('binary', 'Install from source with cargo (system-wide)', 'any stack; `cargo install --git` builds it once, the repo stays tool-agnostic'),
    c('existing', 'Use an existing runner', 'migrations written in the layout of the runner you pick next'),
    c('later', 'Decide later', "kei-migrate's layout on disk; the runner recorded as undecided"),
  ] },
  existing: { message: 'Which runner?', choices: [
    c('dbmate', 'dbmate', 'db/migrations/<ts>_<name>.sql with -- migrate:up / -- migrate:down'),
    c('goose', 'goose', 'migrations/<ts>_<name>.sql with -- +goose Up / Down blocks'),
    c('golang-migrate', 'golang-migrate', 'migrations/<ts>_<name>.up.sql and .down.sql'),
    c('sqlx', 'sqlx-cli', 'migrations/<ts>_<name>.up.sql and .down.sql, as `sqlx migrate run` reads them'),
    c('atlas', 'Atlas', 'migrations/<ts>_<name>.sql plus atlas.sum; plain downs in migrations/down/'),
  ] },
  safety: { message: 'Later migrations', choices: [
    c('online', 'Online (lock-safe)', 'CONCURRENTLY, NOT VALID then VALIDATE, expand/contract: replicas keep serving; the multi-replica default'),
    c('offline', 'Offline (plain)', 'one migration a change, plain DDL that may lock a table while it runs; fine with a maintenance window'),
  ] },
  safetyRunner: { message: 'Online migrations need a runner that can run a file outside a transaction', choices: [
    c('offline', 'Offline with kei-migrate', 'plain migrations, each in the transaction kei-migrate runs it in; fine with a maintenance window'),
    c('existing', 'Online with another runner', 'dbmate, goose, Atlas or sqlx run CONCURRENTLY and batched backfills outside one; pick it next'),
  ] },
  seed: { message: 'Seed data', choices: [
    c('smoke', 'Smoke fixture (recommended)', 'one row per entity; proves the schema loads'),
    c('rich', 'Rich dev seed', '5–20 realistic rows per entity to click around in'),
    c('fixtures', 'Test fixtures', 'small labelled datasets keyed by test name'),
    c('volume', 'Volume (load test)', 'many rows generated inside the engine (-- --rows N, default 100000)'),
    c('skip', 'Skip', 'no seed file; choose a tier later with `npx plop db-seed`'),
  ] },
};

/** Replica-safe alternatives to auto-on-deploy, hybrid first. */
export const REPLICA_SAFE: Choice[] = [
  c('hybrid', 'Hybrid', 'a person applies in production (once, before the rollout); automatic in development'),
  c('leader-job', 'Single leader-elected migration job', 'one job (or init container holding a lock) applies before replicas roll'),
  c('manual', 'Manual', 'a person applies migrations before the rollout'),
];

export const asInquirer = (cs: Choice[]) => cs.map((x) => ({ name: x.hint ? `${x.label} — ${x.hint}` : x.label, value: x.value, short: x.label }));
