/** The REAL db-entity wizard (`plop db-entity`) in a pseudo-terminal: new entity lines, then the relations matrix. */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnTerm, type Term } from './support/pty.js';
import { keys, nth } from './support/wizard-keys.js';
import { loadDesign } from '../src/state/store.js';
import { blogAt } from './entity-cases.js';

const root = process.cwd();
const PLOP = join(root, 'node_modules', 'plop', 'bin', 'plop.js');

describe('db-entity wizard in a terminal', () => {
  let term: Term | undefined;
  let dest = '';
  beforeAll(() => expect(existsSync(join(root, 'dist', 'plopfile.js'))).toBe(true)); // `npm run build` first
  afterEach(async () => { await term?.kill(); term = undefined; rmSync(dest, { recursive: true, force: true }); });

  it('refuses an existing entity in place, asks new ↔ new pairs first, any pair on request', async () => {
    dest = await blogAt('dbs-entity-wizard-');
    term = await spawnTerm('node', [PLOP, 'db-entity', '--', '--dest', dest], { cwd: root, cols: 200, rows: 60 });
    const k = keys(term);
    await term.waitFor(/^Existing: User \(users\), Post \(posts\), Comment \(comments\), Tag \(tags\)$/m);
    await k.line('New entity line (blank line to finish)', 'Post: title');
    await term.waitFor(/^>> entities line 1: entity 'Post' is defined already/m);
    await term.send('C-u');
    await k.line('New entity line (blank line to finish)', 'Branch: name, city');
    await k.line('New entity line (1 so far;', 'Shelf: label, branch_id');
    await k.line('New entity line (2 so far;', '');
    await k.choose('? Branch ↔ Shelf', 'One-to-many (Branch→Shelf)');
    await k.choose('? Relations', 'Add a relation');
    await k.choose('? First entity', 'Branch');
    await k.choose('? Second entity', 'Post');
    await k.choose('? Branch ↔ Post', 'One-to-many (Branch→Post)');
    await k.choose(nth('? Relations', 2), 'Done');
    expect(await term.exited(15_000)).toBe(0);
    const screen = await term.screen();
    expect(screen).toMatch(/^Note: +posts\.branch_id \(FK to Branch\) is added NULLable/m);
    const d = loadDesign(dest)!;
    expect(d.migrations.map((m) => m.name)).toEqual(['init_schema', 'add_branch_and_shelf']);
    expect(d.model!.relations.slice(-2)).toEqual([
      { from: 'Branch', to: 'Shelf', kind: 'one-to-many', column: 'branch_id' },
      { from: 'Branch', to: 'Post', kind: 'one-to-many', column: 'branch_id' },
    ]);
  });
});
