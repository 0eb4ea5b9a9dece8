/**
 * Property (issue 21), numbers as text: a random whole or decimal type and a random number text (up to
 * 22 digits before the point, 12 after, signs and leading zeros). Where the tool takes it as a default,
 * the engine reads the default — and the same value as a backfill — back exactly; where the tool refuses
 * it for the type, PostgreSQL or MariaDB refuses or changes it; where only SQLite's is refused, SQLite
 * changes it. Sizes: a string(n) and row widths around MariaDB's limits: the tool takes exactly what MariaDB takes.
 */
import fc from 'fast-check';
import { engineAvailable, engineGate, isCi, openEngine, type Engine } from '../support/engines.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import { dialectOf } from '../../src/dialects/registry.js';
import { schemaOf, upSql } from '../support/design.js';
import { isUserError } from '../../src/cli/errors.js';
import { canonNumber } from '../../src/model/values.js';
import { valueLiteral } from '../../src/dialects/shared/value-sql.js';
import { SEED } from './run.js';

const DBS: DialectId[] = ['postgres', 'mysql', 'sqlite'];
const RUNS = Number(process.env.PBT_ENGINE_RUNS ?? 40);

const type = fc.oneof(fc.constantFrom('smallint', 'integer', 'bigint'),
  fc.integer({ min: 1, max: 30 }).chain((p) => fc.integer({ min: 0, max: Math.min(p, 12) }).map((s) => `decimal(${p},${s})`)));
const digits = (min: number, max: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''));
const number = fc.tuple(fc.boolean(), fc.oneof(digits(1, 4), digits(1, 22), fc.constantFrom('32767', '32768', '2147483648', '9223372036854775807', '9223372036854775808', '9007199254740993')),
  fc.option(digits(1, 12), { nil: undefined })).map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`);

const RAW: Record<DialectId, (t: string) => string> = {
  postgres: (t) => t.replace('decimal', 'NUMERIC').toUpperCase(),
  mysql: (t) => t.replace('integer', 'INT').toUpperCase(),
  sqlite: (t) => t.replace('decimal', 'NUMERIC').toUpperCase(),
};
/** As text; SQLite's REAL to its 15 significant digits (what NUMERIC keeps), an INTEGER whole. */
const castText = (db: DialectId, c: string) => (db === 'mysql' ? `CAST(${c} AS CHAR)` : db === 'postgres' ? `${c}::text`
  : `CASE typeof(${c}) WHEN 'real' THEN printf('%.15g', ${c}) ELSE CAST(${c} AS TEXT) END`);
const insertDefaults = (db: DialectId, t: string) => (db === 'mysql' ? `INSERT INTO ${t} () VALUES ()` : `INSERT INTO ${t} DEFAULT VALUES`);

/** The number the engine keeps for `text` as a default, then as an UPDATE; undefined when it refuses. */
async function kept(e: Engine, db: DialectId, table: string, ddl: string, lit: string): Promise<[string | undefined, string | undefined]> {
  const q = dialectOf(db).quote;
  try {
    await e.exec(ddl);
    await e.exec(insertDefaults(db, q(table)));
  } catch { await e.exec(`DROP TABLE IF EXISTS ${q(table)}`); return [undefined, undefined]; }
  const read = async () => String(Object.values((await e.query(`SELECT ${castText(db, q('c'))} AS v FROM ${q(table)}`))[0])[0]);
  const asDefault = await read();
  const asFill = await e.exec(`UPDATE ${q(table)} SET ${q('c')} = ${lit}`).then(read, () => undefined);
  await e.exec(`DROP TABLE ${q(table)}`);
  return [canonNumber(asDefault), asFill === undefined ? undefined : canonNumber(asFill)];
}

const gates = await Promise.all(DBS.map(async (db) => engineGate(await engineAvailable(db), isCi())));

describe('numbers and sizes property', () => {
  if (gates.includes('skip')) { test.skip('needs PostgreSQL, MariaDB and sql.js', () => undefined); return; }
  const engines = new Map<DialectId, Engine>();
  beforeAll(async () => { for (const db of DBS) engines.set(db, await openEngine(db)); });
  afterAll(async () => { for (const e of engines.values()) await e.close(); });
  let n = 0;

  test('a default the tool takes reads back exactly, default and backfill; one it refuses an engine would change', async () => {
    await fc.assert(fc.asyncProperty(type, number, async (ty, text) => {
      const want = canonNumber(text);
      const verdicts: Record<string, string> = {};
      for (const db of DBS) {
        const entities = `Val${++n}: c:${ty}:default(${text})`;
        const table = `raw_${n}`;
        let got: [string | undefined, string | undefined];
        try {
          const schema = schemaOf(db, { entities });
          const col = schema.tables[0].columns.find((c) => c.name === 'c')!;
          const lit = valueLiteral(dialectOf(db), col, col.default!.kind === 'value' ? col.default!.value : '');
          got = await kept(engines.get(db)!, db, schema.tables[0].name, upSql(db, { entities }).join('\n'), lit);
          expect([db, ty, text, got]).toEqual([db, ty, text, [want, want]]);
          verdicts[db] = 'taken';
        } catch (e) {
          if (!isUserError(e)) throw e;
          expect(e.message).not.toMatch(/\n/);
          const q = dialectOf(db).quote;
          got = await kept(engines.get(db)!, db, table, `CREATE TABLE ${q(table)} (${q('c')} ${RAW[db](ty)} DEFAULT ${text})`, text);
          verdicts[db] = got[0] === want && got[1] === want ? 'kept' : 'changed';
        }
      }
      const refusedEverywhere = DBS.every((db) => verdicts[db] !== 'taken');
      if (refusedEverywhere) expect([ty, text, verdicts.postgres === 'changed' || verdicts.mysql === 'changed']).toEqual([ty, text, true]);
      else if (verdicts.sqlite !== 'taken') expect([ty, text, verdicts.sqlite]).toEqual([ty, text, 'changed']);
    }), { seed: SEED, numRuns: RUNS * 3 });
  }, 600_000);

  test('string(n) and row widths: the tool takes on MySQL/MariaDB exactly what MariaDB takes', async () => {
    const widths = fc.oneof(fc.integer({ min: 16370, max: 16390 }), fc.integer({ min: 1, max: 70000 }), fc.integer({ min: 4060, max: 4100 }));
    await fc.assert(fc.asyncProperty(fc.array(widths, { minLength: 1, maxLength: 17 }), async (ns) => {
      const entities = `Wide${++n}: ${ns.map((w, i) => `f${i}:string(${w}):optional`).join(', ')}`;
      let tool = true;
      try { schemaOf('mysql', { entities }); } catch (e) { if (!isUserError(e)) throw e; tool = false; }
      const e = engines.get('mysql')!;
      const engine = await (tool ? e.exec(upSql('mysql', { entities }).join('\n')) : e.exec(rawWide(ns, n))).then(() => true, () => false);
      await e.exec(`DROP TABLE IF EXISTS \`wide${n}s\`, \`raw${n}s\``);
      expect([ns, tool]).toEqual([ns, engine]);
    }), { seed: SEED, numRuns: RUNS });
  }, 600_000);
});

/** The same table as the tool writes it, without the tool's checks (what MariaDB itself says). */
function rawWide(ns: number[], k: number): string {
  const cols = ns.map((w, i) => `\`f${i}\` VARCHAR(${w}) NULL`).join(', ');
  return `CREATE TABLE \`raw${k}s\` (\`id\` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT, ${cols}, \`created_at\` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, ` +
    '`updated_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP, PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;';
}
