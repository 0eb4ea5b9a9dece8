/** db-schema in memory: answers (+ any existing design) → file records, the next design, report lines. */
import type { Answers } from '../state/answers-schema.js';
import { type Design, emptyDesign } from '../state/design-schema.js';
import { dialectOf } from '../dialects/registry.js';
import { buildModel, compileFor, unlinkedIdFields } from './design.js';
import { initMigration, schemaSql } from '../render/sql-files.js';
import { handoff } from '../render/catalogue.js';
import { SECRETS_PATH, secretsRecords } from '../render/secrets.js';
import { secretWarnings } from '../io/gitignore.js';
import { nextVersion } from './versions.js';
import { ormRecords } from '../orm/files.js';
import { laidChecksum, layMigration, layoutOf } from '../runners/layout.js';
import { isoDate } from './paths.js';
import { fail } from '../cli/errors.js';
import { entityName } from '../model/naming.js';
import { seedFor } from '../seed/lazy.js';
import { serialiseDesign, STATE_PATH } from '../state/store.js';
import type { FileRecord } from '../io/files.js';

export interface Built { files: FileRecord[]; design: Design; schemaText: string; notes: string[]; snippet?: string }

export type InitAnswers = Omit<Answers, 'seed'> & { seed?: Answers['seed'] };

export function buildInit(a: InitAnswers, existing: Design | undefined, dest: string, clock: Date): Built {
  const d = dialectOf(a.db);
  const model = buildModel(a);
  const schema = compileFor(model, a);
  const wanted = a.irreversible.map((n) => ({ typed: n, name: entityName(n) }));
  const unknown = wanted.filter((w) => !model.entities.some((e) => e.name === w.name));
  if (unknown.length) fail(`irreversible: unknown entity ${unknown.map((u) => `'${u.typed}'`).join(', ')} (entities: ${model.entities.map((e) => e.name).join(', ')})`);
  const irreversible = schema.tables.filter((t) => wanted.some((w) => w.name === t.entity)).map((t) => t.name);
  const date = isoDate(clock);
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
    schemaText = schemaSql(d, model, schema, { date, orm: a.orm, style: a.style });
    files.push({ path: 'db/schema.sql', body: schemaText });
    const layout = layoutOf(a);
    const h = handoff(a.orm);
    if (layout === 'prisma' && h) {
      design.handoff = h;
      notes.push(h);
    } else {
      const version = nextVersion(clock, []);
      const pair = initMigration(d, schema, schemaText, { version, date, irreversible, tool: layout });
      const laid = layMigration(layout, d, { version, name: 'init_schema', date, ...pair }, [], () => '');
      files.push(...laid.files);
      design.migrations = [{ version, name: 'init_schema', ...laid.paths, checksum: laidChecksum(laid), irreversible }];
      if (layout === 'sqlx') notes.push('migrations/ is in sqlx-cli\'s reversible layout: `sqlx migrate run` (and `sqlx::migrate!()`) picks it up');
    }
    Object.assign(design, { model, schema });
    files.push(...ormRecords(design));
  }
  files.unshift(...secretsRecords(dest, a.db));
  const seed = a.seed ? seedFor(design, a.seed) : undefined;
  if (seed) {
    files.push(...seed.files);
    design.seed = seed.seed;
  }
  files.push({ path: STATE_PATH, body: serialiseDesign(design) });
  return { files, design, schemaText, notes, snippet: seed?.snippet };
}
