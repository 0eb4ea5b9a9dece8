/** The real db-schema wizard in a terminal, everything answered in the spec but the runner: "Use an existing
 *  runner" is followed by "Which runner?" (one-line descriptions), and dbmate's layout is what gets written. */
import '../support/needs-tmux.js'; // the terminal tests need Debian's tmux
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnTerm, type Term } from '../support/pty.js';
import { keys } from '../support/wizard-keys.js';
import { exampleSpec } from '../support/golden.js';
import { tempDir } from '../support/temp.js';
import { loadDesign } from '../../src/state/store.js';

const root = process.cwd();
const PLOP = join(root, 'node_modules', 'plop', 'bin', 'plop.js');
let term: Term | undefined;
beforeAll(() => expect(existsSync(join(root, 'dist', 'plopfile.js'))).toBe(true)); // `npm run build` first
afterEach(async () => { await term?.kill(); term = undefined; });

test('runner: existing → Which runner? → dbmate: db/migrations/ written, the answer saved', async () => {
  const dir = tempDir('runner-pty');
  const { runner: _r, ...spec } = exampleSpec('blog');
  writeFileSync(join(dir, 'spec.json'), JSON.stringify(spec));
  const dest = join(dir, 'app');
  term = await spawnTerm('node', [PLOP, 'db-schema', '--', '--spec', join(dir, 'spec.json'), '--dest', dest], { cwd: root, cols: 200, rows: 50 });
  const k = keys(term, 20_000);
  const runnerScreen = await k.choose('Add kei-migrate to the project?', 'Use an existing runner');
  expect(runnerScreen).toMatch(/❯ Install from source with cargo/); // no Cargo.toml, no ORM runner: the binary preselected
  await term.waitFor(/Which runner\?[\s\S]*^. Atlas — /m); // the list drawn to its last line, read below
  const which = await k.choose('Which runner?', 'dbmate');
  for (const line of ['dbmate — db/migrations/', 'goose — migrations/', 'golang-migrate — ', 'sqlx-cli — ', 'Atlas — ']) expect(which).toContain(line);
  await term.waitFor(/npx dbmate --no-dump-schema up/, 30_000);
  expect(await term.exited(20_000)).toBe(0);
  expect(readdirSync(join(dest, 'db', 'migrations'))).toEqual([expect.stringMatching(/^\d{14}_init_schema\.sql$/)]);
  expect(loadDesign(dest)!.answers).toMatchObject({ runner: 'existing', existing: 'dbmate' });
}, 90_000);
