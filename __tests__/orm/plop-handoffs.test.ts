/** db-schema through node-plop with an ORM that applies its own migrations: Prisma (schema.prisma, a hand-off),
 *  SQLAlchemy (Alembic revisions), and a kei-migrate runner answer with them refused in one line. */
import { join } from 'node:path';
import nodePlop from 'node-plop';
import { runGenerator } from '../support/plop-run.js';
import { Design } from '../../src/state/design-schema.js';
import { ensureBuilt } from '../support/build.js';
import { exampleSpec, NOW, ROOT } from '../support/golden.js';
import { snapshot, tempDir } from '../support/tree.js';

const blog = exampleSpec('blog');

async function run(dest: string, answers: object) {
  process.env.DB_SCAFFOLD_NOW = NOW;
  const plop = await nodePlop(join(ROOT, 'plopfile.js'), { destBasePath: dest, force: false });
  return runGenerator(plop, 'db-schema', answers);
}

beforeAll(() => ensureBuilt());
afterAll(() => { delete process.env.DB_SCAFFOLD_NOW; });

test('prisma: schema.prisma written, no SQL migrations, the hand-off recorded in design.json', async () => {
  const dest = tempDir('plop-prisma');
  expect((await run(dest, { ...blog, orm: 'prisma', runner: 'existing' })).failures).toEqual([]);
  const tree = snapshot(dest);
  expect(Object.keys(tree).filter((f) => f.startsWith('migrations/'))).toEqual([]);
  expect(Object.keys(tree)).toEqual(expect.arrayContaining(['db/schema.sql', 'prisma/schema.prisma', 'prisma.config.ts']));
  const d = Design.parse(JSON.parse(tree['db/design.json'].body));
  expect(d.handoff).toContain('prisma migrate');
  expect(d.migrations).toEqual([]);
});

test('sqlalchemy: an Alembic revision per migration and the models module', async () => {
  const dest = tempDir('plop-sqlalchemy');
  expect((await run(dest, { ...blog, orm: 'sqlalchemy', runner: 'existing' })).failures).toEqual([]);
  const d = Design.parse(JSON.parse(snapshot(dest)['db/design.json'].body));
  expect(d.migrations.map((m) => m.up)).toEqual([expect.stringMatching(/^alembic\/versions\/\d{14}_init_schema\.py$/)]);
  expect(d.handoff).toBeUndefined();
});

test.each(['prisma', 'sqlalchemy'])('%s with a kei-migrate runner answer: refused in one line, nothing written', async (orm) => {
  const dest = tempDir(`plop-${orm}-kei`);
  await expect(run(dest, { ...blog, orm, runner: 'binary' })).rejects.toThrow(new RegExp(`^runner: binary does not fit orm ${orm}, which applies its own migrations`));
  expect(Object.keys(snapshot(dest))).toEqual([]);
});
