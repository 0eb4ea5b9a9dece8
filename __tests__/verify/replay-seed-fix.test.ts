/**
 * A db/seed.sql that no longer loads (made for the design before a change) is named with the fix that fits it:
 * write the seed again with db-seed. It said "fix the statement in a new migration; this one is as written", which is
 * the fix for a migration, not for a seed file db-seed rewrites whole.
 */
import { edit, project, sharedScratch, verifyAt } from './project.js';
import { loadSeed } from '../../src/seed/lazy.js';

const scratch = sharedScratch();
beforeAll(() => loadSeed());
afterAll(() => scratch.close());

test('SQLite: a seed that fails: its fix is db-seed, a migration\'s stays as it was', async () => {
  const dir = project('blog', 'sqlite', 'smoke');
  edit(dir, 'db/seed.sql', (s) => `${s}\nINSERT INTO "no_such_table" VALUES (1);\n`);
  const r = await verifyAt(dir, scratch, { env: { DATABASE_URL: '' } });
  const failed = r.findings.filter((f) => f.rule === 'replay-failed');
  expect(failed.map((f) => f.file)).toEqual(['db/seed.sql']);
  expect(failed[0].fix).toMatch(/^write it again for the design as it is now: npx plop db-seed -- --seed smoke$/);
});
