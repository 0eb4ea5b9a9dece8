/** db-schema through node-plop: files and contents, secrets rules, re-runs, a broken state file (hand-offs: orm/plop-handoffs). */
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodePlop from 'node-plop';
import { runGenerator } from './support/plop-run.js';
import { Design } from '../src/state/design-schema.js';
import { ensureBuilt } from './support/build.js';
import { exampleSpec, goldenDir, goldenFiles, loadGolden, NOW, ROOT, VERSION } from './support/golden.js';
import { checksum, sha256 } from '../src/core/versions.js';
import { bodies, snapshot, tempDir } from './support/tree.js';

const blog = exampleSpec('blog');
const MIGRATIONS = [`migrations/${VERSION}_init_schema.sql`, `migrations/${VERSION}_init_schema.down.sql`];

async function run(dest: string, answers: object, now = NOW) {
  process.env.DB_SCAFFOLD_NOW = now;
  const plop = await nodePlop(join(ROOT, 'plopfile.js'), { destBasePath: dest, force: false });
  return runGenerator(plop, 'db-schema', answers);
}

beforeAll(() => ensureBuilt());
afterAll(() => { delete process.env.DB_SCAFFOLD_NOW; });

describe('a fresh run (blog)', () => {
  const dest = tempDir('plop-blog');
  let tree: ReturnType<typeof snapshot>;
  beforeAll(async () => {
    expect((await run(dest, blog)).failures).toEqual([]);
    tree = snapshot(dest);
  });

  test('writes exactly the nine files (the picture too), the SQL equal to the golden files', () => {
    const picture = ['db/schema.md', 'db/schema.svg', 'db/schema.dbml'];
    expect(Object.keys(tree).sort()).toEqual(['.gitignore', 'db/design.json', 'db/schema.sql', ...picture, ...MIGRATIONS, 'secrets/db.env'].sort());
    const w = bodies(tree);
    expect(goldenFiles({ schema: w['db/schema.sql'], up: w[MIGRATIONS[0]], down: w[MIGRATIONS[1]] })).toEqual(loadGolden(goldenDir('blog', 'postgres')));
  });

  test('secrets/db.env: mode 0600, DATABASE_URL= with nothing after it, comments otherwise; .gitignore lists secrets/', () => {
    const env = tree['secrets/db.env'];
    expect(env.mode).toBe(0o600);
    const lines = env.body.split('\n').filter(Boolean);
    expect(lines.filter((l) => !l.startsWith('#'))).toEqual(['DATABASE_URL=']);
    expect(tree['.gitignore'].body.split('\n')).toContain('secrets/');
  });

  test('db/design.json parses back with the zod Design: model, schema, the migration and its checksum', () => {
    const d = Design.parse(JSON.parse(tree['db/design.json'].body));
    expect(d).toMatchObject({ version: 3, tool: 'db-scaffold', $schema: expect.stringContaining('design.schema.json') });
    expect(d.answers).toEqual(blog);
    expect(d.model?.entities.map((e) => e.name)).toEqual(['User', 'Post', 'Comment', 'Tag']);
    expect(d.schema?.tables.map((t) => t.name)).toEqual(['users', 'posts', 'comments', 'tags', 'post_tags']);
    expect(d.migrations).toEqual([{
      version: VERSION, name: 'init_schema', up: MIGRATIONS[0], down: MIGRATIONS[1], irreversible: [],
      checksum: checksum(tree[MIGRATIONS[0]].body, tree[MIGRATIONS[1]].body),
      sums: { up: sha256(tree[MIGRATIONS[0]].body), down: sha256(tree[MIGRATIONS[1]].body) },
    }]);
  });

  test('running again (an hour later) with the same answers writes no migration and edits none', async () => {
    expect((await run(dest, blog, '2026-01-02T04:04:05Z')).failures).toEqual([]);
    const again = snapshot(dest);
    expect(Object.keys(again).sort()).toEqual(Object.keys(tree).sort());
    for (const f of [...MIGRATIONS, 'db/schema.sql', 'secrets/db.env']) expect(again[f]).toEqual(tree[f]);
  });

  test('running with changed entities refuses with one line and writes nothing', async () => {
    const before = snapshot(dest);
    const changed = { ...blog, entities: `${blog.entities}\nInvite: email` };
    await expect(run(dest, changed)).rejects.toThrow(/^db\/design\.json: this design already has migrations and the answers change it; .*db-entity/);
    expect(snapshot(dest)).toEqual(before);
  });
});

test('an existing secrets/db.env is never rewritten (content, mtime) nor printed; .gitignore is extended, first', async () => {
  const dest = tempDir('plop-secrets');
  mkdirSync(join(dest, 'secrets'));
  writeFileSync(join(dest, '.gitignore'), 'node_modules/');
  const file = join(dest, 'secrets', 'db.env');
  writeFileSync(file, 'DATABASE_URL=postgres://app:hunter2@db/app\n', { mode: 0o600 });
  utimesSync(file, new Date('2001-01-01'), new Date('2001-01-01'));
  const before = snapshot(dest)['secrets/db.env'];
  const r = await run(dest, blog);
  expect(r.failures).toEqual([]);
  expect(snapshot(dest)['secrets/db.env']).toEqual(before);
  expect(JSON.stringify(r.changes)).not.toContain('hunter2');
  expect(snapshot(dest)['.gitignore'].body).toBe('node_modules/\n# db-scaffold: secrets never enter git\nsecrets/\n'
    + "# db-scaffold: a run's staging folder and lock stay on this machine\n.db-scaffold-run/\n.db-scaffold.lock\n");
  const order = r.changes.map((c) => String(c.path ?? '')).filter((p) => /\.gitignore|secrets/.test(p));
  expect(order).toEqual([expect.stringMatching(/^written +\.gitignore$/), expect.stringMatching(/^kept +secrets\/db\.env$/)]);
});

test.each([
  ['not JSON', '{ "version": 1,', /^db\/design\.json: not valid JSON \(.*\); fix it or restore it from git$/],
  ['the wrong shape', '{ "version": 99, "tool": "db-scaffold", "answers": {}, "migrations": [] }', /^db\/design\.json: invalid at version: .*; fix it or restore it from git$/],
])('a broken design.json (%s) → one line naming it, nothing written', async (_what, body, message) => {
  const dest = tempDir('plop-broken');
  mkdirSync(join(dest, 'db'));
  writeFileSync(join(dest, 'db', 'design.json'), body);
  const before = snapshot(dest);
  const err = await run(dest, blog).catch((e: Error) => e);
  expect((err as Error).message).toMatch(message);
  expect((err as Error).message).not.toContain('\n');
  expect(snapshot(dest)).toEqual(before);
});
