/** db-seed through node-plop: refuses before db-schema, skip records without a file, tiers write db/seed.sql. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import nodePlop from 'node-plop';
import { runGenerator } from './support/plop-run.js';
import { tempDir } from './support/temp.js';

const root = process.cwd();
const blog = JSON.parse(readFileSync(join(root, 'examples/blog.json'), 'utf8'));

/** Runs a generator; `printed` holds the written-file lines and the printed comments (snippet, notes). */
async function run(dest: string, gen: string, answers: object) {
  const plop = await nodePlop(join(root, 'plopfile.js'), { destBasePath: dest, force: false });
  const comments: string[] = [];
  const r = await runGenerator(plop, gen, answers, { onComment: (c: string) => comments.push(c) });
  return { ...r, printed: [...r.changes.map((c: { path: string }) => c.path), ...comments] };
}

const state = (dest: string) => JSON.parse(readFileSync(join(dest, 'db/design.json'), 'utf8'));
const seedFile = (dest: string) => join(dest, 'db/seed.sql');
const printed = (r: { printed: string[] }) => r.printed;

async function withSchema(): Promise<string> {
  const dest = tempDir('seed-plop');
  const r = await run(dest, 'db-schema', blog); // the example's seed answer is 'skip'
  expect(r.failures).toEqual([]);
  return dest;
}

describe('db-seed generator', () => {
  beforeAll(() => { process.env.DB_SCAFFOLD_NOW = '2026-03-04T05:06:07Z'; });
  afterAll(() => { delete process.env.DB_SCAFFOLD_NOW; });

  test('refuses before db-schema with one line and writes nothing', async () => {
    const dest = tempDir('seed-none');
    await expect(run(dest, 'db-seed', { seed: 'smoke' })).rejects.toThrow(/^db-seed: no design in db\/design\.json yet; run `npx plop db-schema` first$/);
    expect(readdirSync(dest)).toEqual([]);
  });

  test('skip records "seed skipped" and writes no file; a tier chosen later writes it', async () => {
    const dest = await withSchema();
    expect(state(dest).seed).toEqual({ tier: 'skip', entities: [] });
    const skip = await run(dest, 'db-seed', { seed: 'skip' });
    expect(skip.failures).toEqual([]);
    expect(existsSync(seedFile(dest))).toBe(false);
    expect(state(dest).seed).toEqual({ tier: 'skip', entities: [] });
    expect(printed(skip).join('\n')).toContain('seed skipped');

    const smoke = await run(dest, 'db-seed', { seed: 'smoke' });
    expect(smoke.failures).toEqual([]);
    expect(readFileSync(seedFile(dest), 'utf8')).toMatch(/^-- db\/seed\.sql: smoke seed/);
    expect(state(dest).seed).toEqual({ tier: 'smoke', file: 'db/seed.sql', entities: ['User', 'Post', 'Comment', 'Tag'] });
    expect(state(dest).answers.seed).toBe('smoke');
    expect(printed(smoke).filter((p) => p.startsWith('Smoke test'))).toHaveLength(1);
  });

  test('the same design twice: the same db/seed.sql byte for byte (second write is "unchanged")', async () => {
    const a = await withSchema();
    const b = await withSchema();
    for (const tier of ['smoke', 'rich', 'fixtures']) {
      await run(a, 'db-seed', { seed: tier });
      await run(b, 'db-seed', { seed: tier });
      expect(readFileSync(seedFile(a), 'utf8')).toBe(readFileSync(seedFile(b), 'utf8'));
      const again = await run(a, 'db-seed', { seed: tier });
      expect(printed(again)).toContain('unchanged db/seed.sql');
    }
  });

  test('db-schema with a tier writes the same seed as db-seed afterwards', async () => {
    const dest = tempDir('seed-phase5');
    const r = await run(dest, 'db-schema', { ...blog, seed: 'fixtures' });
    expect(r.failures).toEqual([]);
    const first = readFileSync(seedFile(dest), 'utf8');
    expect(first).toContain('-- fixture: full_graph');
    expect(state(dest).seed.tier).toBe('fixtures');
    const again = await run(dest, 'db-seed', { seed: 'fixtures' });
    expect(printed(again)).toContain('unchanged db/seed.sql');
  });
});
