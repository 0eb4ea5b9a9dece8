/**
 * The engines' own command-line clients, as users load generated files: `psql -v ON_ERROR_STOP=1 -f`,
 * `mariadb < file`, `sqlite3 -bail db < file`. Values are read back as hex, so a round trip is exact.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineId } from './types.js';

export interface ClientRun { status: number | null; stdout: string; stderr: string }

const PG = ['-h', '127.0.0.1', '-p', process.env.DBS_PG_PORT ?? '5432', '-U', 'postgres', '-X', '-q'];
const MY = ['-h', '127.0.0.1', '-P', process.env.DBS_MYSQL_PORT ?? '3306', '-u', 'root', '--protocol=tcp'];

function run(cmd: string, args: string[], cwd: string, input?: Buffer): ClientRun {
  const r = spawnSync(cmd, args, { cwd, input, encoding: 'utf8', timeout: 60_000, env: { ...process.env, PGPASSWORD: '' } });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const clientInstalled = (id: EngineId): boolean =>
  spawnSync(id === 'postgres' ? 'psql' : id === 'mysql' ? 'mariadb' : 'sqlite3', ['--version']).status === 0;

/** Load one file with the engine's client into `db` (a scratch database name, or a SQLite file path), from `cwd`. */
export function loadFile(id: EngineId, db: string, file: string, cwd: string): ClientRun {
  if (id === 'postgres') return run('psql', [...PG, '-d', db, '-v', 'ON_ERROR_STOP=1', '-f', file], cwd);
  if (id === 'mysql') return run('mariadb', [...MY, db], cwd, readFileSync(join(cwd, file)));
  return run('sqlite3', ['-bail', db], cwd, readFileSync(join(cwd, file)));
}

/** `SELECT key, <text as hex>` rows as [key, hex] pairs (hex lower case), ordered by the key. */
export function hexRows(id: EngineId, db: string, table: string, col: string, cwd: string, key = 'n'): [number, string][] {
  const sql = id === 'postgres'
    ? `SELECT ${key}, encode(convert_to(${col}, 'UTF8'), 'hex') FROM ${table} ORDER BY ${key}`
    : `SELECT ${key}, lower(hex(${col})) FROM ${table} ORDER BY ${key}`;
  const r = id === 'postgres' ? run('psql', [...PG, '-d', db, '-At', '-F', '|', '-c', sql], cwd)
    : id === 'mysql' ? run('mariadb', [...MY, '-N', '-B', db, '-e', sql], cwd)
      : run('sqlite3', ['-bail', '-separator', '|', db, sql], cwd);
  if (r.status !== 0) throw new Error(`${id} client: ${r.stderr}`);
  return r.stdout.split('\n').filter(Boolean).map((l) => {
    const [n, hex] = l.split(/[|\t]/);
    return [Number(n), hex ?? ''];
  });
}

export const hex = (s: string) => Buffer.from(s, 'utf8').toString('hex');
