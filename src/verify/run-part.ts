/** Running one part of a file (a migration's up or down, schema.sql, seed.sql, residue.sql) on the scratch database. */
import type { Finding } from './finding.js';
import type { Part } from './migrations.js';
import type { Scratch } from './scratch.js';
import { statementsOf } from './statements.js';

export const rf = (file: string, line: number, rule: string, message: string, fix: string): Finding => ({ step: 'replay', file, line, rule, message, fix });
const engineLine = (e: unknown) => String((e as Error)?.message ?? e).split('\n')[0];

/** A part that is one transaction (BEGIN … COMMIT) on an engine whose DDL is transactional goes in one call: its
 *  failure leaves nothing behind (the session rolls it back), so it is then run statement by statement to name the line. */
const atomic = (db: Scratch, flats: string[]) => db.transactionalDdl && /^(BEGIN|START TRANSACTION)\b/.test(flats[0] ?? '')
  && /^(COMMIT|END)\b/.test(flats[flats.length - 1] ?? '') && flats.filter((f) => /^(BEGIN|START TRANSACTION|COMMIT|END)\b/.test(f)).length === 2
  && !flats.some((f) => /\bCONCURRENTLY\b/.test(f));
/** A part with no transaction statement of its own, which its runner wraps (kei-migrate and every runner here): wrapped alike. */
const wrappable = (db: Scratch, flats: string[]) => db.transactionalDdl && flats.length > 0
  && !flats.some((f) => /^(BEGIN|START TRANSACTION|COMMIT|END)\b/.test(f) || /\bCONCURRENTLY\b/.test(f));

/** Run a part (in one call when it is atomic or wrappable, else statement by statement); the first error is a finding at its line.
 *  `fresh`: the part runs on the reset database, so it goes in one call and, when that fails, again after a reset. */
export async function runPart(db: Scratch, part: Part, what: string, fresh = false): Promise<Finding | undefined> {
  const stmts = statementsOf(part.sql, part.line);
  const flats = stmts.map((s) => s.flat);
  const wrap = wrappable(db, flats);
  if (wrap || atomic(db, flats) || (fresh && db.transactionalDdl && !flats.some((f) => /\bCONCURRENTLY\b/.test(f)))) {
    try { await db.exec(wrap ? `BEGIN;\n${part.sql}\nCOMMIT;\n` : part.sql); return undefined; } catch { if (fresh) await db.reset(); }
  }
  for (const s of stmts) {
    try { await db.exec(s.sql); } catch (e) {
      return rf(part.file, s.line, 'replay-failed', `${what} fails on the engine: ${engineLine(e)}`, 'fix the statement in a new migration; this one is as written');
    }
  }
  return undefined;
}
