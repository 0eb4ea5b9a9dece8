/** The REAL db-change click path (`plop db-change`) in a pseudo-terminal: entity → field → change → preview (pager) → Write. */
import './support/needs-tmux.js'; // the terminal tests need Debian's tmux
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnTerm, type Term } from './support/pty.js';
import { keys } from './support/wizard-keys.js';
import { drawn } from './support/wizard-flow.js';
import { loadDesign } from '../src/state/store.js';
import { blogAt } from './entity-cases.js';

const root = process.cwd();
const PLOP = join(root, 'node_modules', 'plop', 'bin', 'plop.js');

describe('db-change in a terminal', () => {
  let term: Term | undefined;
  let dest = '';
  beforeAll(() => expect(existsSync(join(root, 'dist', 'plopfile.js'))).toBe(true)); // `npm run build` first
  afterEach(async () => { await term?.kill(); term = undefined; rmSync(dest, { recursive: true, force: true }); });

  const start = async () => {
    dest = await blogAt('dbs-change-wizard-');
    term = await spawnTerm('node', [PLOP, 'db-change', '--', '--dest', dest], { cwd: root, cols: 200, rows: 80 });
    return keys(term, 40_000);
  };
  const written = () => {
    const d = loadDesign(dest)!;
    const m = d.migrations[d.migrations.length - 1];
    return { d, up: readFileSync(join(dest, m.up), 'utf8'), down: readFileSync(join(dest, m.down), 'utf8') };
  };

  it('renames a field: preview of the up and its down, then one pair written', async () => {
    const k = await start();
    await k.choose('? Entity to change', 'Post');
    await k.choose('? What of Post', 'title');
    await k.choose('? Post.title', 'Rename');
    await k.line('? New name for Post.title', 'headline');
    const preview = await drawn(term!, /^db-change: preview \(/m, 40_000); // the whole screen, not its first lines
    expect(preview).toMatch(/^── migrations\/\d{14}_change_posts\.sql$/m);
    await term!.send('Enter'); // Write
    expect(await term!.exited(40_000)).toBe(0);
    const { d, up, down } = written();
    expect(d.model!.entities.find((e) => e.name === 'Post')!.fields.map((f) => f.name)).toContain('headline');
    expect(up).toContain('ALTER TABLE "posts" RENAME COLUMN "title" TO "headline";');
    expect(down).toContain('ALTER TABLE "posts" RENAME COLUMN "headline" TO "title";');
  });

  it('NOT NULL asks the value for the rows holding NULL; a drop is confirmed where it shows', async () => {
    const k = await start();
    await k.choose('? Entity to change', 'User');
    await k.choose('? What of User', 'bio');
    await k.choose('? User.bio', 'NULL allowed or not');
    await k.choose('? Rows of User.bio that hold NULL', 'Fill them with a value');
    await k.line("? Value for the rows of User.bio that hold NULL", "'n/a'");
    await term!.waitFor(/db-change: preview/, 40_000);
    await term!.send('Enter'); // Write
    expect(await term!.exited(40_000)).toBe(0);
    expect(written().up).toMatch(/UPDATE "users" SET "bio" = 'n\/a' WHERE "bio" IS NULL;\n[\s\S]*ALTER COLUMN "bio" SET NOT NULL/);
    await term!.kill();
    term = await spawnTerm('node', [PLOP, 'db-change', '--', '--dest', dest], { cwd: root, cols: 200, rows: 80 });
    const k2 = keys(term, 40_000);
    await k2.choose('? Entity to change', 'Tag');
    await k2.choose('? What of Tag', 'Drop Tag');
    await k2.choose('? db-change: this change drops table tags; drops table post_tags: data may be lost', 'Yes, drop');
    await term.waitFor(/db-change: preview/, 40_000);
    await term.send('Enter'); // Write
    expect(await term.exited(40_000)).toBe(0);
    const { d, up } = written();
    expect(d.schema!.tables.map((t) => t.name)).not.toContain('tags');
    expect(up).toContain('-- DESTRUCTIVE: drops table tags; the down restores the structure, the data does not come back.');
  });
});
