/** The DDL review's "Show the diagram": the design as it stands, laid out (db/schema.svg's body), written to a
 *  temp file — nothing in the target is written before the wizard ends — and its path printed to open. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Answers, Spec } from '../state/answers-schema.js';
import { buildModel, compileFor } from '../core/design.js';
import { emptyDesign } from '../state/design-schema.js';
import { svgOf } from '../picture/files.js';

export function showDiagram(a: Spec): string {
  const full = a as Answers;
  const model = buildModel(full);
  const svg = svgOf({ ...emptyDesign(), answers: a, model, schema: compileFor(model, full) });
  const file = join(mkdtempSync(join(tmpdir(), 'db-scaffold-diagram-')), 'schema.svg');
  writeFileSync(file, svg);
  return `diagram: ${file} (open it in a browser; db/schema.svg is written with the schema)`;
}
