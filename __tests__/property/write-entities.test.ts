/**
 * Property: the model written back as entity lines reads back as the same model (parse(write(model)) = model)
 * over random designs (every type, modifier, inference rule, directive and relation kind of the arbitraries);
 * and after click edits the stored `answers.entities` says the edited design.
 */
import fc from 'fast-check';
import { buildModel } from '../../src/core/design.js';
import { isUserError } from '../../src/cli/errors.js';
import { writeEntities } from '../../src/model/write-entities.js';
import { applyEdit, type Edit } from '../../src/model/edit.js';
import type { Model } from '../../src/state/model-schema.js';
import { design } from '../support/arbitraries.js';
import { blog } from '../entity-cases.js';

const RUNS = Number(process.env.PBT_RUNS ?? 300);
const SEED = Number(process.env.PBT_SEED ?? 42);

/** The model without what only says where it came from (ids are given again on every read; lines move). */
const meaning = (m: Model) => JSON.parse(JSON.stringify(m, (k, v) => (k === 'id' || k === 'line' ? undefined : v)));
const reread = (m: Model) => buildModel({ entities: writeEntities(m), relations: m.relations });

function built(c: { entities: string; relations: Model['relations'] }): Model | undefined {
  try { return buildModel(c); } catch (e) { if (!isUserError(e)) throw e; return undefined; }
}

test('parse(write(model)) = model over random designs', () => {
  let checked = 0;
  fc.assert(fc.property(design, (c) => {
    const m = built(c);
    if (!m) return;
    checked++;
    expect(meaning(reread(m))).toEqual(meaning(m));
  }), { numRuns: RUNS, seed: SEED });
  expect(checked).toBeGreaterThan(RUNS / 4); // most draws are valid designs: the property is not vacuous
});

test('after click edits the written lines are the edited design', () => {
  const m = buildModel(blog);
  const edits = [
    { kind: 'renameField', entity: 'Post', field: 'body', to: 'content' },
    { kind: 'key', entity: 'Tag', field: 'name', mode: 'index' },
    { kind: 'nullable', entity: 'User', field: 'bio' },
    { kind: 'default', entity: 'Post', field: 'view_count', value: '' },
    { kind: 'type', entity: 'Post', field: 'status', type: 'enum(draft|live)' },
    { kind: 'renameEntity', entity: 'Tag', to: 'Label' },
    { kind: 'checks', entity: 'Post', field: 'view_count', checks: [] }, // the inferred one taken away: written typed
    { kind: 'checks', entity: 'User', field: 'display_name', checks: ['email'] },
    { kind: 'key', entity: 'User', field: 'email', mode: 'none' },
  ] satisfies Edit[];
  const edited = edits.reduce((x, e) => applyEdit(x, e).model, m);
  const text = writeEntities(edited);
  expect(text).toMatch(/^Post: .*\bcontent:text\b.*\bstatus:enum\(draft\|live\)/m);
  expect(text).toMatch(/\bview_count:integer(,|$)/m);
  expect(text).toMatch(/^User: email:string\(320\):email, username, display_name:email, bio:text,/m);
  expect(text).toMatch(/^Label: name:string:index$/m);
  expect(text).not.toMatch(/^Post: .*\bbody\b|^Tag/m);
  const noReason = (m: Model) => JSON.parse(JSON.stringify(meaning(m), (k, v) => (k === 'reason' ? undefined : v)));
  expect(noReason(reread(edited))).toEqual(noReason(edited)); // a click on an inferred field makes the line type it
});
