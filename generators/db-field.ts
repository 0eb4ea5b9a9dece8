/** db-field: add fields to existing entities (NULL allowed or a default: the tables may hold rows). */
import { addFields } from '../src/diff/additions.js';
import { askNewFields } from '../src/diff/ask.js';
import { evolver } from './db-entity.js';

export const DB_FIELD = evolver({
  name: 'db-field',
  description: 'add fields to existing entities: a diff-generated migration pair, schema.sql and state updated',
  keys: ['entities'],
  required: ['entities'],
  defaults: {},
  example: '--entities "Post: summary:text:optional, views_count"',
  ask: askNewFields,
  merge: (d, a) => addFields(d.model!, a.entities),
});
