/**
 * db/schema.md: a Mermaid `erDiagram` per section (one section, or one per group when the design is split):
 * every table with its columns (type, name, PK/FK/UK), every relation with its cardinality and FK column.
 * GitHub, GitLab and VS Code's Markdown preview render the blocks.
 */
import type { Picture, PicRelation, PicTable } from './view.js';
import { Lines } from '../base/lines.js';
import { memoByString } from '../base/memo.js';

/** Mermaid's attribute type is one word of letters, digits, `_ - ( ) [ ]`: a type's other characters go. */
export const mermaidType = memoByString((t) =>
  t.replace(/\(([^)]*)\)/, (_, inner: string) => (/^[\d, ]+$/.test(inner) ? `(${inner.replace(/\s*,\s*/g, '-')})` : ''))
    .replace(/\s+/g, '_').replace(/[^A-Za-z0-9_()[\]-]/g, '') || 'unknown');

/** Parent side, then child side: `||` exactly one, `|o` zero or one, `o{` zero or more, `o|` zero or one. */
export function cardinality(r: PicRelation): string {
  return `${r.optional ? '|o' : '||'}--${r.many ? 'o{' : 'o|'}`;
}

function entity(t: PicTable): string[] {
  const rows = t.columns.map((c) => {
    const keys = c.marks.length ? ` ${c.marks.join(', ')}` : '';
    return `        ${mermaidType(c.type)} ${c.name}${keys}${c.nullable ? ' "null"' : ''}`;
  });
  return [`    ${t.name} {`, ...rows, '    }'];
}

const relation = (r: PicRelation) => `    ${r.parent} ${cardinality(r)} ${r.child} : "${r.column}"`;

const body = (tables: PicTable[], rels: PicRelation[]) => ['erDiagram', ...tables.flatMap(entity), ...rels.map(relation)].join('\n');

/** One `erDiagram` body: the group's tables, and the relations whose child is in the group. */
export function erDiagram(p: Picture, group?: string): string {
  const tables = p.tables.filter((t) => group === undefined || t.group === group);
  const names = new Set(tables.map((t) => t.name));
  return body(tables, p.relations.filter((r) => names.has(r.child)));
}

/** Each group's tables and the relations whose child is in it, in one pass (a big design has thousands of groups). */
function byGroup(p: Picture): Map<string, { tables: PicTable[]; rels: PicRelation[] }> {
  const out = new Map(p.groups.map((g) => [g, { tables: [] as PicTable[], rels: [] as PicRelation[] }]));
  const groupOf = new Map(p.tables.map((t) => [t.name, t.group]));
  for (const t of p.tables) out.get(t.group)!.tables.push(t);
  for (const r of p.relations) { const g = groupOf.get(r.child); if (g !== undefined) out.get(g)!.rels.push(r); }
  return out;
}

export const schemaMd = (p: Picture, title: string): string => mdLines(new Lines(), p, title).text();

/** The body of one section, a table at a time. */
function section(out: Lines, tables: PicTable[], rels: PicRelation[]): void {
  out.push('```mermaid', 'erDiagram');
  for (const t of tables) out.push(...entity(t));
  for (const r of rels) out.push(relation(r));
  out.push('```');
}

/** The Markdown's lines into `out`. */
export function mdLines(out: Lines, p: Picture, title: string): Lines {
  const split = p.groups.length > 1;
  out.push(
    `# ${title}`, '',
    `${p.tables.length} tables, ${p.relations.length} relations. Written by db-scaffold from db/design.json (do not edit:`,
    'every generator that changes the design rewrites it). Laid out: db/schema.svg; dbdiagram.io: db/schema.dbml.', '',
  );
  if (!split) {
    const names = new Set(p.tables.map((t) => t.name)); // erDiagram(p)'s relations
    section(out, p.tables, p.relations.filter((r) => names.has(r.child)));
    out.push('');
    return out;
  }
  for (const [g, { tables, rels }] of byGroup(p)) {
    const n = tables.length;
    out.push(`## ${g}`, '', `${n} table${n === 1 ? '' : 's'}; a relation to a table of another section names it without columns.`, '');
    section(out, tables, rels);
    out.push('');
  }
  return out;
}
