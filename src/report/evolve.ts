/** The printed report of db-entity / db-field / db-relation (plain text, one fact a line). */
import type { Design } from '../state/design-schema.js';
import type { Relation } from '../state/model-schema.js';
import type { Merged } from '../model/merge.js';
import { typeText } from '../model/types.js';
import { inferredLines } from '../model/inferred.js';
import { inferredSummary } from './inferred-summary.js';

export interface ReportInput {
  what: string; merged: Merged; design: Design; migration?: { up: string; down: string }; notes: string[]; schemaText: string;
}

function relationLine(r: Relation, tableOf: (entity: string) => string): string {
  if (r.kind === 'many-to-many') return `${r.from} ↔ ${r.to} many-to-many (junction table)`;
  if (r.kind === 'none') return `${r.from} · ${r.to} none`;
  return `${r.from} → ${r.to} ${r.kind} (FK ${tableOf(r.to)}.${r.column})`;
}

/** What the names of the fields this change adds gave (those there before said so when they were added). */
export function addedInferred(m: Merged): string[] {
  const added = [...m.added.flatMap((e) => e.fields.map((f) => [e.name, f.name])), ...m.fields.map((f) => [f.entity, f.field.name])];
  return inferredSummary(inferredLines(m.model, [], new Set(added.map(([e, f]) => `${e}.${f}`))));
}

export function evolveReport(i: ReportInput): string {
  const m = i.merged;
  const tables = i.design.schema?.tables ?? [];
  const lines = [`== ${i.what} report ==`];
  for (const e of m.added) lines.push(`Added:        ${e.name} (${e.table}: ${e.fields.length} field${e.fields.length === 1 ? '' : 's'})`);
  for (const f of m.fields) lines.push(`Added:        ${f.table}.${f.field.name} (${typeText(f.field.type)}${f.field.nullable ? ', NULL allowed' : ''})`);
  const tableOf = (name: string) => m.model.entities.find((e) => e.name === name)?.table ?? name;
  for (const r of m.relations) lines.push(`Relation:     ${relationLine(r, tableOf)}`);
  lines.push(migrationLine(i.design, i.migration));
  lines.push(`Schema:       db/schema.sql regenerated: ${tables.length} tables, ${i.schemaText.split('\n').length - 1} lines`);
  for (const l of addedInferred(m)) lines.push(`Inferred:     ${l}`);
  for (const n of i.notes) lines.push(`Note:         ${n}`);
  lines.push(nextLine(i.migration, i.design));
  return lines.join('\n');
}

/** The report's migration line in any layout (one file holds up and down for dbmate, goose and Alembic). */
export function migrationLine(design: Design, mig?: { up: string; down: string }): string {
  const none = `none (${design.handoff ?? 'no table or column changes'})`;
  return `Migration:    ${mig ? (mig.up === mig.down ? `${mig.up} (up and down)` : `${mig.up} (+ ${mig.down})`) : none}`;
}

/** What to run next, for the runner the design records (a hand-off: the ORM's own command). */
export function nextLine(mig: { up: string; down: string } | undefined, design?: Design): string {
  if (mig) return 'Next:         apply it with your runner (the commands printed by db-schema); its down returns to the schema before it';
  const orm = design?.answers.orm;
  if (!orm || orm === 'prisma') return 'Next:         npx prisma migrate dev --name <change> (prisma/schema.prisma is rewritten from the design)';
  return `Next:         no SQL migration was written (${design?.handoff ?? 'hand-off'}); make it with ${orm === 'sqlalchemy' ? 'alembic revision --autogenerate, then alembic upgrade head' : "your ORM's own command"}`;
}
