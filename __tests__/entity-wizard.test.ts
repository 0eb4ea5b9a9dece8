/** The REAL evolving generators in a pseudo-terminal: new lines on one screen, the matrix, then the migration
 *  pair previewed (up and down, then what the names gave) and confirmed; a stale seed said and refreshed on request; db-relation opens on
 *  "+ Add a pair" and refuses Done with nothing; Cancel writes nothing. Needs `npm run build`. */
import './support/needs-tmux.js'; // the terminal tests need Debian's tmux
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnTerm, type Term } from './support/pty.js';
import { atStep, drawn } from './support/wizard-flow.js';
import { snapshot } from './support/tree.js';
import { loadDesign } from '../src/state/store.js';
import { blog, blogAt } from './entity-cases.js';

const root = process.cwd();
const PLOP = join(root, 'node_modules', 'plop', 'bin', 'plop.js');
const terms: Term[] = [];
const plop = async (gen: string, dest: string) => {
  const t = await spawnTerm('node', [PLOP, gen, '--', '--dest', dest], { cwd: root, cols: 200, rows: 50 });
  terms.push(t);
  return t;
};
beforeAll(() => expect(existsSync(join(root, 'dist', 'plopfile.js'))).toBe(true)); // `npm run build` first
afterEach(async () => { await Promise.all(terms.splice(0).map((t) => t.kill())); });

test('db-entity: a refused line stays editable; the matrix; the preview of up and down; the stale seed refreshed', async () => {
  const dest = await blogAt('dbs-entity-wizard-', { ...blog, seed: 'smoke' });
  const t = await plop('db-entity', dest);
  await atStep(t, 1);
  await t.waitFor(/^Existing: User \(users\), Post \(posts\), Comment \(comments\), Tag \(tags\)$/m);
  await t.type('Post: title');
  await t.send('Enter');
  await t.waitFor(/^>> entities line 1: entity 'Post' is defined already/m);
  await t.send('C-u');
  for (const line of ['Branch: name, city', 'Shelf: label, branch_id', '']) { await t.type(line); await t.send('Enter'); }
  const m = await atStep(t, 2);
  expect(m).toMatch(/^❯ Branch ↔ Shelf +◂ One-to-many \(Branch→Shelf\) ▸/m);
  // + Add a pair: the first entity Branch (the 5th: User, Post, Comment, Tag, Branch, Shelf), then Post, FK branch_id
  await t.send('Down', 'Enter', 'Right', 'Right', 'Right', 'Right', 'Enter', 'Right', 'Enter', 'Enter');
  await t.waitFor(/^❯ Branch ↔ Post +◂ One-to-many \(Branch→Post\) ▸[^\n]*FK Post\.branch_id$/m);
  await t.send('Down', 'Down', 'Enter');
  const preview = await atStep(t, 3);
  expect(preview).toMatch(/^Preview and confirm · step 3\ndb-entity: preview \(lines 1–\d+ of \d+\)\n── migrations\/\d{14}_add_branch_and_shelf\.sql$/m);
  await t.send('End');
  const end = await drawn(t, /^db-entity: preview \(lines \d+–(\d+) of \1\)$/m); // at its last line (End landed), drawn whole
  expect(end).toMatch(/── migrations\/\d{14}_add_branch_and_shelf\.down\.sql/);
  expect(end).toMatch(/^Also written: db\/schema\.sql, db\/schema\.md, db\/schema\.svg, db\/schema\.dbml, db\/design\.json$/m);
  // what the names gave, as the report and the DDL review list it (issue 16)
  expect(end).toMatch(/^\d+ inferences listed at the end of the view \(scroll down\): what the names gave$/m);
  expect(end).toMatch(/^-- What the names gave \(inferred; type a field or add a modifier to change it\):$/m);
  expect(end).toMatch(/^--   Shelf\.branch_id: key type inferred from the name$/m);
  expect(end).toMatch(/^! db\/seed\.sql was made for the design before this change \(tier smoke\): it is stale/m);
  expect(end).toMatch(/^ Write +Write and refresh the seed \(smoke\) +Cancel$/m);
  await t.send('Right', 'Enter');
  expect(await t.exited(40_000)).toBe(0); // the pair, the schema files and the seed written
  expect(await t.screen()).toMatch(/seed: smoke → db\/seed\.sql refreshed/);
  const d = loadDesign(dest)!;
  expect(d.migrations.map((x) => x.name)).toEqual(['init_schema', 'add_branch_and_shelf']);
  expect(d.model!.relations.slice(-2)).toEqual([
    { from: 'Branch', to: 'Shelf', kind: 'one-to-many', column: 'branch_id' },
    { from: 'Branch', to: 'Post', kind: 'one-to-many', column: 'branch_id' },
  ]);
  expect(d.seed!.entities).toContain('Branch');
  expect(readFileSync(join(dest, 'db/seed.sql'), 'utf8')).toMatch(/INSERT INTO "branches"/);
}, 60_000);

test('db-relation: opens on "+ Add a pair", refuses Done with nothing, adds a self-reference with its column', async () => {
  const dest = await blogAt('dbs-relation-wizard-');
  const t = await plop('db-relation', dest);
  const first = await atStep(t, 1);
  expect(first).toMatch(/^❯ \+ Add a pair/m);
  await t.send('Down', 'Enter');
  await t.waitFor(/^>> no relation yet: set a kind with ←→ or add a pair$/m);
  await t.send('Up', 'Enter', 'Enter', 'Enter'); // User ↔ User
  await t.waitFor(/Add: User ↔ User +FK column in User: parent_user_id$/m);
  await t.send('C-u');
  await t.type('mentor_id');
  await t.send('Enter');
  await t.waitFor(/^❯ User ↔ User +◂ One-to-many \(parent User→child User\) ▸[^\n]*FK User\.mentor_id$/m);
  await t.send('d', 'Down', 'Down', 'Enter'); // on delete: restrict → no-action
  await atStep(t, 2);
  await t.send('Enter'); // Write
  expect(await t.exited(40_000)).toBe(0);
  const d = loadDesign(dest)!;
  expect(d.answers.relations).toBeDefined();
  expect(d.model!.relations).toContainEqual({ from: 'User', to: 'User', kind: 'one-to-many', column: 'mentor_id', onDelete: 'no-action' });
  const up = readFileSync(join(dest, d.migrations[1].up), 'utf8'); // the action picked in the matrix reaches the SQL
  expect(up).toMatch(/FOREIGN KEY \("mentor_id"\) REFERENCES "users" \("id"\) ON DELETE NO ACTION/);
}, 60_000);

test('db-field: Cancel at the preview writes nothing', async () => {
  const dest = await blogAt('dbs-field-wizard-');
  const before = snapshot(dest);
  const t = await plop('db-field', dest);
  await atStep(t, 1);
  for (const line of ['Post: summary:text:optional', '']) { await t.type(line); await t.send('Enter'); }
  await atStep(t, 2);
  await t.send('Right', 'Enter'); // Cancel
  expect(await t.exited(15_000)).toBe(0);
  expect(await t.screen()).toMatch(/db-field: cancelled at the preview; nothing written/);
  expect(snapshot(dest)).toEqual(before);
}, 60_000);
