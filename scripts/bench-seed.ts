/**
 * `npm run bench` section "seed volume": the volume tier of a 10-table design (BENCH_SEED_ROWS rows,
 * default 1,000,000) loaded through each engine's own client — psql, mariadb, sqlite3 — one batch at a
 * time with a progress line each; then loaded again (adds nothing), row counts and SQLite's
 * foreign_key_check. PostgreSQL and MariaDB at 127.0.0.1 (DBS_PG_PORT, DBS_MYSQL_PORT); a missing
 * server or client is reported and skipped. BENCH_SEED_ENGINES=postgres,sqlite picks engines.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildInit } from '../src/core/init.js';
import { seedFiles } from '../src/seed/index.js';
import type { DialectId } from '../src/dialects/dialect.js';

const ROWS = Number(process.env.BENCH_SEED_ROWS ?? 1_000_000);
const ENTITIES = [
  'Organization: name, slug, country_code:char(2), currency:char(3)',
  'Member: first_name, last_name, email:string(60):unique, city, is_admin, organization_id',
  'Tool: name, serial_number:string:unique, price_amount, status:enum(available|lent|lost), organization_id',
  'Tag: name:string:unique',
  'Loan: borrowed_at, due_at, returned_at:optional, member_id, tool_id',
  'Fine: amount:decimal(8,2), paid_at:optional, reason:text, loan_id, member_id',
  'Product: name, sku:string:unique, price:decimal(10,2), organization_id',
  'Invoice: number:string:unique, issued_at, due_on:date, paid_at:optional, total_amount, organization_id',
  'InvoiceLine: quantity:integer:check(quantity > 0), unit_price:decimal(10,2), invoice_id, product_id',
].join('\n');
const RELATIONS = [{ from: 'Tool', to: 'Tag', kind: 'many-to-many' as const }];

const PG = ['-h', '127.0.0.1', '-p', process.env.DBS_PG_PORT ?? '5432', '-U', 'postgres', '-v', 'ON_ERROR_STOP=1', '-q'];
const MY = ['-h', '127.0.0.1', '-P', process.env.DBS_MYSQL_PORT ?? '3306', '-u', 'root'];

function run(cmd: string, args: string[], input: string): void {
  const r = spawnSync(cmd, args, { input, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.error || r.status !== 0) throw new Error(`${cmd}: ${(r.error?.message ?? r.stderr).split('\n')[0]}`);
}
function out(cmd: string, args: string[], input: string): string {
  const r = spawnSync(cmd, args, { input, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd}: ${r.stderr.split('\n')[0]}`);
  return r.stdout;
}

interface Client { exec(sql: string): void; query(sql: string): string; drop(): void }

function client(db: DialectId): Client {
  const name = `dbs_bench_${process.pid}`;
  if (db === 'postgres') {
    run('psql', [...PG, '-d', 'postgres'], `CREATE DATABASE ${name};`);
    return { exec: (sql) => run('psql', [...PG, '-d', name], sql), query: (sql) => out('psql', [...PG, '-d', name, '-At'], sql),
      drop: () => run('psql', [...PG, '-d', 'postgres'], `DROP DATABASE IF EXISTS ${name};`) };
  }
  if (db === 'mysql') {
    run('mariadb', MY, `CREATE DATABASE ${name};`);
    return { exec: (sql) => run('mariadb', [...MY, name], sql), query: (sql) => out('mariadb', [...MY, '-N', name], sql),
      drop: () => run('mariadb', MY, `DROP DATABASE IF EXISTS ${name};`) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'dbs-bench-seed-'));
  const file = join(dir, 'bench.db');
  const fk = 'PRAGMA foreign_keys = ON;\n';
  return { exec: (sql) => run('sqlite3', ['-bail', file], fk + sql), query: (sql) => out('sqlite3', [file], sql),
    drop: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The file in the pieces it is made of: the head, one piece per batch (its `-- table: rows …` line first), the tail. */
const pieces = (body: string) => body.split(/\n(?=-- \w+: rows \d+–\d+ of \d+)/);

function bench(db: DialectId): void {
  const built = buildInit({ intake: 'bench', db, orm: 'none', scale: 'team', style: 'schema-first', migctl: 'manual',
    entities: ENTITIES, relations: RELATIONS, review: 'accept', runner: 'later', irreversible: [] }, undefined, tmpdir(), new Date('2026-01-02T03:04:05Z'));
  const up = built.files.find((f) => f.path.endsWith('_init_schema.sql'))!.body;
  const seed = seedFiles(built.design, 'volume', ROWS).files[0].body;
  const tables = built.design.schema!.tables;
  let c: Client;
  try { c = client(db); } catch (e) { console.log(`  ${db}: skipped (${(e as Error).message})`); return; }
  try {
    c.exec(up);
    const t0 = performance.now();
    for (const p of pieces(seed)) {
      c.exec(p);
      const head = /^-- (\w+: rows \S+ of \d+)/.exec(p);
      if (head) console.log(`  ${db}: ${head[1]}  ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    const first = (performance.now() - t0) / 1000;
    const count = () => tables.reduce((n, t) => n + Number(c.query(`SELECT COUNT(*) FROM ${t.name};`).trim()), 0);
    const rows = count();
    const t1 = performance.now();
    c.exec(seed);
    const again = (performance.now() - t1) / 1000;
    const added = count() - rows;
    const fkBad = db === 'sqlite' ? c.query('PRAGMA foreign_key_check;').trim() : '';
    const limit = db === 'postgres' ? 60 : 120;
    const load = `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`;
    console.log(`seed volume ${db.padEnd(8)} ${rows} rows in ${tables.length} tables: ${first.toFixed(1)} s (goal < ${limit} s: ${first < limit ? 'met' : 'MISSED'}); `
      + `again ${again.toFixed(1)} s, ${added} rows added; ${fkBad ? `FK violations: ${fkBad.split('\n').length}` : 'FKs and CHECKs valid'}; ${load}`);
  } finally {
    c.drop();
  }
}

export function benchSeedVolume(): void {
  console.log(`\nseed volume: --rows ${ROWS} into a ${ENTITIES.split('\n').length + RELATIONS.length}-table design, through psql, mariadb and sqlite3`);
  const only = process.env.BENCH_SEED_ENGINES?.split(',');
  for (const db of ['postgres', 'mysql', 'sqlite'] as DialectId[]) if (!only || only.includes(db)) bench(db);
}

if (process.argv[1]?.endsWith('bench-seed.js')) benchSeedVolume();
