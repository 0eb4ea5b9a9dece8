/**
 * db-import's files, in memory: the design's first run (baseline migration, schema, secrets template, state). The
 * residue goes into the design (`residue`), so every later run keeps it; db/residue.sql is rendered from it there.
 */
import type { FileRecord } from '../io/files.js';
import { buildInit } from '../core/init.js';
import { loadDesign } from '../state/store.js';
import { emptyDesign } from '../state/design-schema.js';
import { RESIDUE_PATH, residueLabel } from '../render/residue-sql.js';
import type { ImportData } from './gather.js';
import { importSteps } from './applied.js';

export { RESIDUE_PATH } from '../render/residue-sql.js';

export function planImport(data: ImportData, dest: string, clock: Date): { files: FileRecord[]; after: string[] } {
  const a = data.answers;
  const existing = (data.replace ? undefined : loadDesign(dest)) ?? emptyDesign();
  delete existing.wizard;
  if (data.residue.length) existing.residue = data.residue;
  else delete existing.residue;
  const built = buildInit(a, existing, dest, clock);
  const files = built.files;
  const m = built.design.migrations[0];
  const upBody = m ? built.files.find((f) => f.path === m.up)?.body : undefined;
  const relations = data.recognised.map((r) => `  ${r.kind.padEnd(12)} ${r.label}`);
  const residue = data.residue.map((r) => `  ${residueLabel(r)}: ${r.reason}`);
  const lines = [
    `Imported ${data.label}: ${a.entities.split('\n').filter(Boolean).length} entities, ${data.recognised.length} relations recognised`,
    ...relations,
    data.residue.length ? `Residue (${data.residue.length} objects, kept in db/design.json and rendered in ${RESIDUE_PATH}, replayed after the migrations):`
      : 'Residue: none; the design says everything',
    ...residue,
    ...(data.unread ?? []).map((u) => `Not kept: ${u}`),
  ];
  const steps = importSteps(a, m, upBody, data.residue.length > 0);
  return { files, after: [steps, lines.join('\n'), built.report] };
}
