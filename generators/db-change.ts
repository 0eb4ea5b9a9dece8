/**
 * db-change: change anything in a design that has migrations: the whole design as it should now be
 * (`--spec FILE`: entities and relations as db-schema takes them, plus renames, replace,
 * allowDestructive and backfill), or the click path in a terminal. One migration pair (+ its exact
 * down), db/schema.sql regenerated, the state last; every written migration checked first.
 */
import { requireDesign } from '../src/state/store.js';
import { now } from '../src/core/paths.js';
import { verifyMigrations } from '../src/core/checksums.js';
import { fail } from '../src/cli/errors.js';
import { CHANGE_KEYS, givenChange, parseChange } from '../src/change/spec.js';
import { planChange } from '../src/change/plan.js';
import { resolveAmbiguities } from '../src/wizard/change-renames.js';
import { askChange } from '../src/wizard/change.js';
import { Model } from '../src/state/model-schema.js';
import type { Core } from './shared.js';

const NAME = 'db-change';

export const DB_CHANGE: Core = {
  name: NAME,
  keys: ['entities', 'relations'],
  example: '--spec change.json   (the whole design as it should now be; renames, replace, allowDestructive, backfill beside it)',
  description: 'change anything (type, size, NULL, default, unique, index, FK action, rename, drop): one migration pair with its exact down',
  pending: (args, dest) => {
    requireDesign(dest, NAME);
    return givenChange(args).entities === undefined ? ['entities'] : [];
  },
  gather: async (args, dest, inq) => {
    const design = requireDesign(dest, NAME);
    const given = givenChange(args);
    if (given.entities === undefined) {
      if (!inq) fail(`missing answers: entities (no terminal to ask; give the whole design as it should now be in --spec FILE: entities, relations, renames, allowDestructive, backfill)`);
      return askChange(inq, design, dest);
    }
    const spec = parseChange(args.spec ? `--spec ${args.spec}` : NAME, given);
    return inq ? resolveAmbiguities(inq, design, spec) : spec;
  },
  plan: (data, dest) => {
    const design = requireDesign(dest, NAME);
    verifyMigrations(dest, design);
    const raw = Object.fromEntries(Object.entries(data).filter(([k]) => CHANGE_KEYS.includes(k)));
    const clicked = data.model ? Model.parse(data.model) : undefined;
    const changed = planChange(design, parseChange(NAME, raw), dest, now(), clicked);
    return { files: changed.files, after: [changed.report] };
  },
};
