/** Designs for the db-entity tests: a small library made by db-scaffold's own init, then evolved in memory. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodePlop from 'node-plop';
import { runGenerator } from './support/plop-run.js';
import type { Answers } from '../src/state/answers-schema.js';
import type { Relation } from '../src/state/model-schema.js';
import type { Design } from '../src/state/design-schema.js';
import type { DialectId } from '../src/dialects/dialect.js';
import { buildInit, type InitAnswers } from '../src/core/init.js';
import { track } from './support/temp.js';
import { addEntities, addFields, addRelations } from '../src/model/additions.js';
import { evolve } from '../src/core/evolve.js';
import type { Result as Evolved } from '../src/core/pipeline.js';

export const CLOCK = new Date('2026-03-04T05:06:07Z');
const NOWHERE = join(tmpdir(), 'db-scaffold-no-such-dir');

export const LIBRARY = {
  entities: 'Author: name\nBook: title, isbn:string:unique, price_amount, author_id\nTag: name:string:unique',
  relations: [{ from: 'Book', to: 'Tag', kind: 'many-to-many' }] as Relation[],
};

export function answers(db: DialectId, scale: Answers['scale'] = 'team'): InitAnswers {
  return {
    intake: 'A library: authors write books; books have tags.', db, orm: 'none', scale, style: 'schema-first',
    migctl: 'manual', ...LIBRARY, review: 'accept', runner: 'later', irreversible: [],
  };
}

export interface Init { design: Design; up: string; down: string; schema: string }

export function init(db: DialectId, scale: Answers['scale'] = 'team'): Init {
  const built = buildInit(answers(db, scale), undefined, NOWHERE, CLOCK);
  const body = (suffix: string) => built.files.find((f) => f.path.endsWith(suffix))!.body;
  return { design: built.design, up: body('_init_schema.sql'), down: body('_init_schema.down.sql'), schema: body('db/schema.sql') };
}

export interface Step { up: string; down: string; schema: string; evolved: Evolved }

export type Change =
  | { kind: 'entity'; entities: string; relations?: Relation[] }
  | { kind: 'field'; entities: string }
  | { kind: 'relation'; relations: Relation[] };

export function step(design: Design, change: Change, clock = CLOCK): Step {
  const m = design.model!;
  const merged = change.kind === 'entity' ? addEntities(m, design.schema!, change.entities, change.relations ?? [])
    : change.kind === 'field' ? addFields(m, change.entities) : addRelations(m, change.relations);
  const evolved = evolve(design, merged, NOWHERE, clock, `db-${change.kind}`);
  const body = (pred: (p: string) => boolean) => evolved.files.find((f) => pred(f.path))!.body;
  return {
    evolved,
    up: body((p) => p.startsWith('migrations/') && !p.endsWith('.down.sql')),
    down: body((p) => p.endsWith('.down.sql')),
    schema: body((p) => p === 'db/schema.sql'),
  };
}

/** The three additions the issue names, plus a field and a one-to-one that need more than ADD COLUMN on SQLite. */
export const CASES: Record<string, Change> = {
  tables: { kind: 'entity', entities: 'Publisher: name, website:optional\nImprint: name, publisher_id' },
  fkIntoExisting: { kind: 'entity', entities: 'Branch: name, city', relations: [{ from: 'Branch', to: 'Book', kind: 'one-to-many' }] },
  manyToMany: { kind: 'entity', entities: 'Reader: email, nickname:optional', relations: [{ from: 'Reader', to: 'Book', kind: 'many-to-many' }] },
  oneToOneIntoExisting: { kind: 'entity', entities: 'Contract: signed_on:date', relations: [{ from: 'Contract', to: 'Author', kind: 'one-to-one' }] },
  fields: { kind: 'field', entities: 'Book: subtitle:optional, page_count, contact_email:string:unique:optional, reviewed_at' },
  relation: { kind: 'relation', relations: [{ from: 'Author', to: 'Tag', kind: 'many-to-many' }] },
  selfRelation: { kind: 'relation', relations: [{ from: 'Book', to: 'Book', kind: 'one-to-many' }] },
  cycle: { kind: 'entity', entities: 'Room: name\nShelf: label', relations: [
    { from: 'Shelf', to: 'Room', kind: 'one-to-many' }, { from: 'Room', to: 'Shelf', kind: 'one-to-one', column: 'main_room_id' },
  ] },
};

/** node-plop on the compiled pack (plopfile.js re-exports dist: build first). */
export async function run(dest: string, gen: string, answers: object) {
  const plop = await nodePlop(join(process.cwd(), 'plopfile.js'), { destBasePath: dest, force: false });
  return runGenerator(plop, gen, answers);
}

export const blog = JSON.parse(readFileSync(join(process.cwd(), 'examples/blog.json'), 'utf8'));

/** A temp folder holding db-schema's output for `spec` (the blog example by default). */
export async function blogAt(prefix: string, spec: object = blog): Promise<string> {
  const dest = track(mkdtempSync(join(tmpdir(), prefix))); // removed after the test file
  const r = await run(dest, 'db-schema', spec);
  if (r.failures.length) throw new Error(`db-schema failed: ${JSON.stringify(r.failures)}`);
  return dest;
}
