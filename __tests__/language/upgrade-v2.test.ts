/**
 * design.json version 2 (written by the release before issue 16: fixtures/v2, made by its db-schema) reads
 * as version 3: the model keeps every part and id; a typed updated_at under @timestamps(none) — automatic in
 * version 2 — is marked `auto`, so the model still compiles to the v2 snapshot (trigger kept) and the next
 * generator that writes adds only what is new, storing version 3. The v1 upgrade goes through the same path.
 */
import { cpSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDesign } from '../../src/state/store.js';
import { compileFor } from '../../src/core/design.js';
import { packageCopy } from '../support/build.js';
import { addBadge } from './upgrade-write.js';
import { tempDir } from '../support/temp.js';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'v2', 'features');

function copy(): string {
  const dest = tempDir('v2-features');
  cpSync(FIXTURE, dest, { recursive: true });
  return dest;
}

test('a version-2 file reads as version 3: same ids, same snapshot, typed updated_at under none marked auto', () => {
  const raw = JSON.parse(readFileSync(join(FIXTURE, 'db', 'design.json'), 'utf8'));
  expect(raw.version).toBe(2);
  const d = loadDesign(copy())!;
  expect(d.version).toBe(3);
  const ids = (m: typeof raw.model) => m.entities.flatMap((e: { id: string; fields: { id: string }[] }) => [e.id, ...e.fields.map((f) => f.id)]);
  expect(ids(d.model)).toEqual(ids(raw.model));
  const film = d.model!.entities.find((e) => e.name === 'Film')!;
  expect(film.fields.find((f) => f.name === 'updated_at')?.onUpdateNow).toBe(true);
  expect(d.model!.entities.find((e) => e.name === 'Member')!.fields.find((f) => f.name === 'updated_at')?.onUpdateNow).toBeUndefined();
  expect(compileFor(d.model!, { db: 'postgres', scale: 'team' })).toEqual(raw.schema);
  expect(d.schema).toEqual(raw.schema);
});

test('without the mark, version 3 reads that updated_at as plain (no trigger): the mark is what keeps v2 behaviour', () => {
  const raw = JSON.parse(readFileSync(join(FIXTURE, 'db', 'design.json'), 'utf8'));
  const d = loadDesign(copy())!;
  const plain = { ...d.model!, entities: d.model!.entities.map((e) => ({ ...e, fields: e.fields.map(({ onUpdateNow: _, ...f }) => f) })) };
  const films = compileFor(plain, { db: 'postgres', scale: 'team' }).tables.find((t) => t.name === 'films')!;
  expect([films.trigger, films.columns.find((c) => c.name === 'updated_at')?.onUpdateNow]).toEqual([undefined, undefined]);
  expect(raw.schema.tables.find((t: { name: string }) => t.name === 'films').trigger).toBe('trg_films_updated_at');
});

describe('the next generator that writes stores version 3', () => {
  let pkg = '';
  beforeAll(() => { pkg = packageCopy(); });

  test('db-entity adds one table; the old entities and their ids are kept; the migration holds only the new table', () => {
    const dest = copy();
    const { up } = addBadge(pkg, dest);
    expect(up).not.toMatch(/TRIGGER "trg_films/);
  });
});
