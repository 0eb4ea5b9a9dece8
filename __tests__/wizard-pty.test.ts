/** The REAL db-schema wizard (`plop db-schema`) in a pseudo-terminal, intake to report: a five-entity design
 *  in 8 screens that take input; one revision with its diff; with no terminal, the missing keys in one line.
 *  Needs `npm run build` (npm test does it). */
import './support/needs-tmux.js'; // the terminal tests need Debian's tmux
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnTerm, type Term } from './support/pty.js';
import { matrixRows, REPORT_LABELS, runPiped, screensSeen } from './support/wizard-keys.js';
import { atStep, decide, finish, relate, review, typeEntities, typeIntake, VET, VET_INTAKE } from './support/wizard-flow.js';
import { initPair, readOutputs } from './support/outputs.js';
import { tempDir } from './support/temp.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PLOP = join(root, 'node_modules', 'plop', 'bin', 'plop.js');
const SCREENS = ['1 intake', '1 intake', '2 entities and relations', '2 entities and relations', '3 DDL review', '4 migrations', '4 migrations', '5 seed'];

describe('db-schema wizard in a terminal', () => {
  let term: Term | undefined;
  let dest = '';
  beforeAll(() => expect(existsSync(join(root, 'dist', 'plopfile.js'))).toBe(true)); // `npm run build` first
  beforeEach(() => { dest = tempDir('wizard'); });
  afterEach(async () => { await term?.kill(); term = undefined; rmSync(dest, { recursive: true, force: true }); });

  it('five entities, two hinted relations and one many-to-many: intake to report in 8 screens', async () => {
    term = await spawnTerm('node', [PLOP, 'db-schema', '--', '--dest', dest], { cwd: root, cols: 200, rows: 50 });
    await typeIntake(term, 1, VET_INTAKE);
    const form = await atStep(term, 2);
    expect(form).toMatch(/Database engine +◂ PostgreSQL ▸[^\n]*\n.*\n +from your description: '[^']*PostgreSQL in production'/);
    expect(form).toMatch(/Migration control +Hybrid +manual in production, automatic in development/);
    await decide(term, 2);
    await typeEntities(term, 3, VET);
    const m = await atStep(term, 4);
    expect(matrixRows(m)).toEqual([
      expect.stringMatching(/^Owner ↔ Pet +◂ One-to-many \(Owner→Pet\) ▸ +on delete: restrict +FK Pet\.owner_id$/),
      expect.stringMatching(/^Pet ↔ Visit +One-to-many \(Pet→Visit\)/), // hinted by Visit.pet_id: preselected
      expect.stringMatching(/^Owner ↔ Visit +None$/), expect.stringMatching(/^Pet ↔ Vet +None$/), // named together
    ]);
    expect(m).toMatch(/Medicine +keep it/);
    // Pet ↔ Vet: many-to-many, its junction named on the row
    await relate(term, 4, ['Down', 'Down', 'Down', 'Right', 'Right', 'Right', 'Right'], 3, /Pet ↔ Vet +Many-to-many[^\n]*junction pet_vets, cascade$/m);
    const ddl = await review(term, 5);
    expect(ddl).toMatch(/^db\/schema\.sql \(lines 1–\d+ of \d+\)$/m);
    expect(ddl).toMatch(/Accept +Revise entities +Revise relations +Revise types +Revise indexes/);
    await finish(term, 6, 'Install from source with cargo', 'Skip', [4]); // Medicine irreversible
    expect(await term.exited(20_000)).toBe(0);
    const screen = await term.screen();
    expect(screensSeen(screen)).toEqual(SCREENS);
    expect(screen).toMatch(/^✔ Phase 1\/5 — intake · step 1 of 8 Describe the app in one paragraph A vet clinic on PostgreSQL in production\. Owners have pets that come …$/m); // the count is known from the start
    expect(screen).toMatch(/^Phase 5\/5 — seed · step 8 of 8$/m);
    expect(screensSeen(screen).length).toBeLessThanOrEqual(9);
    const block = screen.slice(screen.indexOf('== db-scaffold report =='));
    for (const label of REPORT_LABELS) expect(block).toMatch(new RegExp(`^${label}: +\\S`, 'm'));
    expect(block).toMatch(/^Entities: +6 tables \(entities 5, junctions 1\), relations 3/m);
    const { sql, migrations, design } = readOutputs(dest);
    expect(sql).toMatch(/CREATE TABLE IF NOT EXISTS "pet_vets" \([\s\S]*PRIMARY KEY \("pet_id", "vet_id"\)/);
    expect(sql).toMatch(/FOREIGN KEY \("owner_id"\) REFERENCES "owners" \("id"\) ON DELETE RESTRICT/);
    const ts = initPair(migrations)!;
    expect(readFileSync(join(dest, 'migrations', `${ts}_init_schema.down.sql`), 'utf8')).toMatch(/IRREVERSIBLE: kept "medicines"/);
    expect(design.answers).toMatchObject({ db: 'postgres', orm: 'none', scale: 'team', migctl: 'hybrid', irreversible: ['Medicine'] });
    expect(design).not.toHaveProperty('wizard');
  }, 90_000);

  it('one revision (a type, NULL-ness and a default): the review shows the diff against the previous DDL', async () => {
    const given = ['--intake', VET_INTAKE, '--db', 'sqlite', '--orm', 'none', '--scale', 'solo', '--style', 'schema-first',
      '--migctl', 'manual', '--runner', 'later', '--seed', 'skip'];
    term = await spawnTerm('node', [PLOP, 'db-schema', '--', '--dest', dest, ...given], { cwd: root, cols: 200, rows: 50 });
    await typeEntities(term, 1, VET.slice(0, 2));
    await relate(term, 2, [], 3);
    await review(term, 3, 3); // Revise types
    await term.waitFor('? Which field? (type, NULL)');
    await term.send('Down', 'Down', 'Down', 'Enter'); // Pet.species
    await atStep(term, 5);
    await term.send('Left', 'Down', 'Right', 'Down', 'Right', 'Down', 'Enter'); // text → string; required → optional; default(''); Apply
    const revised = await atStep(term, 6);
    expect(revised).toMatch(/^Phase 3\/5 — DDL review · step 6 of 7$/m); // 4 screens, then 3 for the revision
    expect(revised).toMatch(/db\/schema\.sql — revision 1/);
    expect(revised).toMatch(/Changes since the previous revision:\n@@ -\d+,\d+ \+\d+,\d+ @@[\s\S]*^-  "species" TEXT NOT NULL,\n\+  "species" VARCHAR\(255\) DEFAULT '',$/m);
    await term.send('Enter'); // Accept
    await atStep(term, 7); // irreversible tables: none
    await term.send('Enter');
    expect(await term.exited(20_000)).toBe(0);
    const { sql, design } = readOutputs(dest);
    expect(design.answers.entities).toMatch(/^Pet: name, species:string:default\(''\):optional, owner_id$/m);
    expect(sql).toMatch(/"species" VARCHAR\(255\) DEFAULT '',\n/);
  }, 90_000);

  it('with no terminal and a partial spec: exits non-zero naming the missing keys, writes nothing', async () => {
    const spec = join(dest, 'partial.json');
    writeFileSync(spec, JSON.stringify({ intake: 'A shop.', db: 'sqlite', orm: 'none', scale: 'solo' }));
    const out = join(dest, 'out');
    const r = await runPiped('node', [PLOP, 'db-schema', '--', '--spec', spec, '--dest', out], { cwd: root, env: { CI: 'true' } });
    expect(r.code).not.toBe(0);
    const line = /missing answers: ([a-z, ]+)/.exec(r.out)?.[1] ?? r.out;
    expect(line.trim().split(', ')).toEqual(['style', 'migctl', 'entities', 'relations', 'review', 'runner', 'seed']);
    expect(r.out).not.toMatch(/\n\s+at /); // one line, no stack trace
    expect(existsSync(out)).toBe(false);
  }, 30_000);
});
