/**
 * Hostile text through to the engines' own clients (psql -f, mariadb < file, sqlite3 -bail < file): every
 * value round-trips byte for byte, no client meta-command runs (the marker file never appears), and text
 * with a control character is refused in one line before anything is written.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dialectOf } from '../src/dialects/registry.js';
import { withEncoding } from '../src/dialects/shared/ddl.js';
import { packageCopy } from './support/build.js';
import { runBin } from './support/bin-run.js';
import type { EngineId } from './support/engines.js';
import { describeClients } from './support/client-suites.js';
import { hex, hexRows, loadFile } from './support/sql-clients.js';
import { tempDir } from './support/temp.js';

/** Usable as enum values in the entity text (no | ; newline or unbalanced parenthesis). */
const IN_ENUM = [
  "it's", "''", '\\', "\\'", "\\' OR 1=1 --", '\\! touch pwned', "' \\! touch pwned #", '\\gexec', '--x', '/*x', '*/',
  '$$', '$q$', '${HOME}', '`id`', ":'v'", ':v', '\\0', '\\n', '\\Z', '%_%', '"dq"', 'héllo 日本 🎉', 'DELIMITER //',
];
/** Seed values and defaults may hold more than enum values can. */
const EXTRA = [
  ';', "'; DROP TABLE probe_values; --", 'a|b', 'x\n\\! touch pwned', '\n.shell touch pwned', '\n.system touch pwned',
  '\nsystem touch pwned', 'lf\nlf', 'tab\there', ')', `${"'\\".repeat(3000)}é`, '\\\\', "E'\\''", "U&'\\0027'",
];
const ALL = [...IN_ENUM, ...EXTRA];

let pkg = '';
beforeAll(() => { pkg = packageCopy(); });

const spec = (db: EngineId, entities: string, seed = 'rich') => ({
  intake: 'Probes with hostile labels.', db, orm: 'none', scale: 'solo', style: 'schema-first', migctl: 'manual',
  entities, relations: [], review: 'accept', runner: 'later', seed,
});

function generate(db: EngineId, dest: string, entities: string, seed?: string) {
  writeFileSync(join(dest, 'spec.json'), JSON.stringify(spec(db, entities, seed)));
  return runBin(pkg, ['db-schema', '--', '--spec', 'spec.json'], dest);
}

/** Every hostile value through the dialect's one literal function, plus each enum value through the CHECK. */
function probeSql(db: EngineId): string {
  const d = dialectOf(db);
  return withEncoding(d, [
    `CREATE TABLE ${d.quote('probe_values')} (n INTEGER PRIMARY KEY, v TEXT NOT NULL);`,
    ...ALL.map((s, i) => `INSERT INTO ${d.quote('probe_values')} (n, v) VALUES (${i}, ${d.literal(s)});`),
    ...IN_ENUM.map((s) => `INSERT INTO ${d.quote('probes')} (${d.quote('label')}) VALUES (${d.literal(s)});`),
  ].join('\n'));
}

function roundTrip(db: EngineId, open: () => Promise<{ name: string; close(): Promise<void> }>) {
  test('every hostile value round-trips through the client, the CHECK takes each enum value, nothing runs', async () => {
    const dest = tempDir(`hostile-${db}`);
    const r = generate(db, dest, `Probe: label:enum(${IN_ENUM.join('|')})`);
    expect(r.err).toEqual([]);
    expect(r.status).toBe(0);
    const engine = await open();
    try {
      const target = db === 'sqlite' ? join(dest, 'probe.db') : engine.name;
      const files = readdirSync(join(dest, 'migrations')).filter((f) => !f.endsWith('.down.sql')).map((f) => join('migrations', f));
      writeFileSync(join(dest, 'probe.sql'), probeSql(db));
      for (const f of [...files, 'db/seed.sql', 'probe.sql']) {
        const load = loadFile(db, target, f, dest);
        expect([f, load.status, load.stderr]).toEqual([f, 0, '']);
      }
      expect(hexRows(db, target, 'probe_values', 'v', dest).map(([, h]) => h)).toEqual(ALL.map(hex));
      const labels = hexRows(db, target, 'probes', 'label', dest, 'id').map(([, h]) => h);
      expect(labels.length).toBeGreaterThan(IN_ENUM.length);
      expect(labels.filter((h) => !IN_ENUM.map(hex).includes(h))).toEqual([]);
      expect(labels.slice(-IN_ENUM.length)).toEqual(IN_ENUM.map(hex));
      expect(existsSync(join(dest, 'pwned'))).toBe(false);
    } finally {
      await engine.close();
    }
  }, 120_000);
}

describeClients('hostile text', roundTrip);

describe('control characters are refused in one line, nothing written', () => {
  const CASES: [string, string, RegExp][] = [
    ['NUL in an enum value', 'Post: status:enum(a\u0000|\\! touch pwned #)', /field 'status': enum value "a\\u0000" contains a control character \(U\+0000\); use printable text$/],
    ['ESC in an enum value', 'Post: status:enum(a\u001b[2J|b)', /enum value "a\\u001b\[2J" contains a control character \(U\+001B\)/],
    ['DEL in a field name', 'Post: ti\u007ftle', /field name "ti\\u007ftle" contains a control character \(U\+007F\)/],
    ['C1 NEL in an enum value', 'Post: s:enum(a\u0085b)', /enum value "a\\u0085b" contains a control character \(U\+0085\)/],
    ['RLO in an entity name', 'Po\u202Est: title', /entity name "Po\\u202est" contains a bidirectional control character \(U\+202E\)/],
    ['an isolate in an enum value', 'Post: x:enum(\u2066a\u2069)', /enum value "\\u2066a\\u2069" contains a bidirectional control character \(U\+2066\)/],
    ['a line separator', 'Post: s:enum(a\u2028b)', /contains a control character \(U\+2028\)/],
    ['a lone surrogate', 'Post: s:enum(a\uD800b)', /enum value "a\\ud800b" contains an unpaired surrogate \(U\+D800\)/],
    ['a CR in an enum value (the sqlite3 client drops it)', 'Post: s:enum(a\rb)', /enum value "a\\u000db" contains a control character \(U\+000D\)/],
    ['a tab in a field name', 'Post: ti\ttle:text', /field name "ti\\u0009tle" contains a control character \(U\+0009\)/],
  ];
  test.each(CASES)('%s', (_what, entities, message) => {
    const dest = tempDir('hostile-refuse');
    const r = generate('postgres', dest, entities, 'smoke');
    expect(r.status).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([expect.stringMatching(message)]);
    expect(readdirSync(dest)).toEqual(['spec.json']);
  });

  test('other answers too: an ESC in the intake, a NUL in a relation column (the key path named)', () => {
    const dest = tempDir('hostile-answers');
    writeFileSync(join(dest, 'spec.json'), JSON.stringify(spec('postgres', 'Post: title', 'skip')));
    const esc = runBin(pkg, ['db-schema', '--', '--spec', 'spec.json', '--intake', 'a\u001b[31mb'], dest);
    expect(esc.err).toEqual([expect.stringMatching(/^\[ERROR\] --intake: intake "a\\u001b\[31mb" contains a control character \(U\+001B\); use printable text$/)]);
    const nul = runBin(pkg, ['db-schema', '--', '--spec', 'spec.json', '--relations', '[{"from":"Post","to":"Post","kind":"none","column":"a\\u0000"}]'], dest);
    expect(nul.err).toEqual([expect.stringMatching(/^\[ERROR\] --relations: relations\[0\]\.column "a\\u0000" contains a control character \(U\+0000\)/)]);
    expect([esc.status, nul.status, readdirSync(dest)]).toEqual([1, 1, ['spec.json']]);
  });

  test('the literal function itself refuses a NUL (a second line of defence)', () => {
    for (const id of ['postgres', 'mysql', 'sqlite'] as const) expect(() => dialectOf(id).literal('a\u0000b')).toThrow(/U\+0000/);
  });
});
