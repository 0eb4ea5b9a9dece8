/** db-scaffold's plop pack: helpers, then one generator per phase, db-schema chaining them, db-entity, db-seed. */
import type { NodePlopAPI } from 'plop';
import { helpers } from './src/render/hbs.js';
import { registerDbSchema } from './generators/db-schema.js';
import { registerPhases } from './generators/phases.js';
import { registerDbEntity } from './generators/db-entity.js';
import { registerDbField } from './generators/db-field.js';
import { registerDbRelation } from './generators/db-relation.js';
import { registerDbSeed } from './generators/db-seed.js';

export default function dbScaffold(plop: NodePlopAPI): void {
  for (const [name, fn] of Object.entries(helpers)) plop.setHelper(name, fn);
  plop.setWelcomeMessage('db-scaffold: which step?');
  registerDbSchema(plop);
  registerPhases(plop);
  registerDbEntity(plop);
  registerDbField(plop);
  registerDbRelation(plop);
  registerDbSeed(plop);
}
