/**
 * Atlas's own code reads the Atlas layout: a checker built from Debian's golang-ariga-atlas-dev (Atlas's
 * sql/migrate package) validates atlas.sum (migrate.Validate, as `atlas migrate validate`/`apply` do) and
 * splits each file into the statements `atlas migrate apply` would run: as many as db-scaffold wrote.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIALECT_IDS } from '../../src/dialects/dialect.js';
import { splitSql } from '../../src/runners/split.js';
import { initAndChange } from '../support/project.js';
import { tempDir } from '../support/temp.js';
import { ATLAS_GO, describeWith } from '../support/extras.js';

describeWith([ATLAS_GO], "Atlas's own code reads the layout (Debian golang)", () => {
const SRC = join(process.cwd(), '__tests__', 'fixtures', 'atlascheck');
let checker = '';

beforeAll(() => {
  const out = tempDir('atlascheck');
  checker = join(out, 'atlascheck');
  const env = { ...process.env, GO111MODULE: 'off', GOPATH: '/usr/share/gocode', GOCACHE: join(out, 'cache'), GOFLAGS: '' };
  const r = spawnSync('go', ['build', '-o', checker, '.'], { cwd: SRC, env, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`go build (golang-go and golang-ariga-atlas-dev from Debian): ${r.error ?? ''}${r.stderr}`);
}, 300_000);

const atlas = (dir: string) => spawnSync(checker, [dir], { encoding: 'utf8' });

test.each(DIALECT_IDS)('%s: a design and a later change; Atlas validates atlas.sum and splits each file as written', (db) => {
  const { dir, design } = initAndChange(db, { runner: 'existing', existing: 'atlas' }, `atlas-${db}`);
  const r = atlas(join(dir, 'migrations'));
  expect(r.stdout).not.toMatch(/^atlas:/m);
  expect(r.status).toBe(0);
  const want = design.migrations.map((m) => `${m.up.slice('migrations/'.length)} ${splitSql(readFileSync(join(dir, m.up), 'utf8')).length}`);
  expect(r.stdout.trim().split('\n')).toEqual(want);
});

test('a migration edited after the sum was written: Atlas refuses the directory', () => {
  const { dir, design } = initAndChange('sqlite', { runner: 'existing', existing: 'atlas' }, 'atlas-edited');
  appendFileSync(join(dir, design.migrations[0].up), '-- edited\n');
  const r = atlas(join(dir, 'migrations'));
  expect(r.status).toBe(1);
  expect(r.stdout).toMatch(/^atlas: checksum mismatch/m);
});
});
