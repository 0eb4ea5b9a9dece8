/** db-schema in memory: answers (+ any existing design) → file records, the next design, report lines. */
import type { Answers } from '../state/answers-schema.js';
import { type Design, emptyDesign } from '../state/design-schema.js';
import { buildModel, compileFor, unlinkedIdFields } from './design.js';
import { handoff } from '../render/catalogue.js';
import { SECRETS_PATH, secretsRecords } from '../render/secrets.js';
import { secretWarnings } from '../io/gitignore.js';
import { appendMigration, stateRecord } from './migrate.js';
import { EMPTY } from '../diff/plan.js';
import { layoutOf } from '../runners/layout.js';
import { fail } from '../cli/errors.js';
import { entityName } from '../model/naming.js';
import { seedFor } from '../seed/lazy.js';
import { STATE_PATH } from '../state/store.js';
import type { FileRecord } from '../io/files.js';

export interface Built { files: FileRecord[]; design: Design; schemaText: string; notes: string[]; snippet?: string }

export type InitAnswers = Omit<Answers, 'seed'> & { seed?: Answers['seed'] };

export function buildInit(a: InitAnswers, existing: Design | undefined, dest: string, clock: Date): Built {
  const model = buildModel(a);
  const schema = compileFor(model, a);
  const wanted = a.irreversible.map((n) => ({ typed: n, name: entityName(n) }));
  const unknown = wanted.filter((w) => !model.entities.some((e) => e.name === w.name));
  if (unknown.length) fail(`irreversible: unknown entity ${unknown.map((u) => `'${u.typed}'`).join(', ')} (entities: ${model.entities.map((e) => e.name).join(', ')})`);
  const irreversible = schema.tables.filter((t) => wanted.some((w) => w.name === t.entity)).map((t) => t.name);
  const files: FileRecord[] = [];
  const notes: string[] = [...secretWarnings(dest, SECRETS_PATH), ...unlinkedIdFields(model)];
  const design: Design = { ...(existing ?? emptyDesign()), answers: a };
  let schemaText: string;
  if (existing?.migrations.length) {
    const same = (k: 'entities' | 'relations' | 'db' | 'scale') => JSON.stringify(existing.answers[k]) === JSON.stringify(a[k]);
    const asBefore = same('entities') && same('relations') && same('db') && same('scale');
    if (!asBefore && (JSON.stringify(existing.schema) !== JSON.stringify(schema) || existing.answers.db !== a.db)) {
      fail(`${STATE_PATH}: this design already has migrations and the answers change it; add entities with \`npx plop db-entity\` (written migrations are never edited)`);
    }
    schemaText = '';
    notes.push('design unchanged: existing migrations and db/schema.sql kept');
  } else {
    const layout = layoutOf(a);
    const h = handoff(a.orm);
    if (layout === 'prisma' && h) {
      design.handoff = h;
      notes.push(h);
    } else delete design.handoff; // a hand-off recorded before (another ORM) no longer holds
    if (layout === 'sqlx') notes.push('migrations/ is in sqlx-cli\'s reversible layout: `sqlx migrate run` (and `sqlx::migrate!()`) picks it up');
    const out = appendMigration({
      design, prev: EMPTY, model, next: schema, settings: a, name: 'init_schema', clock, dest, irreversible,
    });
    files.push(...out.files);
    schemaText = out.schemaText;
    Object.assign(design, out.design);
  }
  files.unshift(...secretsRecords(dest, a.db));
  const seed = a.seed ? seedFor(design, a.seed) : undefined;
  if (seed) {
    files.push(...seed.files);
    design.seed = seed.seed;
  }
  files.push(stateRecord(design));
  return { files, design, schemaText, notes, snippet: seed?.snippet };
}
