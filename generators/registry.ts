/** Every generator of the pack, in menu order: the plopfile registers them, the bin runs them without plop. */
import { DB_SCHEMA } from './db-schema.js';
import { PHASES } from './phases.js';
import { DB_ENTITY } from './db-entity.js';
import { DB_FIELD } from './db-field.js';
import { DB_RELATION } from './db-relation.js';
import { DB_SEED } from './db-seed.js';
import { DB_CHANGE } from './db-change.js';
import { DB_IMPORT } from './db-import.js';
import { DB_VERIFY } from './db-verify.js';
import type { Core } from './shared.js';

export const GENERATORS: readonly Core[] = [DB_SCHEMA, ...PHASES, DB_ENTITY, DB_FIELD, DB_RELATION, DB_CHANGE, DB_SEED, DB_IMPORT, DB_VERIFY];

export const generatorNamed = (name: string): Core | undefined => GENERATORS.find((g) => g.name === name);
