/**
 * The click path's Rename choices say what a rename does with the physical name, and the plan does it: an entity
 * under its own @table keeps its table (the hint said "the table keeps its rows under the new name"), a derived one
 * is renamed; a field under a column(…) the user chose keeps it (no migration), one stored as the field recased
 * (db-import's Title) is renamed as the design spells the new name (Headline).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildInit } from '../src/core/init.js';
import { planChange } from '../src/change/plan.js';
import { ChangeSpec } from '../src/change/spec.js';
import { Model } from '../src/state/model-schema.js';
import { askChange } from '../src/wizard/change.js';
import type { Inquirer } from '../src/wizard/io.js';

const NOWHERE = join(tmpdir(), 'db-scaffold-no-such-dir');
const AT = new Date('2026-03-05T05:06:07Z');
const ENTITIES = ['Album: title:string(160):column(Title), code:string(10):column(code_x), @timestamps(none), @table(Album)',
  'Shelf: label:string(40), @timestamps(none)'].join('\n');
const built = buildInit({ intake: 'Music.', db: 'postgres', orm: 'none', scale: 'team', style: 'schema-first', migctl: 'manual',
  entities: ENTITIES, relations: [], review: 'accept', runner: 'later', irreversible: [] }, undefined, NOWHERE, new Date('2026-03-04T05:06:07Z'));

/** Answers by question name; the hint of each choice shown, by question and value. */
function clicks(a: Record<string, string>) {
  const hints: Record<string, string> = {};
  const inq: Inquirer = { prompt: async (qs: object[]) => {
    const q = qs[0] as { name: string; choices?: { value: string; description?: string; name?: string }[] };
    for (const c of q.choices ?? []) hints[`${q.name}:${c.value}`] = JSON.stringify(c);
    return { [q.name]: a[q.name] };
  } };
  return { inq, hints };
}
async function run(a: Record<string, string>) {
  const { inq, hints } = clicks(a);
  const clicked = (await askChange(inq, built.design, NOWHERE)) as { model: unknown };
  return { hints, out: planChange(built.design, ChangeSpec.parse({}), NOWHERE, AT, Model.parse(clicked.model)) };
}

test.each([
  ['Album (@table(Album)) renamed', { entity: 'Album', target: 'rename', to: 'Record' }, 'target:rename',
    /the table keeps its name Album \(its @table\) and its rows/, undefined],
  ['Shelf (derived shelves) renamed', { entity: 'Shelf', target: 'rename', to: 'Rack' }, 'target:rename',
    /the table is renamed with it, its rows kept/, /RENAME TO "racks"/],
  ['Album.code (column(code_x)) renamed', { entity: 'Album', target: 'f:code', change: 'renameField', to: 'ref_code' }, 'change:renameField',
    /the column keeps its name code_x \(its column\(…\)\) and its data; only the design's name changes/, undefined],
  ['Album.title (column(Title)) renamed', { entity: 'Album', target: 'f:title', change: 'renameField', to: 'headline' }, 'change:renameField',
    /the same data under a new name \(the column is renamed\)/, /RENAME COLUMN "Title" TO "Headline"/],
])('%s: the hint says what the plan does', async (_, a, at, hint, up) => {
  const { hints, out } = await run(a);
  expect(hints[at]).toMatch(hint);
  if (up) expect(out.up).toMatch(up);
  else expect(out.migration).toBeUndefined();
});
