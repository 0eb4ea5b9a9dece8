/**
 * The package bin without a terminal: the generator's core runs directly (no plop, node-plop or inquirer
 * loaded; faker only for a seed tier) and writes what `plop <generator>` writes.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageCopy } from './support/build.js';
import { logLoads, packagesLoaded, PLOP_STACK, promptStack, runBin, runPlop } from './support/bin-run.js';
import { bodies, snapshot } from './support/tree.js';
import { tempDir } from './support/temp.js';
import { copyTree } from './support/tree-hash.js';

let pkg = '';
let work = '';
logLoads(); // the runs here are read for what they loaded
const fresh = (tag: string) => mkdtempSync(join(work, `${tag}-`));
const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples');
const spec = (name: string) => join(EXAMPLES, `${name}.json`);
const BADGE = JSON.stringify({ entities: 'Badge: label, user_id', relations: [{ from: 'User', to: 'Badge', kind: 'one-to-many' }] });

beforeAll(() => {
  pkg = packageCopy(); // both removed after this file (support/cleanup.ts)
  work = tempDir('bin');
});

/** A destination after the bin's db-schema on the blog example: a copy (modes and times kept) of one such run. */
let blog = '';
function blogAt(tag: string): string {
  if (!blog) {
    blog = fresh('blog');
    expect(runBin(pkg, ['db-schema', '--', '--spec', spec('blog')], blog).status).toBe(0);
  }
  return copyTree(blog, `bin-${tag}`);
}

test('db-schema --spec: the same files and modes as `plop db-schema`, the lines printed, neither plop nor faker loaded', () => {
  const [viaBin, viaPlop] = [fresh('bin'), fresh('plop')];
  const r = runBin(pkg, ['db-schema', '--', '--spec', spec('blog')], viaBin);
  expect(runPlop(pkg, ['db-schema', '--', '--spec', spec('blog'), '--dest', viaPlop]).status).toBe(0);
  expect(r).toMatchObject({ status: 0, err: [] });
  const withModes = (d: string) => Object.fromEntries(Object.entries(snapshot(d)).map(([k, v]) => [k, [v.body, v.mode]]));
  expect(withModes(viaBin)).toEqual(withModes(viaPlop));
  expect(r.out.slice(0, 9)).toEqual(['.gitignore', 'secrets/db.env', 'db/schema.sql', 'migrations/20260102030405_init_schema.sql',
    'migrations/20260102030405_init_schema.down.sql', 'db/schema.md', 'db/schema.svg', 'db/schema.dbml', 'db/design.json'].map((p) => `written   ${p}`));
  expect(r.out).toEqual(expect.arrayContaining(['== db-scaffold report ==', expect.stringMatching(/^Next steps \(PostgreSQL/)]));
  expect(r.loaded.some((u) => u.endsWith('/dist/bin/db-scaffold.js'))).toBe(true); // the log sees our modules (the bin is one bundle)
  expect(promptStack(r.loaded)).toEqual([]);
  expect(packagesLoaded(r.loaded)).not.toContain('@faker-js/faker');
});

test('the load log does see plop: a plop flag (--force) takes the plop path, which loads it and writes the same', () => {
  const [viaPlop, fast] = [fresh('fallback'), fresh('fast')];
  const r = runBin(pkg, ['db-schema', '--force', '--', '--spec', spec('shop')], viaPlop);
  expect(r.status).toBe(0);
  expect(packagesLoaded(r.loaded)).toEqual(expect.arrayContaining(PLOP_STACK));
  expect(runBin(pkg, ['db-schema', '--', '--spec', spec('shop')], fast).status).toBe(0);
  expect(bodies(snapshot(fast))).toEqual(bodies(snapshot(viaPlop)));
});

test('--help lists every generator, exit 0', () => {
  const r = runBin(pkg, ['--help'], work);
  expect(r.status).toBe(0);
  for (const g of ['db-schema', 'db-intake', 'db-entities', 'db-ddl', 'db-migrations', 'db-entity', 'db-field', 'db-relation', 'db-seed']) {
    expect(r.out).toContainEqual(expect.stringMatching(new RegExp(`^  ${g} +\\S`)));
  }
});

test('db-seed -- --seed smoke after db-schema: db/seed.sql and the state as plop writes them; faker loaded only now', () => {
  const [viaBin, viaPlop] = [blogAt('seed-bin'), blogAt('seed-plop')];
  const r = runBin(pkg, ['db-seed', '--', '--seed', 'smoke'], viaBin);
  expect(r).toMatchObject({ status: 0, err: [] });
  expect(r.out.slice(0, 2)).toEqual(['written   db/seed.sql', 'written   db/design.json']);
  expect(r.out).toContain('seed: smoke → db/seed.sql (4 entities: User, Post, Comment, Tag)');
  expect(packagesLoaded(r.loaded)).toContain('@faker-js/faker');
  expect(promptStack(r.loaded)).toEqual([]);
  expect(runPlop(pkg, ['db-seed', '--', '--seed', 'smoke', '--dest', viaPlop]).status).toBe(0);
  expect(bodies(snapshot(viaBin))).toEqual(bodies(snapshot(viaPlop)));
});

test('db-entity --spec: the migration pair, schema.sql and state as plop writes them; no plop loaded', () => {
  const [viaBin, viaPlop] = [blogAt('entity-bin'), blogAt('entity-plop')];
  const file = join(work, 'badge.json');
  writeFileSync(file, BADGE);
  const r = runBin(pkg, ['db-entity', '--', '--spec', file], viaBin);
  expect(r).toMatchObject({ status: 0, err: [] });
  expect(r.out).toEqual(expect.arrayContaining(['written   migrations/20260102030406_add_badge.sql', '== db-entity report ==']));
  expect(promptStack(r.loaded)).toEqual([]);
  expect(runPlop(pkg, ['db-entity', '--', '--spec', file, '--dest', viaPlop]).status).toBe(0);
  expect(bodies(snapshot(viaBin))).toEqual(bodies(snapshot(viaPlop)));
  expect(existsSync(join(viaBin, 'migrations', '20260102030406_add_badge.down.sql'))).toBe(true);
});
