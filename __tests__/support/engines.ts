/**
 * Harness for running generated SQL on real engines: PostgreSQL and MariaDB on 127.0.0.1,
 * SQLite through sql.js. Every openEngine() call gets a fresh, empty scratch database.
 *
 * CI rule: where CI=true an unreachable server FAILS the suite; locally it is skipped with a warning.
 * Availability is probed once when this module loads (top-level await), so describeEngine is synchronous.
 */
import { mysqlAvailable, openMysql } from './engine-mysql.js';
import { openPostgres, postgresAvailable } from './engine-postgres.js';
import { openSqlite, sqliteAvailable } from './engine-sqlite.js';
import type { Engine, EngineId } from './types.js';

export type { Catalog, Check, Column, Engine, EngineId, ForeignKey, Index, TableInfo } from './types.js';
export { fkColumnsIndexed, tablesWithoutPk, type UnindexedFk } from './catalog-checks.js';

export const ENGINES: EngineId[] = ['postgres', 'mysql', 'sqlite'];

const WHERE: Record<EngineId, string> = {
  postgres: `PostgreSQL at 127.0.0.1:${process.env.DBS_PG_PORT ?? 5432} (user postgres)`,
  mysql: `MariaDB at 127.0.0.1:${process.env.DBS_MYSQL_PORT ?? 3306} (user root)`,
  sqlite: 'sql.js (node_modules/sql.js/dist/sql-wasm.wasm)',
};

/** A fresh, empty scratch database on the given engine; close() drops it. */
export async function openEngine(id: EngineId): Promise<Engine> {
  if (id === 'postgres') return openPostgres();
  if (id === 'mysql') return openMysql();
  if (id === 'sqlite') return openSqlite();
  throw new Error(`unknown engine ${String(id)}`);
}

export async function engineAvailable(id: EngineId): Promise<boolean> {
  if (id === 'postgres') return postgresAvailable();
  if (id === 'mysql') return mysqlAvailable();
  return sqliteAvailable();
}

const probed = await Promise.all(ENGINES.map(async (id) => [id, await engineAvailable(id)] as const));
const AVAILABLE = new Map<EngineId, boolean>(probed);

export const isCi = (): boolean => process.env.CI === 'true';

export type Gate = 'run' | 'skip' | 'fail';
/** What an engine suite does: run when reachable; else fail under CI, skip locally. */
export function engineGate(available: boolean, ci: boolean): Gate {
  if (available) return 'run';
  return ci ? 'fail' : 'skip';
}

/** describe() for a suite that needs one engine, applying the CI rule. */
export function describeEngine(id: EngineId, name: string, fn: (id: EngineId) => void): void {
  const title = `${name} [${id}]`;
  const gate = engineGate(AVAILABLE.get(id) ?? false, isCi());
  if (gate === 'run') {
    describe(title, () => fn(id));
  } else if (gate === 'fail') {
    describe(title, () => {
      test(`${id} engine is reachable`, () => {
        throw new Error(`${WHERE[id]} is unreachable and CI=true: engine tests must not be skipped`);
      });
    });
  } else {
    console.warn(`[engines] ${WHERE[id]} is unreachable: skipping "${title}" (CI unset)`);
    describe.skip(title, () => fn(id));
  }
}

/** One describeEngine per engine in `ids` (default: all three). */
export function describeEachEngine(name: string, fn: (id: EngineId) => void, ids: EngineId[] = ENGINES): void {
  for (const id of ids) describeEngine(id, name, fn);
}

/**
 * Opens a scratch database in beforeAll and drops it in afterAll; call inside a describe.
 * Returns a getter because the engine exists only once beforeAll has run.
 */
export function useEngine(id: EngineId): () => Engine {
  let engine: Engine | undefined;
  beforeAll(async () => {
    engine = await openEngine(id);
  });
  afterAll(async () => {
    await engine?.close();
  });
  return () => {
    if (!engine) throw new Error(`${id} engine is not open (use the getter inside a test)`);
    return engine;
  };
}
