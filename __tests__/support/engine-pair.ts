/**
 * Two scratch databases of one engine for a case (the one the change runs on, the one its schema.sql loads on).
 * On a server a CREATE and a DROP DATABASE cost more than most cases: pairFor keeps one pair for the describe
 * and empties both before each case; SQLite's in-memory databases are fresh each time.
 */
import { openEngine, type Engine, type EngineId } from './engines.js';

type Pair = (a: Engine, b: Engine) => Promise<void>;

/** Empties a server's scratch database: every table, type, function and row goes, the connection stays. */
export const reset = (e: Engine) => e.exec(e.id === 'mysql'
  ? `DROP DATABASE \`${e.name}\`; CREATE DATABASE \`${e.name}\` CHARACTER SET utf8mb4; USE \`${e.name}\`;`
  : 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;');

/** Two fresh scratch databases for `fn`, dropped after it. */
export async function withEngines(id: EngineId, fn: Pair): Promise<void> {
  const a = await openEngine(id);
  const b = await openEngine(id).catch(async (e) => { await a.close(); throw e; });
  try { await fn(a, b); } finally { await a.close(); await b.close(); }
}

/** Call inside a describe: each call runs `fn` on the describe's server pair, emptied first (closed after the
 *  describe), or on two fresh SQLite databases. */
export function pairFor(id: EngineId): (fn: Pair) => Promise<void> {
  let pair: Promise<Engine[]> | undefined;
  afterAll(async () => { for (const e of pair ? await pair.catch(() => []) : []) await e.close(); });
  return async (fn) => {
    if (id === 'sqlite') return withEngines(id, fn);
    const [a, b] = await (pair ??= Promise.all([openEngine(id), openEngine(id)]));
    await Promise.all([reset(a), reset(b)]);
    await fn(a, b);
  };
}
