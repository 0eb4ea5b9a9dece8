/**
 * Issue 21, numbers as text: defaults and backfills keep their digits through db-schema and db-change,
 * loaded by each engine's own client with a row present, read back as text, exactly (bigint past 2^53,
 * decimal(30,28), the ends of smallint and integer). SQLite keeps 15 significant digits in NUMERIC.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { dialectOf } from '../../src/dialects/registry.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import { packageCopy } from '../support/build.js';
import { runBin } from '../support/bin-run.js';
import { describeClients, type Scratch } from '../support/client-suites.js';
import { loadFile } from '../support/sql-clients.js';
import { tempDir } from '../support/temp.js';

const COMMON: [string, string][] = [ // field, the text it reads back as
  ['big:bigint:default(9007199254740993)', '9007199254740993'],
  ['low:bigint:default(-9223372036854775808)', '-9223372036854775808'],
  ['small:smallint:default(-32768)', '-32768'],
  ['whole:integer:default(2147483647)', '2147483647'],
  ['money:decimal(12,2):default(1234567890.12)', '1234567890.12'],
  ['ratio:float:default(0.1)', '0.1'],
];
const EXACT: Record<DialectId, [string, string][]> = {
  postgres: [['fine:decimal(30,28):default(1.2345678901234567890123456789)', '1.2345678901234567890123456789']],
  mysql: [['fine:decimal(30,28):default(1.2345678901234567890123456789)', '1.2345678901234567890123456789']],
  sqlite: [['fine:decimal(16,14):default(1.23456789012345)', '1.23456789012345']],
};
const FILLS: Record<DialectId, [string, string, string][]> = { // field, backfill (JSON string of digits), read back
  postgres: [['filled:bigint', '9007199254740993', '9007199254740993'], ['precise:decimal(30,20)', '1234567890.01234567890123456789', '1234567890.01234567890123456789']],
  mysql: [['filled:bigint', '9007199254740993', '9007199254740993'], ['precise:decimal(30,20)', '1234567890.01234567890123456789', '1234567890.01234567890123456789']],
  sqlite: [['filled:bigint', '9007199254740993', '9007199254740993'], ['precise:decimal(20,10)', '12345.6789012345', '12345.6789012345']],
};

let pkg = '';
beforeAll(() => { pkg = packageCopy(); });

const spec = (db: DialectId, entities: string) => JSON.stringify({
  intake: 'Exact numbers.', db, orm: 'none', scale: 'solo', style: 'schema-first', migctl: 'manual',
  entities, relations: [], review: 'accept', runner: 'later', seed: 'skip',
});

function readBack(db: DialectId, target: string, cols: string[], cwd: string): string[] {
  const d = dialectOf(db);
  const cast = (c: string) => (db === 'postgres' ? `${d.quote(c)}::text` : `CAST(${d.quote(c)} AS ${db === 'mysql' ? 'CHAR' : 'TEXT'})`);
  const sql = `SELECT ${cols.map(cast).join(', ')} FROM ${d.quote('nums')} ORDER BY ${d.quote('id')};`;
  const r = db === 'postgres'
    ? spawnSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-X', '-At', '-F', '|', '-d', target, '-c', sql], { cwd, encoding: 'utf8' })
    : db === 'mysql' ? spawnSync('mariadb', ['-h', '127.0.0.1', '-u', 'root', '--protocol=tcp', '-N', '-B', target, '-e', sql], { cwd, encoding: 'utf8' })
      : spawnSync('sqlite3', ['-bail', '-separator', '|', target, sql], { cwd, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean).map((l) => l.replace(/\t/g, '|'));
}

function numbers(db: DialectId, open: () => Promise<Scratch>) {
  test('defaults and backfills read back exactly after db-schema and db-change, a row present', async () => {
    const dest = tempDir(`numbers-${db}`);
    const engine = await open();
    try {
      const target = db === 'sqlite' ? join(dest, 'probe.db') : engine.name;
      writeFileSync(join(dest, 'spec.json'), spec(db, 'Num: label:string(20)'));
      expect(runBin(pkg, ['db-schema', '--', '--spec', 'spec.json'], dest)).toMatchObject({ status: 0, err: [] });
      const ups = () => readdirSync(join(dest, 'migrations')).filter((f) => !f.endsWith('.down.sql')).sort();
      expect(loadFile(db, target, join('migrations', ups()[0]), dest)).toMatchObject({ status: 0, stderr: '' });
      writeFileSync(join(dest, 'row.sql'), "INSERT INTO nums (label) VALUES ('before');\n");
      expect(loadFile(db, target, 'row.sql', dest).status).toBe(0);
      const fields = [...COMMON, ...EXACT[db]];
      const lines = `Num: label:string(20), ${[...fields.map(([f]) => f), ...FILLS[db].map(([f]) => f)].join(', ')}`;
      const backfill = Object.fromEntries(FILLS[db].map(([f, v]) => [`Num.${f.split(':')[0]}`, v]));
      writeFileSync(join(dest, 'change.json'), JSON.stringify({ entities: lines, relations: [], backfill }));
      const r = runBin(pkg, ['db-change', '--', '--spec', 'change.json'], dest, { DB_SCAFFOLD_NOW: '2026-01-03T03:04:05Z' });
      expect(r).toMatchObject({ status: 0, err: [] });
      expect(loadFile(db, target, join('migrations', ups()[1]), dest)).toMatchObject({ status: 0, stderr: '' });
      writeFileSync(join(dest, 'row.sql'), "INSERT INTO nums (label, filled, precise) VALUES ('after', 1, 2);\n");
      expect(loadFile(db, target, 'row.sql', dest).status).toBe(0);
      const cols = fields.map(([f]) => f.split(':')[0]);
      const want = fields.map(([, v]) => v).join('|');
      const fills = FILLS[db].map(([f]) => f.split(':')[0]);
      expect(readBack(db, target, [...cols, ...fills], dest)).toEqual([
        `${want}|${FILLS[db].map(([, , v]) => v).join('|')}`, // the row that was there: defaults and backfills
        `${want}|${db === 'postgres' || db === 'mysql' ? `1|2.${'0'.repeat(20)}` : '1|2'}`, // a new row: the defaults
      ]);
    } finally {
      await engine.close();
    }
  }, 240_000);
}

/** A zone-less datetime default is read as UTC, whatever the applying client's zone (PGTZ). */
function utc(db: DialectId, open: () => Promise<Scratch>) {
  test("a datetime default reads back as the UTC time written, applied under PGTZ=Pacific/Auckland", async () => {
    const dest = tempDir(`utc-${db}`);
    const engine = await open();
    const zone = process.env.PGTZ;
    try {
      const target = db === 'sqlite' ? join(dest, 'probe.db') : engine.name;
      writeFileSync(join(dest, 'spec.json'), spec(db, "Ev: label, at:datetime:default('2024-01-31 09:30:00')"));
      expect(runBin(pkg, ['db-schema', '--', '--spec', 'spec.json'], dest)).toMatchObject({ status: 0, err: [] });
      const up = readdirSync(join(dest, 'migrations')).find((f) => !f.endsWith('.down.sql'))!;
      process.env.PGTZ = 'Pacific/Auckland';
      expect(loadFile(db, target, join('migrations', up), dest)).toMatchObject({ status: 0, stderr: '' });
      writeFileSync(join(dest, 'row.sql'), "INSERT INTO evs (label) VALUES ('x');\n");
      expect(loadFile(db, target, 'row.sql', dest).status).toBe(0);
      const at = db === 'postgres' ? `to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')` : db === 'mysql' ? 'CAST(at AS CHAR)' : 'at';
      const r = db === 'postgres'
        ? spawnSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-X', '-At', '-d', target, '-c', `SELECT ${at} FROM evs`], { encoding: 'utf8' })
        : db === 'mysql' ? spawnSync('mariadb', ['-h', '127.0.0.1', '-u', 'root', '--protocol=tcp', '-N', '-B', target, '-e', `SELECT ${at} FROM evs`], { encoding: 'utf8' })
          : spawnSync('sqlite3', [target, `SELECT ${at} FROM evs`], { encoding: 'utf8' });
      expect([r.stdout.trim(), r.stderr]).toEqual(['2024-01-31 09:30:00', '']);
    } finally {
      if (zone === undefined) delete process.env.PGTZ; else process.env.PGTZ = zone;
      await engine.close();
    }
  }, 120_000);
}

describeClients('issue 21 exact numbers', numbers);
describeClients('issue 21 zone-less datetime defaults', utc);
