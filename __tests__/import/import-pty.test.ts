/**
 * The REAL `plop db-import` click path in a pseudo-terminal (tmux): the source (a schema file found in the folder),
 * its engine, the relations it recognised (one unselected: kept as a plain column, its FK to the residue), the
 * runner; then the files are written and the design is right: its baseline + the residue on a fresh sql.js give
 * the file's catalog object by object.
 */
import '../support/needs-tmux.js'; // the terminal tests need Debian's tmux
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffCatalogs } from '../../src/catalog/diff.js';
import { dialectOf } from '../../src/dialects/registry.js';
import { loadDesign } from '../../src/state/store.js';
import { spawnTerm, type Term } from '../support/pty.js';
import { openReadable } from '../support/readable.js';
import { tempDir } from '../support/temp.js';
import { keys } from '../support/wizard-keys.js';
import { drawn } from '../support/wizard-flow.js';
import { PKG } from './roundtrip.js';

const PLOP = join(PKG, 'node_modules', 'plop', 'bin', 'plop.js');
const SQL = readFileSync(join(PKG, '__tests__', 'import', 'samples', 'rental', 'sqlite.sql'), 'utf8');

describe('db-import in a terminal', () => {
  let term: Term | undefined;
  const dest = tempDir('import-pty');
  beforeAll(() => expect(existsSync(join(PKG, 'dist', 'plopfile.js'))).toBe(true)); // `npm run build` first
  afterAll(async () => { await term?.kill(); rmSync(dest, { recursive: true, force: true }); });

  it('source → engine → relations → runner: files written, the design recreates the file', async () => {
    writeFileSync(join(dest, 'schema.sql'), SQL);
    term = await spawnTerm('node', [PLOP, 'db-import', '--', '--dest', dest], { cwd: PKG, cols: 200, rows: 80, env: { DATABASE_URL: '' } });
    const k = keys(term, 60_000);
    await k.choose('? Import from', 'schema.sql');
    await k.choose('? Database engine', 'SQLite');
    const screen = await drawn(term, /Relations recognised from the foreign keys/, 60_000); // the rows read below: all drawn
    expect(screen).toMatch(/Actor ↔ Film through film_actor/);
    expect(screen).toMatch(/Language → Film \(language_id\)/);
    const rows = screen.split('\n').filter((l) => /[◯◉] /.test(l));
    const at = rows.findIndex((l) => l.includes('Language → Film (language_id)'));
    await term.send(...Array(at).fill('Down'), 'Space');
    await term.waitFor(/selected: Language → Film \(language_id\)/);
    await term.send('Enter');
    await k.choose('? Add kei-migrate to the project?', 'Use an existing runner');
    await k.choose('? Which runner?', 'dbmate');
    const code = await term.exited(120_000);
    const out = await term.screen();
    expect(`exit ${code}\n${out}`).toMatch(/^exit 0\n/); // the screen shown when it is not
    expect(out).toMatch(/written +db\/design\.json/);
    expect(out).toMatch(/INSERT INTO schema_migrations \(version\) VALUES \('\d{14}'\);/);
    const design = loadDesign(dest)!;
    expect(design.answers).toMatchObject({ db: 'sqlite', runner: 'existing', existing: 'dbmate' });
    expect(design.answers.relations).toEqual([expect.objectContaining({ kind: 'many-to-many', name: 'film_actor' })]);
    expect(design.answers.entities).toMatch(/^Film: .*language_id:smallint, .*@plain\(language_id\)/m); // a plain column, no ref(Language)
    expect(design.residue).toContainEqual(expect.objectContaining({ kind: 'table', name: 'film', reason: expect.stringMatching(/foreign keys/) }));
    // the design is right: baseline + residue on a fresh sql.js give the file's catalog
    const [orig, fresh] = [await openReadable('sqlite'), await openReadable('sqlite')];
    try {
      await orig.exec(SQL);
      await fresh.exec(readFileSync(join(dest, design.migrations[0].up), 'utf8').split(/^-- migrate:down/m)[0]);
      await fresh.exec(readFileSync(join(dest, 'db', 'residue.sql'), 'utf8'));
      const read = (db: typeof orig) => dialectOf('sqlite').readCatalog(db.conn);
      expect(diffCatalogs(await read(orig), await read(fresh))).toEqual([]);
    } finally {
      await orig.close();
      await fresh.close();
    }
  }, 240_000);
});
