/**
 * The runners' tables of applied versions as each tool creates them on its first run (its documented DDL), on
 * PostgreSQL and MariaDB (kei-migrate's on SQLite too): what applied-tables.test reads and import-applied(-kei).test
 * marks the baseline in. goose's first run also writes its version-0 row.
 */
import type { EngineId } from './engines.js';
import type { LayoutId as Layout } from '../../src/runners/layout.js';

const tz = (db: EngineId) => (db === 'postgres' ? 'TIMESTAMPTZ' : 'TIMESTAMP');

export const RUNNER_DDL: Partial<Record<Layout, (db: EngineId) => string[]>> = {
  // kei-migrate's db.rs (Backend::create_tracker_sql), run by every command before anything else
  'kei-migrate': (db) => [db === 'sqlite'
    ? 'CREATE TABLE IF NOT EXISTS _kei_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)'
    : 'CREATE TABLE IF NOT EXISTS _kei_migrations (version BIGINT PRIMARY KEY, name VARCHAR(255) NOT NULL, checksum CHAR(64) NOT NULL, applied_at VARCHAR(32) NOT NULL)'],
  goose: () => ['CREATE TABLE goose_db_version (id serial NOT NULL, version_id bigint NOT NULL, is_applied boolean NOT NULL, tstamp timestamp NULL default now(), PRIMARY KEY(id))',
    'INSERT INTO goose_db_version (version_id, is_applied) VALUES (0, true)'],
  'golang-migrate': () => ['CREATE TABLE schema_migrations (version bigint not null primary key, dirty boolean not null)'],
  sqlx: (db) => [`CREATE TABLE _sqlx_migrations (version BIGINT PRIMARY KEY, description TEXT NOT NULL, installed_on ${tz(db)} NOT NULL DEFAULT CURRENT_TIMESTAMP, success BOOLEAN NOT NULL, checksum ${db === 'postgres' ? 'BYTEA' : 'BLOB'} NOT NULL, execution_time BIGINT NOT NULL)`],
  atlas: (db) => [`CREATE TABLE atlas_schema_revisions (version varchar(255) NOT NULL PRIMARY KEY, description varchar(255) NOT NULL, type bigint NOT NULL DEFAULT 2, applied bigint NOT NULL DEFAULT 0, total bigint NOT NULL DEFAULT 0, executed_at ${tz(db)} NOT NULL, execution_time bigint NOT NULL, error text NULL, error_stmt text NULL, hash varchar(255) NOT NULL, partial_hashes ${db === 'postgres' ? 'jsonb' : 'json'} NULL, operator_version varchar(255) NOT NULL)`],
  prisma: (db) => [`CREATE TABLE _prisma_migrations (id VARCHAR(36) PRIMARY KEY NOT NULL, checksum VARCHAR(64) NOT NULL, finished_at ${tz(db)} NULL, migration_name VARCHAR(255) NOT NULL, logs TEXT NULL, rolled_back_at ${tz(db)} NULL, started_at ${tz(db)} NOT NULL DEFAULT CURRENT_TIMESTAMP, applied_steps_count INTEGER NOT NULL DEFAULT 0)`],
  alembic: () => ['CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))'],
};
