/**
 * Scratch databases for a case: on a server a CREATE and a DROP DATABASE cost more than most cases, so pairFor
 * (the database a change runs on and the one its schema.sql loads on) and engineFor keep theirs for the describe
 * and empty them before each case; SQLite's in-memory databases are fresh each time.
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

/** Call inside a describe: `n` databases for each call, a server's opened once (closed after the describe) and
 *  emptied before each call, SQLite's fresh. */
function shared(id: EngineId, n: number): (fn: (es: Engine[]) => Promise<void>) => Promise<void> {
  let open: Promise<Engine[]> | undefined;
  afterAll(async () => { for (const e of open ? await open.catch(() => []) : []) await e.close(); });
  return async (fn) => {
    if (id === 'sqlite') {
      const es: Engine[] = [];
      try { for (let i = 0; i < n; i++) es.push(await openEngine(id)); await fn(es); } finally { for (const e of es) await e.close(); }
      return;
    }
    const es = await (open ??= Promise.all(Array.from({ length: n }, () => openEngine(id))));
    await Promise.all(es.map(reset));
    await fn(es);
  };
}

export const pairFor = (id: EngineId): ((fn: Pair) => Promise<void>) => {
  const s = shared(id, 2);
  return (fn) => s(([a, b]) => fn(a, b));
};

export const engineFor = (id: EngineId): ((fn: (e: Engine) => Promise<void>) => Promise<void>) => {
  const s = shared(id, 1);
  return (fn) => s(([e]) => fn(e));
};
