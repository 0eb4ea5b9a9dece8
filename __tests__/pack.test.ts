/** The packed tarball used in a fresh repo: `npm pack` (its `prepare` builds dist/ from a clean copy of the
 *  sources), then `npm install <tarball> plop@4` once; a user plopfile with `plop.load('db-scaffold')`, and the
 *  bin with no plopfile, each from the installed repo as it was (what a test wrote is removed first; plop is
 *  a dependency of the pack, so the user's own plop@4 adds nothing the bin could lean on).
 *  plop exits 0 even when a plopfile fails to load, so every check is on the files written. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPiped } from './support/wizard-keys.js';
import { initPair, readOutputs } from './support/outputs.js';
import { tempDir } from './support/temp.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SKIP = new Set(['node_modules', 'dist', '.git', '__tests__', '.ci', 'coverage']);
// Children run outside jest: no --experimental-vm-modules, no terminal (stdin closed), CI mode.
const ENV = { NODE_OPTIONS: '', CI: 'true', npm_config_update_notifier: 'false' };
const INSTALL = ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];

async function sh(cwd: string, cmd: string, ...args: string[]): Promise<string> {
  const r = await runPiped(cmd, args, { cwd, env: ENV });
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} (in ${basename(cwd)}) exited ${r.code}:\n${r.out}`);
  return r.out;
}

/** `git init` + `npm init -y` + ESM + `npm install <deps>` in a new folder of `work`. */
async function freshRepo(work: string, name: string, deps: string[]): Promise<string> {
  const dir = join(work, name);
  mkdirSync(dir);
  await sh(dir, 'git', 'init', '-q');
  await sh(dir, 'npm', 'init', '-y');
  await sh(dir, 'npm', 'pkg', 'set', 'type=module');
  await sh(dir, 'npm', ...INSTALL, ...deps);
  return dir;
}

/** The repo as `freshRepo` left it: only git's folder, the manifest, its lock and node_modules stay. */
function installedOnly(dir: string): string {
  const keep = new Set(['.git', 'node_modules', 'package.json', 'package-lock.json']);
  for (const f of readdirSync(dir)) if (!keep.has(f)) rmSync(join(dir, f), { recursive: true, force: true });
  return dir;
}

/** The blog example's outputs, as a user's repo gets them. */
async function expectBlog(dir: string): Promise<void> {
  const o = readOutputs(dir);
  expect(o.sql).toMatch(/^-- db\/schema\.sql/);
  expect(o.sql).toContain('CREATE TABLE IF NOT EXISTS "users"');
  expect(o.sql).toMatch(/CREATE TABLE IF NOT EXISTS "post_tags" \([\s\S]*PRIMARY KEY \("post_id", "tag_id"\)/);
  expect(o.sql).toMatch(/"author_id" BIGINT NOT NULL/);
  expect(initPair(o.migrations)).toBeDefined();
  expect(o.envMode).toBe(0o600);
  expect(o.env).toMatch(/^DATABASE_URL=$/m);
  await sh(dir, 'git', 'check-ignore', '-q', 'secrets/db.env'); // ignored by the repo's git, for real
  expect(o.design.$schema).toBe('../node_modules/db-scaffold/design.schema.json');
  expect(existsSync(resolve(dir, 'db', o.design.$schema!))).toBe(true);
  expect(o.design.answers).toMatchObject({ db: 'postgres', orm: 'none', runner: 'binary', seed: 'skip' });
}

describe('the packed tarball in a fresh repo', () => {
  let work = '';
  let tarball = '';
  let files: string[] = [];
  let installed = '';

  beforeAll(async () => {
    work = tempDir('pack');
    const copy = join(work, 'pkg');
    cpSync(root, copy, { recursive: true, filter: (p) => !SKIP.has(basename(p)) || dirname(p) !== root });
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    await sh(copy, 'npm', 'pack', '--pack-destination', work, '--loglevel=error');
    const { name, version } = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8'));
    tarball = join(work, `${name}-${version}.tgz`);
    files = (await sh(work, 'tar', '-tzf', tarball)).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
    installed = await freshRepo(work, 'user-repo', [tarball, 'plop@4']);
  }, 360_000);
  afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

  it('ships dist/ (built by prepare), templates/, design.schema.json, examples/, README links; no sources or tests', () => {
    expect(existsSync(tarball)).toBe(true);
    for (const f of ['dist/plopfile.js', 'dist/bin/db-scaffold.js', 'dist/generators/db-schema.js', 'design.schema.json',
      'examples/blog.json', 'examples/saas.json', 'examples/shop.json', 'package.json']) expect(files).toContain(f);
    expect(files.filter((f) => f.startsWith('templates/') && f.endsWith('.hbs')).length).toBeGreaterThan(0);
    const linked = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/\]\((?![a-z]+:)([^)#\s]+)/g)].map((m) => m[1]);
    expect(linked.length).toBeGreaterThan(10); // docs/*.md, the picture, BENCHMARKS.md: the README's links work when installed
    expect(linked.filter((f) => !files.includes(f))).toEqual([]);
    const leaked = files.filter((f) => /(^|\/)(__tests__|src|generators|bin|scripts)\/[^/]*\.ts$|^(src|__tests__|\.ci)\//.test(f) ||
      /\.test\.|^plopfile\.(ts|js)$|^tsconfig|^jest\.config/.test(f));
    expect(leaked).toEqual([]);
  });

  it('a user plopfile `await plop.load("db-scaffold")` makes `npx plop db-schema -- --spec` work', async () => {
    const repo = installedOnly(installed);
    writeFileSync(join(repo, 'plopfile.js'), "export default async (plop) => { await plop.load('db-scaffold') }\n");
    const out = await sh(repo, 'npx', '--no', 'plop', 'db-schema', '--', '--spec', 'node_modules/db-scaffold/examples/blog.json');
    expect(out).toMatch(/== db-scaffold report ==[\s\S]*^Libraries: +pg/m);
    await expectBlog(repo);
  }, 180_000);

  it('the bin with no plopfile: `npx db-scaffold db-schema -- --spec` writes into the cwd', async () => {
    const repo = installedOnly(installed);
    expect(existsSync(join(repo, 'plopfile.js'))).toBe(false);
    const spec = join(repo, 'node_modules', 'db-scaffold', 'examples', 'blog.json');
    const out = await sh(repo, 'npx', '--no', 'db-scaffold', 'db-schema', '--', '--spec', spec);
    expect(out).toContain('== db-scaffold report ==');
    await expectBlog(repo);
    // Without a terminal, a partial answer set stops with the missing keys (and writes nothing more).
    const r = await runPiped('npx', ['--no', 'db-scaffold', 'db-schema', '--', '--db', 'sqlite'], { cwd: mkdtempSync(join(repo, 'empty-')), env: ENV });
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/missing answers: intake, orm, scale/);
  }, 180_000);
});
