/** The phase generators run one after another give exactly what db-schema gives in one go. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import nodePlop from 'node-plop';
import { runGenerator } from './support/plop-run.js';
import { tempDir } from './support/temp.js';

const root = process.cwd();
const spec = JSON.parse(readFileSync(join(root, 'examples/saas.json'), 'utf8'));
const pick = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, spec[k]]));

async function run(dest: string, gen: string, answers: object) {
  const plop = await nodePlop(join(root, 'plopfile.js'), { destBasePath: dest, force: false });
  return runGenerator(plop, gen, answers);
}

const tree = (dir: string): Record<string, string> => Object.fromEntries(
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const rel = join(e.parentPath ?? (e as unknown as { path: string }).path, e.name).slice(dir.length + 1);
      return [rel, readFileSync(join(dir, rel), 'utf8')];
    }),
);

describe('phase generators', () => {
  beforeAll(() => { process.env.DB_SCAFFOLD_NOW = '2026-03-04T05:06:07Z'; });
  afterAll(() => { delete process.env.DB_SCAFFOLD_NOW; });

  test('db-intake → db-entities → db-ddl → db-migrations equals db-schema (seed aside)', async () => {
    const chained = tempDir('phases');
    const whole = tempDir('whole');
    const steps: [string, string[]][] = [
      ['db-intake', ['intake', 'db', 'orm', 'scale', 'style', 'migctl']],
      ['db-entities', ['entities', 'relations']],
      ['db-ddl', ['review']],
      ['db-migrations', ['irreversible', 'runner']],
    ];
    for (const [gen, keys] of steps) {
      const r = await run(chained, gen, pick(keys));
      expect(r.failures).toEqual([]);
    }
    const noSeed = pick(Object.keys(spec).filter((k) => k !== 'seed'));
    await expect(run(whole, 'db-schema', noSeed)).rejects.toThrow(/^missing answers: seed /);
    expect(readdirSync(whole)).toEqual([]);
    const full = await run(whole, 'db-schema', spec);
    expect(full.failures).toEqual([]);
    const a = tree(chained);
    const b = tree(whole);
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    for (const file of Object.keys(a).filter((f) => f !== 'db/design.json')) expect(a[file]).toBe(b[file]);
    const da = JSON.parse(a['db/design.json']);
    const db = JSON.parse(b['db/design.json']);
    expect(da.schema).toEqual(db.schema);
    expect(da.migrations).toEqual(db.migrations);
    expect(db.seed).toEqual({ tier: 'skip', entities: [] });
  });

  test('a later phase before an earlier one refuses with one line and writes nothing', async () => {
    const dest = tempDir('early');
    await expect(run(dest, 'db-ddl', { review: 'accept' })).rejects.toThrow(/^missing answers: intake, db/);
    expect(readdirSync(dest)).toEqual([]);
  });

  test('db-schema again after db-entity keeps every migration and the evolved design', async () => {
    const dest = tempDir('rerun');
    expect((await run(dest, 'db-schema', spec)).failures).toEqual([]);
    process.env.DB_SCAFFOLD_NOW = '2026-03-04T05:07:00Z';
    expect((await run(dest, 'db-entity', { entities: 'Label: name' })).failures).toEqual([]);
    const before = tree(dest);
    expect(Object.keys(before).filter((f) => f.startsWith('migrations/'))).toHaveLength(4);
    const again = await run(dest, 'db-schema', spec);
    expect(again.failures).toEqual([]);
    expect(tree(dest)).toEqual(before);
    process.env.DB_SCAFFOLD_NOW = '2026-03-04T05:06:07Z';
  });
});
