/**
 * The CLI as typed: `npx plop db-schema -- --spec FILE --dest DIR`, stdin closed, CI=true (no terminal to ask).
 * Every refusal is one line, a non-zero exit, no stack trace, and nothing written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageCopy } from './support/build.js';
import { exampleSpec, goldenDir, goldenFiles, loadGolden, NOW, VERSION } from './support/golden.js';
import { bodies, snapshot, tempDir } from './support/tree.js';

interface Result { status: number | null; lines: string[] }
let pkg: string;

/** Runs the CLI; output lines without colour codes and without npm's own config warnings. */
function cli(spec: object | string, dest: string): Result {
  const file = join(tempDir('cli-spec'), 'spec.json');
  writeFileSync(file, typeof spec === 'string' ? spec : JSON.stringify(spec));
  const r = spawnSync('npx', ['plop', 'db-schema', '--', '--spec', file, '--dest', dest], {
    cwd: pkg, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000,
    env: { ...process.env, CI: 'true', DB_SCAFFOLD_NOW: NOW, NODE_OPTIONS: '' },
  });
  const text = `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: r.status, lines: text.split('\n').map((l) => l.trim()).filter((l) => l && !/^npm warn/i.test(l)) };
}

const blog = exampleSpec('blog');
const { intake: _i, orm: _o, scale: _s, seed: _d, ...noIntake } = blog;

beforeAll(() => { pkg = packageCopy(); });
afterAll(() => rmSync(pkg, { recursive: true, force: true }));

test('a full spec: exit 0, the files in --dest, the SQL equal to the golden files', () => {
  const dest = join(tempDir('cli-ok'), 'nested', 'out');
  const r = cli(blog, dest);
  expect(r.status).toBe(0);
  const w = bodies(snapshot(dest));
  const m = `migrations/${VERSION}_init_schema`;
  expect(goldenFiles({ schema: w['db/schema.sql'], up: w[`${m}.sql`], down: w[`${m}.down.sql`] })).toEqual(loadGolden(goldenDir('blog', 'postgres')));
  expect(Object.keys(w).sort()).toEqual(['.gitignore', 'db/design.json', 'db/schema.dbml', 'db/schema.md', 'db/schema.sql', 'db/schema.svg',
    `${m}.down.sql`, `${m}.sql`, 'secrets/db.env']);
  expect(r.lines.join('\n')).toContain('== db-scaffold report ==');
});

describe('refusals: one line, non-zero, nothing written, no stack trace', () => {
  test.each([
    ['missing keys', noIntake, /missing answers: intake, orm, scale, seed \(no terminal to ask; give them in --spec FILE/],
    ['an unknown key', { ...blog, colour: 'red' }, /--spec \S+: unknown key 'colour' \(allowed: intake, db, orm/],
    ['a bad value', { ...blog, db: 'oracle' }, /--spec \S+: db "oracle" is not allowed \(.*postgres.*mysql.*sqlite/],
    ['a bad relation kind', { ...blog, relations: [{ from: 'User', to: 'Post', kind: 'many' }] }, /--spec \S+: relations\.0\.kind/],
    ['not JSON', '{ "db": ', /--spec \S+: not valid JSON/],
    ['auto-on-deploy with multi-replica', { ...blog, migctl: 'auto-on-deploy', scale: 'multi-replica' },
      /^\[ERROR\] migctl: auto-on-deploy with production multi-replica: every replica would try .*'hybrid'.*'leader-job'/],
    ['an unknown entity in a relation', { ...blog, relations: [{ from: 'User', to: 'Ghost', kind: 'one-to-many' }] },
      /relations\[0\]\.to: unknown entity 'Ghost' \(entities: User, Post, Comment, Tag\)/],
    ['a bad field type', { ...blog, entities: 'User: email:strng' }, /entities line 1 \(User\) field 'email': unknown type 'strng' \(allowed: string/],
  ])('%s', (_what, spec, message) => {
    const dest = join(tempDir('cli-refuse'), 'out');
    const r = cli(spec, dest);
    expect(r.status).not.toBe(0);
    expect(r.status).not.toBeNull();
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(message);
    expect(r.lines.join('\n')).not.toMatch(/\n\s*at |Error:|\.ts:\d+|\.js:\d+/);
    expect(existsSync(dest) ? Object.keys(snapshot(dest)) : []).toEqual([]);
  });
});
