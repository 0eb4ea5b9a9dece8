/** The DDL review's "Show the diagram" in the REAL wizard (`plop db-schema` in a pseudo-terminal): the laid-out
 *  SVG of the design as it stands is written to a temp file whose path is printed; nothing is written to the
 *  target before the end, the review comes back, and Accept then writes db/schema.svg with the same tables. */
import '../support/needs-tmux.js'; // the terminal tests need Debian's tmux
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnTerm, type Term } from '../support/pty.js';
import { atStep, relate, review, typeEntities, VET, VET_INTAKE } from '../support/wizard-flow.js';
import { tempDir } from '../support/temp.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PLOP = join(root, 'node_modules', 'plop', 'bin', 'plop.js');
const tables = (svg: string) => [...svg.matchAll(/data-table="([^"]+)"/g)].map((m) => m[1]).sort();

describe('Show the diagram', () => {
  let term: Term | undefined;
  let dest = '';
  beforeEach(() => { dest = tempDir('diagram'); });
  afterEach(async () => { await term?.kill(); term = undefined; rmSync(dest, { recursive: true, force: true }); });

  it('writes the SVG to a temp file, prints its path, and returns to the review', async () => {
    const given = ['--intake', VET_INTAKE, '--db', 'sqlite', '--orm', 'none', '--scale', 'solo', '--style', 'schema-first',
      '--migctl', 'manual', '--runner', 'later', '--seed', 'skip'];
    term = await spawnTerm('node', [PLOP, 'db-schema', '--', '--dest', dest, ...given], { cwd: root, cols: 200, rows: 50 });
    await typeEntities(term, 1, VET.slice(0, 2));
    await relate(term, 2, [], 3);
    await review(term, 3, 5); // Show the diagram
    const shown = await term.waitFor(/^diagram: (\S+schema\.svg) \(open it/m);
    const file = /^diagram: (\S+schema\.svg) \(open it/m.exec(shown)![1];
    expect(existsSync(join(dest, 'db', 'schema.svg'))).toBe(false); // no schema file in the target yet
    const svg = readFileSync(file, 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(tables(svg)).toEqual(['owners', 'pets']);
    expect(await atStep(term, 4)).toMatch(/^Phase 3\/5 — DDL review · step 4 of 5$/m); // the review again: one screen more
    await term.send('Enter'); // Accept
    await atStep(term, 5);
    await term.send('Enter'); // no irreversible table
    expect(await term.exited(20_000)).toBe(0);
    expect(readdirSync(join(dest, 'db')).sort()).toEqual(['design.json', 'schema.dbml', 'schema.md', 'schema.sql', 'schema.svg']);
    expect(tables(readFileSync(join(dest, 'db', 'schema.svg'), 'utf8'))).toEqual(['owners', 'pets']);
  }, 90_000);
});
