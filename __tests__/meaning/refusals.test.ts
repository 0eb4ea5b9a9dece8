/**
 * Issue 21 refusals through the package bin, no terminal: each its one `[ERROR]` line, exit 1, no stack
 * trace, the tree exactly as it was. check(…) look-alikes, defaults beyond their type, the engines'
 * limits (with the way around), and db-change backfills that do not fit their column.
 * The first case of each kind runs the bin itself; the others drive its fast path in this process
 * (support/bin-in-process.ts: the same calls, one process instead of one spawn a case).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DialectId } from '../../src/dialects/dialect.js';
import { packageCopy } from '../support/build.js';
import { runBin } from '../support/bin-run.js';
import { runInProcess } from '../support/bin-in-process.js';
import { snapshot } from '../support/tree.js';
import { tempDir } from '../support/temp.js';
import { DEEP_CHECK, ENGINE_REFUSED, REFUSED_CHECKS } from './check-cases.js';

let pkg = '';
let work = '';
beforeAll(() => { pkg = packageCopy(); work = tempDir('meaning-refuse'); });

const specText = (db: DialectId, entities: string) => JSON.stringify({
  intake: 'Refusals.', db, orm: 'none', scale: 'solo', style: 'schema-first', migctl: 'manual',
  entities, relations: [], review: 'accept', runner: 'later', seed: 'skip',
});

const spawned = new Set<string>();
/** The bin for the first case of a kind, in this process for the others. */
const run = (kind: string, args: string[], dest: string, env?: Record<string, string>) =>
  (spawned.has(kind) ? runInProcess(args, dest, env) : (spawned.add(kind), runBin(pkg, args, dest, env)));

async function refused(kind: string, dest: string, args: string[], file: string, text: string, message: RegExp, env?: Record<string, string>) {
  writeFileSync(join(dest, file), text);
  const before = snapshot(dest);
  const r = await run(kind, args, dest, env);
  expect(r).toMatchObject({ status: 1, out: [] });
  expect(r.err).toEqual([expect.stringMatching(new RegExp(`^\\[ERROR\\] .*${message.source}`))]);
  expect(snapshot(dest)).toEqual(before);
}

const schemaRefuses = (kind: string, db: DialectId, entities: string, message: RegExp) =>
  refused(kind, mkdtempSync(join(work, `${db}-`)), ['db-schema', '--', '--spec', 'spec.json'], 'spec.json', specText(db, entities), message);

const FIELDS = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(', ');

const DEFAULTS: [DialectId, string, RegExp][] = [
  ['postgres', 'a:integer:default(3000000000)', /default\(3000000000\) is outside integer \(-2147483648 to 2147483647\)/],
  ['mysql', 'a:bigint:default(9223372036854775808)', /is outside bigint/],
  ['sqlite', 'a:smallint:default(1.5)', /has decimals; smallint holds whole numbers/],
  ['postgres', 'a:decimal(4,2):default(12345)', /has 5 digits before the point; decimal\(4,2\) holds 2/],
  ['mysql', 'a:decimal(6,2):default(1.234)', /has more decimals than decimal\(6,2\) keeps/],
  ['postgres', 'a:float:default(1e400)', /default\(1e400\) has an exponent/],
  ['mysql', "a:date:default('2026-02-30')", /is not a day of the calendar/],
  ['sqlite', "a:datetime:default('2025-02-29 10:00:00')", /is not a datetime every engine reads/],
  ['postgres', "a:string(3):default('☕☕☕☕')", /has 4 characters; string\(3\) holds 3/],
  ['mysql', 'a:enum(x|y):default(z)', /is not one of x\|y/],
  ['sqlite', 'a:decimal(30,28):default(1.2345678901234567890123456789)', /has 29 significant digits; SQLite keeps 15 in NUMERIC/],
];

const LIMITS: [DialectId, string, RegExp][] = [
  ['mysql', 'a:string(20000)', /string\(20000\) is over MySQL\/MariaDB's longest VARCHAR \(16,383 characters\); use text/],
  ['mysql', `a:enum(x|${'v'.repeat(20000)})`, /an enum value of 20,000 characters; MySQL\/MariaDB keeps at most 16,383/],
  ['postgres', FIELDS(1700, (i) => `f${i}:integer`), /1,70\d columns; PostgreSQL takes at most 1,600 in one table; move some fields into a child table/],
  ['mysql', FIELDS(17, (i) => `f${i}:string(1000)`), /a row can take [\d,]+ bytes; MySQL\/MariaDB refuses rows over 65,535/],
  ['mysql', FIELDS(70, (i) => `f${i}:integer:index`), /70 indexes and uniques; MySQL\/MariaDB takes at most 64 a table/],
  ['mysql', 'a:string(1000):unique', /key uq_probes_a \(a\) can be 4,002 bytes; MySQL\/MariaDB keys hold at most 3,072/],
  ['mysql', `a:text:default('${'x'.repeat(100000)}')`, /a default of 100,000 bytes; MySQL\/MariaDB keeps at most 16,383 in a DEFAULT/],
];

test.each(REFUSED_CHECKS.flatMap(([f, m]) => (['postgres', 'mysql', 'sqlite'] as const).map((db) => [db, f, m] as const)))(
  'check: %s %s', (db, field, message) => schemaRefuses('check', db, `Probe: ${field}`, message));
test.each(['postgres', 'mysql', 'sqlite'] as const)('check nested past SQLite\'s depth: %s', (db) =>
  schemaRefuses('deep', db, `Probe: ${DEEP_CHECK}`, /nests 1201 levels deep; keep it within 990 \(SQLite stops at 1,000/));
test('check nesting past SQLite\'s parser stack: refused on every engine', async () => {
  const deep = `qty:integer:check(${'not ('.repeat(61)}qty > 0${')'.repeat(61)})`;
  for (const db of ['postgres', 'sqlite'] as const) await schemaRefuses('parens', db, `Probe: ${deep}`, /nests parentheses 61 deep; keep it within 60/);
});
test.each(ENGINE_REFUSED)('check on one engine: %s %s', (db, field, message) => schemaRefuses('engine', db, `Probe: ${field}`, message));
test.each(DEFAULTS)('default: %s %s', (db, field, message) => schemaRefuses('default', db, `Probe: ${field}`, message));
test.each(LIMITS.map(([db, f, m]) => [db, f.length > 60 ? `${f.slice(0, 57)}...` : f, f, m] as const))(
  'limit: %s %s', (db, _short, field, message) => schemaRefuses('limit', db, `Probe: ${field}`, message));

const FILLS: [string, RegExp][] = [
  ['{"Probe.n": "abc"}', /backfill\.Probe\.n: "abc" is not a literal/],
  ['{"Probe.n": 1e400}', /backfill\.Probe\.n: (Invalid input|the number is beyond what JSON keeps)/], // the spec's schema refuses Infinity first
  ['{"Probe.n": 9007199254740993}', /backfill\.Probe\.n: 9007199254740992 may already be rounded/],
  ['{"Probe.n": "3000000000000000000000"}', /backfill\.Probe\.n: 3000000000000000000000 is outside bigint/],
  ['{"Probe.s": "\'abcd\'"}', /backfill\.Probe\.s: 'abcd' has 4 characters; string\(3\) holds 3/],
  ['{"Probe.e": "\'z\'"}', /backfill\.Probe\.e: 'z' is not one of x\|y/],
  ['{"Probe.d": "\'2026-02-30\'"}', /backfill\.Probe\.d: '2026-02-30' is not a day of the calendar/],
  ['{"Probe.n": "\'12\'", "Probe.b": "12"}', /backfill\.Probe\.b: 12 is a number; boolean takes true or false/],
];

test.each(FILLS)('backfill %s', async (fills, message) => {
  const dest = mkdtempSync(join(work, 'fill-'));
  writeFileSync(join(dest, 'spec.json'), specText('postgres', 'Probe: label'));
  expect((await run('schema', ['db-schema', '--', '--spec', 'spec.json'], dest)).status).toBe(0);
  const entities = 'Probe: label, n:bigint, s:string(3), e:enum(x|y), d:date, b:boolean';
  await refused('backfill', dest, ['db-change', '--', '--spec', 'change.json'], 'change.json',
    `{"entities": ${JSON.stringify(entities)}, "relations": [], "backfill": ${fills}}`, message, { DB_SCAFFOLD_NOW: '2026-01-03T03:04:05Z' });
});
