/** The REAL db-schema wizard in a pseudo-terminal: a `ref(…)` field's relation is a read-only row of the matrix,
 *  labelled by its FK column and the field that holds it (←→ and d refuse in one line, naming where to change it);
 *  the answered relations leave it to the entity lines, and the schema has its FK with the ref's action.
 *  Needs `npm run build` (npm test does it). */
import './support/needs-tmux.js'; // the terminal tests need Debian's tmux
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnTerm, type Term } from './support/pty.js';
import { matrixRows } from './support/wizard-keys.js';
import { atStep, drawn, relate, review, typeEntities } from './support/wizard-flow.js';
import { readOutputs } from './support/outputs.js';
import { tempDir } from './support/temp.js';

const root = resolve(process.cwd());
const PLOP = join(root, 'node_modules', 'plop', 'bin', 'plop.js');
const LINES = ['Owner: name', 'Pet: name, owner_id', 'Vet: name', 'Visit: at:datetime, pet_id, doctor_id:ref(Vet, set-null)'];
const GIVEN = ['--intake', 'A vet clinic: owners have pets; pets have visits with a vet.', '--db', 'sqlite', '--orm', 'none', '--scale', 'solo',
  '--style', 'schema-first', '--migctl', 'manual', '--runner', 'later', '--seed', 'skip'];

let term: Term | undefined;
let dest = '';
afterEach(async () => { await term?.kill(); term = undefined; rmSync(dest, { recursive: true, force: true }); });

test('a ref(…) field shows as a read-only matrix row labelled by its FK column; the design keeps it as the entity line says', async () => {
  dest = tempDir('wizard-ref');
  term = await spawnTerm('node', [PLOP, 'db-schema', '--', '--dest', dest, ...GIVEN], { cwd: root, cols: 200, rows: 50 });
  await typeEntities(term, 1, LINES);
  const m = await atStep(term, 2);
  const rows = matrixRows(m);
  expect(rows).toEqual(expect.arrayContaining([
    expect.stringMatching(/^Vet ↔ Visit +One-to-many \(Vet→Visit\) +on delete: set-null +FK Visit\.doctor_id +held by Visit\.doctor_id:ref\(Vet\), read-only$/),
  ]));
  expect(rows.filter((r) => /doctor_id/.test(r))).toHaveLength(1); // not hinted a second time as a pair to answer
  const at = rows.findIndex((r) => /held by/.test(r));
  await term.send(...Array(at).fill('Down'), 'Right');
  await term.waitFor(/>> Visit\.doctor_id:ref\(Vet\) holds it: change it in the entity lines, or later with db-change/);
  // off the row and back (a move clears the line), then d: the line again is d's own, not the one → left
  await term.send('Down', 'Up');
  await term.waitFor(/^(?![\s\S]*>> Visit\.doctor_id)[\s\S]*\n❯ Vet ↔ Visit [^\n]*held by/);
  await term.send('d');
  const after = await drawn(term, /^>> Visit\.doctor_id:ref\(Vet\) holds it/m);
  expect(matrixRows(after).find((r) => /held by/.test(r))).toMatch(/One-to-many \(Vet→Visit\) +on delete: set-null/); // unchanged
  const below = rows.length - at + 2; // the rows below it, the loose entities (none), + Add a pair, Done
  await relate(term, 2, [], below - 1);
  await review(term, 3);
  await atStep(term, 4); // irreversible tables: none
  await term.send('Enter');
  expect(await term.exited(20_000)).toBe(0);
  const { sql, design } = readOutputs(dest);
  expect(design.answers.relations).not.toEqual(expect.arrayContaining([expect.objectContaining({ column: 'doctor_id' })]));
  expect((design.model as { relations: unknown[] }).relations).toEqual(expect.arrayContaining([
    expect.objectContaining({ from: 'Vet', to: 'Visit', kind: 'one-to-many', column: 'doctor_id', onDelete: 'set-null' }),
  ]));
  expect(sql).toMatch(/FOREIGN KEY \("doctor_id"\) REFERENCES "vets" \("id"\) ON DELETE SET NULL/);
}, 90_000);
