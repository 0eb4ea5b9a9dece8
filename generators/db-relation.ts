/** db-relation: relate entities that exist already (FK columns NULL allowed, or a junction table). */
import { addRelations } from '../src/diff/additions.js';
import { askNewRelations } from '../src/diff/ask.js';
import { evolver } from './db-entity.js';

export const DB_RELATION = evolver({
  name: 'db-relation',
  description: 'relate existing entities: a diff-generated migration pair, schema.sql and state updated',
  keys: ['relations'],
  required: ['relations'],
  defaults: {},
  example: `--relations '[{"from":"User","to":"Comment","kind":"one-to-many","column":"author_id"}]'`,
  ask: askNewRelations,
  merge: (d, a) => addRelations(d.model!, a.relations),
});
