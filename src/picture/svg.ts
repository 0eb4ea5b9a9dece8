/**
 * db/schema.svg from layout.ts (dagre): a box per table (name, then a row per column: name with PK/FK/UK and
 * type), an orthogonal line per relation from the referenced column's row to the FK column's row, with a bar
 * at the "one" end and a crow's foot at the "many" end (a ring where NULL is allowed). Opens in any browser.
 */
import type { Picture } from './view.js';
import { CHAR, HEAD, ROW, type Layout } from './layout.js';
import { Lines } from '../base/lines.js';

const esc = (s: string) => (/[&<>"]/.test(s)
  ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;') : s);
const n = (x: number) => `${Math.round(x * 10) / 10}`;

const STYLE = [
  '.box{fill:#fff;stroke:#334155;stroke-width:1.2}', '.head{fill:#1e3a5f}', '.name{fill:#fff;font-weight:bold}',
  '.col{fill:#0f172a}', '.type{fill:#64748b}', '.key{fill:#b45309}', '.row{stroke:#e2e8f0}',
  '.rel{fill:none;stroke:#2563eb;stroke-width:1.3}', '.mark{fill:none;stroke:#2563eb;stroke-width:1.3}',
].join('');

const DEFS = [
  '<defs>',
  '<marker id="one" viewBox="0 0 10 10" refX="1" refY="5" markerWidth="10" markerHeight="10" orient="auto-start-reverse">',
  '<path class="mark" d="M6,0 L6,10"/></marker>',
  '<marker id="zero-one" viewBox="0 0 16 10" refX="1" refY="5" markerWidth="16" markerHeight="10" orient="auto-start-reverse">',
  '<path class="mark" d="M12,0 L12,10"/><circle class="mark" cx="5" cy="5" r="3"/></marker>',
  '<marker id="many" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="10" markerHeight="10" orient="auto">',
  '<path class="mark" d="M0,5 L10,0 M0,5 L10,5 M0,5 L10,10"/></marker>',
  '<marker id="one-end" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="10" markerHeight="10" orient="auto">',
  '<path class="mark" d="M4,0 L4,10"/></marker>',
  '</defs>',
];

export const schemaSvg = (p: Picture, l: Layout, title: string): string => svgLines(new Lines(), p, l, title).text();

/** The SVG's lines into `out` (pictureRecords takes them as bytes). */
export function svgLines(out: Lines, p: Picture, l: Layout, title: string): Lines {
  const byName = new Map(p.tables.map((t) => [t.name, t]));
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${l.width}" height="${l.height}" viewBox="0 0 ${l.width} ${l.height}"`
    + ' font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="12">',
    `<title>${esc(title)}</title>`, `<style>${STYLE}</style>`, ...DEFS,
    `<rect width="${l.width}" height="${l.height}" fill="#f8fafc"/>`,
  );
  l.lines.forEach((line, i) => {
    const r = p.relations[Number(line.id)];
    if (!line.points.length || !r) return;
    const d = line.points.map((pt, k) => `${k ? 'L' : 'M'}${n(pt.x)},${n(pt.y)}`).join(' ');
    const start = r.optional ? 'zero-one' : 'one';
    out.push(`<path class="rel" id="rel-${i}" data-relation="${esc(r.name)}" data-from="${esc(`${r.parent}.${r.refColumn}`)}"`
      + ` data-to="${esc(`${r.child}.${r.column}`)}" d="${d}" marker-start="url(#${start})" marker-end="url(#${r.many ? 'many' : 'one-end'})"/>`);
  });
  for (const b of l.boxes) {
    const t = byName.get(b.name)!;
    out.push(`<g class="table" data-table="${esc(t.name)}" transform="translate(${n(b.x)},${n(b.y)})">`);
    out.push(`<rect class="box" width="${b.width}" height="${b.height}" rx="3"/>`, `<rect class="head" width="${b.width}" height="${HEAD}" rx="3"/>`);
    out.push(`<text class="name" x="10" y="${HEAD / 2 + 4}">${esc(t.name)}</text>`);
    t.columns.forEach((c, i) => {
      const y = HEAD + ROW * i;
      if (i) out.push(`<line class="row" x1="1" x2="${b.width - 1}" y1="${y}" y2="${y}"/>`);
      const keys = c.marks.length ? `<tspan class="key"> ${c.marks.join(' ')}</tspan>` : '';
      out.push(`<text class="col" x="10" y="${y + ROW / 2 + 4}" data-column="${esc(c.name)}">${esc(c.name)}${keys}</text>`);
      out.push(`<text class="type" x="${n(b.width - 10 - c.type.length * CHAR)}" y="${y + ROW / 2 + 4}">${esc(c.type)}</text>`);
    });
    out.push('</g>');
  }
  out.push('</svg>', '');
  return out;
}
