/**
 * db-change: change anything in a design that has migrations: the whole design as it should now be
 * (`--spec FILE`: entities and relations as db-schema takes them, plus renames, replace,
 * allowDestructive and backfill), or the click path in a terminal. One migration pair (+ its exact
 * down), db/schema.sql regenerated, the state last; every written migration checked first. In a
 * terminal the pair is previewed and confirmed (with the offer to refresh a stale seed).
 */
import { requireDesign } from '../src/state/store.js';
import { now } from '../src/core/paths.js';
import { verifyMigrations } from '../src/core/checksums.js';
import { CHANGE_KEYS, givenChange, parseChange } from '../src/change/spec.js';
import { planChange } from '../src/change/plan.js';
import { resolveAmbiguities } from '../src/wizard/change-renames.js';
import { askChange } from '../src/wizard/change.js';
import { planChecked } from '../src/io/expr-check.js';
import { previewConfirm, staleSeed } from '../src/wizard/preview.js';
import { Model } from '../src/state/model-schema.js';
import type { SeedTier } from '../src/state/answers-schema.js';
import { fail } from '../src/cli/errors.js';
import { CLOCK_AT, CONFIRM, clockOf, confirmed, withSeed } from './db-entity.js';
import { designOf, READ, type Core, type Data, type Plan } from './shared.js';

const NAME = 'db-change';

async function planned(data: Data, dest: string): Promise<Plan> {
  const design = designOf(data, dest, NAME);
  verifyMigrations(dest, design);
  const raw = Object.fromEntries(Object.entries(data).filter(([k]) => CHANGE_KEYS.includes(k)));
  const clicked = data.model ? Model.parse(data.model) : undefined;
  const changed = planChange(design, parseChange(NAME, raw), dest, clockOf(data), clicked);
  const stale = staleSeed(design);
  if (stale && data[CONFIRM] === 'write-seed') return withSeed(changed.files, changed.design, stale as SeedTier, changed.report);
  return { files: changed.files, after: [changed.report] };
}

export const DB_CHANGE: Core = {
  name: NAME,
  keys: ['entities', 'relations'],
  more: {
    renames: 'JSON [{"from":"Tag","to":"Label"},{"from":"Book.title","to":"Book.headline"}]: renamed, not dropped and added',
    replace: 'JSON ["Book.code"]: dropped and added anew (not a rename)',
    allowDestructive: 'true to confirm a change that drops or narrows (data may be lost)',
    backfill: 'JSON {"Book.subtitle":"\'none\'"}: a one-off value for NULLs when a field becomes required',
    renameValues: 'JSON {"Book.status":{"live":"published"}}: enum values renamed in the rows (CHECK dropped, UPDATE, CHECK added)',
    data: 'JSON {"up":"db/move.sql","down":"db/back.sql"}: your SQL that moves the rows between the two shapes (a data step)',
    residue: 'JSON {"drop":["people.qty"]}: the language\'s definition of a column this change alters wins over db/residue.sql\'s',
    contract: 'true: write the contract migrations of the online expand that waits for them (after the new code is deployed)',
  },
  example: '--spec change.json   (the whole design as it should now be; renames, replace, allowDestructive, backfill beside it)',
  description: 'change anything (type, size, NULL, default, unique, index, FK action, rename, drop): one migration pair with its exact down',
  pending: (args, dest) => {
    requireDesign(dest, NAME);
    const g = givenChange(args);
    return g.entities === undefined && g.contract !== true ? ['entities'] : [];
  },
  gather: async (args, dest, inq) => {
    const design = requireDesign(dest, NAME);
    const given = givenChange(args);
    if (given.contract === true) return { ...parseChange(args.spec ? `--spec ${args.spec}` : NAME, given), [READ]: design };
    if (given.entities === undefined && !inq) {
      fail('missing answers: entities (no terminal to ask; give the whole design as it should now be in --spec FILE: entities, relations, renames, allowDestructive, backfill)');
    }
    const at = { [CLOCK_AT]: now().toISOString(), [READ]: design };
    if (!inq) return { ...parseChange(args.spec ? `--spec ${args.spec}` : NAME, given), ...at };
    verifyMigrations(dest, design); // before anything is asked
    const data: Data = given.entities === undefined
      ? { ...(await askChange(inq, design, dest)), ...at }
      : { ...(await resolveAmbiguities(inq, design, parseChange(args.spec ? `--spec ${args.spec}` : NAME, given))), ...at };
    const plan = await planChecked(dest, () => planned(data, dest)); // a refused change stops here, before the preview
    return confirmed(NAME, data, await previewConfirm(NAME, plan.files, staleSeed(design)));
  },
  plan: planned,
};
