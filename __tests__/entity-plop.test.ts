/** db-entity / db-field / db-relation through node-plop (the compiled pack) and the plop CLI, into temp folders. */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadDesign } from '../src/state/store.js';
import { checksum } from '../src/core/versions.js';
import { blog, blogAt, run } from './entity-cases.js';

const root = process.cwd();
const NOW = '2026-03-04T05:06:07Z';

const read = (dest: string, rel: string) => readFileSync(join(dest, rel), 'utf8');

describe('db-entity via node-plop', () => {
  beforeAll(() => { process.env.DB_SCAFFOLD_NOW = NOW; });
  afterAll(() => { delete process.env.DB_SCAFFOLD_NOW; });

  test('two runs in the same second: strictly increasing versions, init untouched, state and checksums right', async () => {
    const dest = await blogAt('dbs-entity-');
    const init = readdirSync(join(dest, 'migrations')).map((f) => [f, read(dest, `migrations/${f}`)]);
    const r1 = await run(dest, 'db-entity', { entities: 'Branch: name, city', relations: [{ from: 'Branch', to: 'Post', kind: 'one-to-many' }] });
    const r2 = await run(dest, 'db-entity', { entities: 'Shelf: label, branch_id' });
    expect([...r1.failures, ...r2.failures]).toEqual([]);
    const d = loadDesign(dest)!;
    expect(d.migrations.map((m) => `${m.version}_${m.name}`)).toEqual([
      '20260304050607_init_schema', '20260304050608_add_branch', '20260304050609_add_shelf',
    ]);
    for (const [f, body] of init) expect(read(dest, `migrations/${f}`)).toBe(body);
    for (const m of d.migrations) expect(checksum(read(dest, m.up), read(dest, m.down))).toBe(m.checksum);
    expect(readdirSync(join(dest, 'migrations'))).toHaveLength(6);
    expect(d.model!.entities.map((e) => e.name)).toEqual(['User', 'Post', 'Comment', 'Tag', 'Branch', 'Shelf']);
    expect(d.model!.entities.find((e) => e.name === 'Post')!.fields.find((f) => f.name === 'branch_id')?.nullable).toBe(true);
    const schema = read(dest, 'db/schema.sql');
    expect(schema).toContain('CREATE TABLE IF NOT EXISTS "shelves"');
    expect(schema).toMatch(/"updated_at" TIMESTAMPTZ NOT NULL DEFAULT now\(\),\n {2}"branch_id" BIGINT,\n {2}CONSTRAINT "pk_posts"/);
    const up = read(dest, d.migrations[1].up);
    expect(up).toMatch(/^-- posts\.branch_id \(FK to Branch\) is added NULLable: posts may already hold rows\./m);
    expect(read(dest, d.migrations[2].up)).toContain('CREATE TABLE IF NOT EXISTS "shelves"');
  });

  test('db-field and db-relation use the same diff', async () => {
    const dest = await blogAt('dbs-field-', { ...blog, db: 'sqlite' });
    expect((await run(dest, 'db-field', { entities: 'Post: subtitle:optional, is_pinned' })).failures).toEqual([]);
    expect((await run(dest, 'db-relation', { relations: [{ from: 'User', to: 'Tag', kind: 'many-to-many' }] })).failures).toEqual([]);
    const d = loadDesign(dest)!;
    expect(d.migrations.map((m) => m.name)).toEqual(['init_schema', 'add_subtitle_and_is_pinned_to_posts', 'relate_user_and_tag']);
    expect(read(dest, d.migrations[1].up)).toContain('ALTER TABLE "posts" ADD COLUMN "is_pinned" BOOLEAN NOT NULL DEFAULT FALSE;');
    expect(read(dest, d.migrations[2].up)).toContain('CREATE TABLE IF NOT EXISTS "tag_users"');
  });
});

describe('db-entity with an ORM that owns its migrations (hand-off)', () => {
  test('no migration pair: schema.sql and the state follow', async () => {
    const dest = await blogAt('dbs-handoff-', { ...blog, orm: 'prisma', runner: 'existing' });
    expect((await run(dest, 'db-entity', { entities: 'Branch: name' })).failures).toEqual([]);
    expect(existsSync(join(dest, 'migrations'))).toBe(false);
    const d = loadDesign(dest)!;
    expect(d.migrations).toEqual([]);
    expect(d.schema!.tables.map((t) => t.name)).toContain('branches');
    expect(read(dest, 'db/schema.sql')).toContain('CREATE TABLE IF NOT EXISTS "branches"');
  });
});

describe('db-entity via the plop CLI', () => {
  const text = (r: { stdout: string; stderr: string }) => `${r.stdout}${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  const plop = (dest: string, ...args: string[]) => spawnSync(process.execPath, [join(root, 'node_modules/plop/bin/plop.js'), ...args, '--dest', dest], {
    cwd: root, encoding: 'utf8', env: { ...process.env, DB_SCAFFOLD_NOW: NOW, CI: 'true' },
  });

  test('--spec with entities and relations: files written, the report names the nullable column', async () => {
    const dest = await blogAt('dbs-cli-');
    const spec = join(dest, 'add.json');
    writeFileSync(spec, JSON.stringify({ entities: 'Branch: name', relations: [{ from: 'Branch', to: 'Post', kind: 'one-to-many' }] }));
    const r = plop(dest, 'db-entity', '--', '--spec', spec);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('written   migrations/');
    expect(r.stdout).toMatch(/Note: +posts\.branch_id \(FK to Branch\) is added NULLable: posts may already hold rows/);
  });

  test('a refusal is one [ERROR] line and exit 1', async () => {
    const dest = await blogAt('dbs-cli-err-');
    const spec = join(dest, 'add.json');
    writeFileSync(spec, JSON.stringify({ entities: 'Post: title', db: 'mysql' }));
    const r = plop(dest, 'db-entity', '--', '--spec', spec);
    expect(r.status).toBe(1);
    expect(text(r)).toContain("[ERROR] db-entity: 'db' comes from db/design.json; give only entities and relations");
    writeFileSync(spec, JSON.stringify({ entities: 'Post: title' }));
    const r2 = plop(dest, 'db-entity', '--', '--spec', spec);
    expect(r2.status).toBe(1);
    expect(text(r2)).toContain("[ERROR] entities line 1: entity 'Post' is defined already");
  });
});
