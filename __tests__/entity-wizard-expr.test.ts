/** The REAL db-entity in a pseudo-terminal with an engine's own default(expr(…)): it is run on the design's engine
 *  (PGlite here) once the lines and the matrix are answered, so a refused one stops before the preview — one
 *  [ERROR] line naming Plan.ends_at and the engine's error, nothing written. Needs `npm run build`. */
import './support/needs-tmux.js'; // the terminal tests need Debian's tmux
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnTerm, type Term } from './support/pty.js';
import { atStep } from './support/wizard-flow.js';
import { snapshot } from './support/tree.js';
import { blogAt } from './entity-cases.js';

const root = process.cwd();
const PLOP = join(root, 'node_modules', 'plop', 'bin', 'plop.js');
let term: Term | undefined;
beforeAll(() => expect(existsSync(join(root, 'dist', 'plopfile.js'))).toBe(true)); // `npm run build` first
afterEach(async () => { await term?.kill(); term = undefined; });

test('db-entity: a bad engine expression is refused after the matrix, before the preview, nothing written', async () => {
  const dest = await blogAt('dbs-entity-expr-');
  const before = snapshot(dest);
  const t = (term = await spawnTerm('node', [PLOP, 'db-entity', '--', '--dest', dest], { cwd: root, cols: 200, rows: 50 }));
  await atStep(t, 1);
  for (const line of ["Plan: name, ends_at:datetime:default(expr(now() + interval '7 dayz'))", '']) { await t.type(line); await t.send('Enter'); }
  expect(await atStep(t, 2)).toMatch(/^❯ Plan +keep it/m);
  await t.send('Down', 'Down', 'Enter'); // Done
  await t.waitFor(/ERROR/, 30_000);
  expect(await t.exited(15_000)).not.toBe(0);
  const screen = await t.screen(); // all it wrote (the line seen at ERROR may not have been drawn whole yet)
  expect(screen).toMatch(/Plan\.ends_at: default\(expr\(now\(\) \+ interval '7 dayz'\)\) fails on PostgreSQL \(PGlite\): 22007: invalid input syntax/);
  expect(screen).not.toMatch(/preview/);
  expect(snapshot(dest)).toEqual(before);
}, 60_000);
