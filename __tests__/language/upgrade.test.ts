/**
 * design.json version 1 (as the release before issue 7 wrote it, fixtures/v1) is upgraded in memory on
 * read — every entity and field gets its stable id — and the next generator that writes stores version 2;
 * the model still compiles to the v1 snapshot, so the next migration holds only what is new.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDesign } from '../../src/state/store.js';
import { packageCopy } from '../support/build.js';
import { addBadge } from './upgrade-write.js';
import { tempDir } from '../support/temp.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'v1');
const EXAMPLES = ['blog', 'saas', 'shop'];

function destWith(example: string, stateOnly = false): string {
  const dest = tempDir(`v1-${example}`);
  mkdirSync(join(dest, 'db'));
  const state = join(dest, 'db', 'design.json');
  copyFileSync(join(FIXTURES, `${example}.design.json`), state);
  // the fixture holds the state alone: a generator that writes checks every recorded migration file first
  if (stateOnly) writeFileSync(state, JSON.stringify({ ...JSON.parse(readFileSync(state, 'utf8')), migrations: [] }, null, 2));
  return dest;
}

test.each(EXAMPLES)('%s: a version-1 file reads as version 2 with an id on every entity and field, stable across reads', (example) => {
  const raw = JSON.parse(readFileSync(join(FIXTURES, `${example}.design.json`), 'utf8'));
  expect(raw.version).toBe(1);
  const dest = destWith(example);
  const d = loadDesign(dest)!;
  expect(d.version).toBe(3);
  const ids = d.model!.entities.flatMap((e) => [e.id, ...e.fields.map((f) => f.id)]);
  expect(ids.every((id) => typeof id === 'string' && /^[ef]_[0-9a-f]{8}$/.test(id))).toBe(true);
  expect(new Set(ids).size).toBe(ids.length);
  expect(loadDesign(dest)!.model).toEqual(d.model);
  expect(d.schema).toEqual(raw.schema);
});

describe('the next generator that writes stores version 2', () => {
  let pkg = '';
  beforeAll(() => { pkg = packageCopy(); });

  test.each(EXAMPLES)('%s: db-entity adds one table; the old ids are kept; the state is version 2', (example) => {
    const dest = destWith(example, true);
    const { after } = addBadge(pkg, dest);
    expect(after.model!.entities.at(-1)).toMatchObject({ name: 'Badge', id: expect.stringMatching(/^e_/) });
  });
});
