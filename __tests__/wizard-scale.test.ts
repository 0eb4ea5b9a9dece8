/** 5, 15 and 30 entities through the real wizard: the number of screens that take input stays the same, and the
 *  matrix has a row per hinted pair (a chain: n − 1), not one per pair of entities (n(n − 1)/2). Printed as a
 *  table. Needs `npm run build`. */
import './support/needs-tmux.js'; // the terminal tests need Debian's tmux
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnTerm, type Term } from './support/pty.js';
import { matrixRows, screensSeen } from './support/wizard-keys.js';
import { atStep, decide, finish, relate, review, typeEntities, typeIntake } from './support/wizard-flow.js';
import { tempDir } from './support/temp.js';

const root = resolve('.');
const PLOP = join(root, 'node_modules', 'plop', 'bin', 'plop.js');
/** A chain: Part2 has part1_id, Part3 has part2_id, …: n − 1 hinted pairs. */
const chain = (n: number) => Array.from({ length: n }, (_, i) => `Part${i + 1}: name${i ? `, part${i}_id` : ''}`);

const rows: { entities: number; screens: number; matrixRows: number; allPairs: number }[] = [];
let term: Term | undefined;
afterEach(async () => { await term?.kill(); term = undefined; });
afterAll(() => {
  console.log(['entities  screens  matrix rows  all pairs', ...rows.map((r) =>
    `${String(r.entities).padStart(8)}  ${String(r.screens).padStart(7)}  ${String(r.matrixRows).padStart(11)}  ${String(r.allPairs).padStart(9)}`)].join('\n'));
});

test.each([5, 15, 30])('%i entities: the same screens; matrix rows = hinted pairs', async (n) => {
  const dest = tempDir(`scale-${n}`);
  term = await spawnTerm('node', [PLOP, 'db-schema', '--', '--dest', dest], { cwd: root, cols: 200, rows: 60 });
  await typeIntake(term, 1, `A parts catalogue on SQLite, about ${n} entities.`);
  await decide(term, 2);
  await typeEntities(term, 3, chain(n));
  const matrix = await term.waitFor(/· step 4 of 8\n[\s\S]*\+ Add a pair/, 15_000); // drawn whole
  await relate(term, 4, [], n - 1 + 1); // every hinted pair row, then + Add a pair, then Done
  await review(term, 5);
  await finish(term, 6, 'Decide later', 'Skip');
  expect(await term.exited(30_000)).toBe(0);
  const screens = screensSeen(await term.screen());
  const pairs = matrixRows(matrix);
  rows.push({ entities: n, screens: screens.length, matrixRows: pairs.length, allPairs: (n * (n - 1)) / 2 });
  expect(screens).toEqual(['1 intake', '1 intake', '2 entities and relations', '2 entities and relations', '3 DDL review', '4 migrations', '4 migrations', '5 seed']);
  expect(pairs).toHaveLength(n - 1);
  expect(pairs.every((p, i) => p.startsWith(`Part${i + 1} ↔ Part${i + 2} `))).toBe(true);
  expect(existsSync(join(dest, 'db', 'schema.sql'))).toBe(true);
  rmSync(dest, { recursive: true, force: true });
}, 120_000);

test('the table: screens constant, matrix rows linear in the hinted pairs', () => {
  expect(rows.map((r) => r.screens)).toEqual([8, 8, 8]);
  expect(rows.map((r) => r.matrixRows)).toEqual([4, 14, 29]);
  expect(rows.map((r) => r.allPairs)).toEqual([10, 105, 435]);
});
