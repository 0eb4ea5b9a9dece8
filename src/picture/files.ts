/**
 * The picture of the design, rewritten by every generator that changes it (with db/schema.sql and the ORM's
 * files): db/schema.md (Mermaid erDiagram), db/schema.svg (laid out by dagre), db/schema.dbml (DBML).
 */
import type { Design } from '../state/design-schema.js';
import { encoded, type FileRecord } from '../io/files.js';
import { dialectOf } from '../dialects/registry.js';
import { pictureOf } from './view.js';
import { mdLines } from './mermaid.js';
import { dbmlLines } from './dbml.js';
import { Lines } from '../base/lines.js';
import { layOut } from './layout.js';
import { schemaSvg, svgLines } from './svg.js';

export const PICTURE_PATHS = { md: 'db/schema.md', svg: 'db/schema.svg', dbml: 'db/schema.dbml' } as const;

const titleOf = (design: Design) => {
  const intake = design.answers.intake?.split(/[.!?\n]/)[0]?.trim();
  return intake ? `Schema: ${intake.slice(0, 60)}` : 'Schema';
};

/** The SVG alone (the wizard's "Show the diagram" writes it before anything else is written). */
export function svgOf(design: Design): string {
  const d = dialectOf(design.answers.db!);
  const p = pictureOf(d, design.schema!, design.model);
  return schemaSvg(p, layOut(p), titleOf(design));
}

const bytes = () => new Lines([], true);

export function pictureRecords(design: Design): FileRecord[] {
  if (!design.schema || !design.answers.db) return [];
  const d = dialectOf(design.answers.db);
  const p = pictureOf(d, design.schema, design.model);
  const title = titleOf(design);
  return [
    encoded(PICTURE_PATHS.md, mdLines(bytes(), p, title).bytes()), // UTF-8 a chunk at a time (base/lines.ts)
    encoded(PICTURE_PATHS.svg, svgLines(bytes(), p, layOut(p), title).bytes()),
    encoded(PICTURE_PATHS.dbml, dbmlLines(bytes(), d, design.schema, p, title).bytes()),
  ];
}
