/** db-import's files, in memory: the design's first run (baseline migration, schema, secrets template, state) + db/residue.sql. */
import type { FileRecord } from '../io/files.js';
import { buildInit } from '../core/init.js';
import { loadDesign, STATE_PATH } from '../state/store.js';
import type { ImportData } from './gather.js';
import { residueSql } from './residue.js';
import { importSteps } from './applied.js';

export const RESIDUE_PATH = 'db/residue.sql';

export function planImport(data: ImportData, dest: string, clock: Date): { files: FileRecord[]; after: string[] } {
  const a = data.answers;
  const existing = data.replace ? undefined : loadDesign(dest);
  if (existing) delete existing.wizard;
  const built = buildInit(a, existing, dest, clock);
  const files = built.files.filter((f) => f.path !== STATE_PATH);
  const state = built.files.find((f) => f.path === STATE_PATH)!;
  if (data.residue.length) {
    const head = [`${RESIDUE_PATH}: what the entity language cannot say yet, object by object (db-import from ${data.label}).`,
      'Run it after the migrations on a fresh database; the imported database has all of it already.'];
    files.push({ path: RESIDUE_PATH, body: residueSql(data.residue, head) });
  }
  files.push(state);
  const m = built.design.migrations[0];
  const upBody = m ? built.files.find((f) => f.path === m.up)?.body : undefined;
  const relations = data.recognised.map((r) => `  ${r.kind.padEnd(12)} ${r.label}`);
  const residue = data.residue.map((r) => `  ${r.object}: ${r.reason}`);
  const lines = [
    `Imported ${data.label}: ${a.entities.split('\n').filter(Boolean).length} entities, ${data.recognised.length} relations recognised`,
    ...relations,
    data.residue.length ? `Residue (${data.residue.length} objects in ${RESIDUE_PATH}, replayed after the migrations):`
      : 'Residue: none; the design says everything',
    ...residue,
  ];
  const steps = importSteps(a, m, upBody, data.residue.length > 0);
  return { files, after: [steps, lines.join('\n'), built.report] };
}
