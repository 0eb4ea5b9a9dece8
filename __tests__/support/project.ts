/** A project on disk as the generators leave it: db-schema's files for a design, then db-entity's FK-cycle
 *  change (the SQLite down turns foreign keys off), and the DATABASE_URL of a scratch database. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { answers, CASES, CLOCK, type Change } from '../entity-cases.js';
import { buildInit } from '../../src/core/init.js';
import { evolve } from '../../src/core/evolve.js';
import { addEntities } from '../../src/model/additions.js';
import type { Answers } from '../../src/state/answers-schema.js';
import type { Design } from '../../src/state/design-schema.js';
import type { FileRecord } from '../../src/io/files.js';
import type { EngineId } from './types.js';
import { tempDir } from './temp.js';

export interface Project { dir: string; design: Design; written: FileRecord[] }

export function initAndChange(db: EngineId, over: Partial<Answers>, tag: string): Project {
  const dir = tempDir(tag);
  const written: FileRecord[] = [];
  const write = (fs: FileRecord[]) => fs.forEach((f) => {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.body);
    written.push(f);
  });
  const built = buildInit({ ...answers(db), ...over }, undefined, dir, CLOCK);
  write(built.files);
  const c = CASES.cycle as Extract<Change, { kind: 'entity' }>;
  const next = evolve(built.design, addEntities(built.design.model!, built.design.schema!, c.entities, c.relations ?? []), dir, new Date(CLOCK.getTime() + 60_000), 'db-entity');
  write(next.files);
  return { dir, design: next.design, written };
}

/** The URL a user puts in secrets/db.env for a scratch database (SQLite: a file in `dir`). */
export function databaseUrl(db: EngineId, name: string | undefined, dir: string): string {
  if (db === 'postgres') return `postgres://postgres@127.0.0.1:${process.env.DBS_PG_PORT ?? 5432}/${name}`;
  if (db === 'mysql') return `mysql://root@127.0.0.1:${process.env.DBS_MYSQL_PORT ?? 3306}/${name}`;
  return `sqlite:${join(dir, 'app.db')}`;
}
