/** db/schema.svg of a 20-entity design and a 40-entity one (each part laid out by dagre) in
 *  headless Chromium: every table's name is on the page (read back from it), no two table
 *  boxes overlap (the boxes' geometry read back from the page), and each relation line starts at the row of
 *  the referenced column and ends at the row of the FK column. */
import { pictureRecords } from '../../src/picture/files.js';
import { DAGRE_TABLES, HEAD, ROW } from '../../src/picture/layout.js';
import { pageAnswer } from '../support/chromium.js';
import { wideDesign } from './designs.js';
import { benchDesign } from './pictures.js';
import { CHROMIUM, describeWith } from '../support/extras.js';

interface Box { name: string; text: string; x: number; y: number; w: number; h: number; rows: string[] }
interface Rel { from: string; to: string; start: number[]; end: number[] }
interface Page { boxes: Box[]; rels: Rel[]; width: number; height: number }

function pageOf(svg: string): Page {
  return pageAnswer<Page>(`<html><body style="margin:0"><pre id="out">pending</pre>${svg}<script>
const svg = document.querySelector('svg');
const at = svg.getBoundingClientRect();
const boxes = [...document.querySelectorAll('g.table')].map((g) => {
  const r = g.querySelector('rect.box').getBoundingClientRect();
  return { name: g.dataset.table, text: g.querySelector('text.name').textContent,
    x: r.x - at.x, y: r.y - at.y, w: r.width, h: r.height,
    rows: [...g.querySelectorAll('text.col')].map((t) => t.dataset.column) };
});
const rels = [...document.querySelectorAll('path.rel')].map((p) => {
  const n = p.getTotalLength();
  const a = p.getPointAtLength(0), b = p.getPointAtLength(n);
  return { from: p.dataset.from, to: p.dataset.to, start: [a.x, a.y], end: [b.x, b.y] };
});
document.getElementById('out').textContent = JSON.stringify({ boxes, rels, width: at.width, height: at.height });
</script></body></html>`);
}

const cases = [ // the least number of tables each has (a wide design's many-to-many relations add junctions)
  ['20 entities and their junctions', () => wideDesign(20), 21],
  ['40 entities and their junctions', () => wideDesign(40), 41],
  ["the bench's 40 tables (ten parts)", () => benchDesign(40), 40],
] as const;

describeWith([CHROMIUM], 'db/schema.svg in Debian chromium', () => describe.each(cases)('%s', (_, make, least) => {
  const design = make();
  let page: Page = { boxes: [], rels: [], width: 0, height: 0 };
  beforeAll(() => { page = pageOf(pictureRecords(design).find((f) => f.path === 'db/schema.svg')!.body); }); // not while collecting: a skip runs no chromium
  const tables = design.schema!.tables;
  const fks = tables.flatMap((t) => t.foreignKeys.map((f) => ({ from: `${f.refTable}.${f.refColumn}`, to: `${t.name}.${f.column}` })));

  test('the design is wide enough to matter, every part laid out by dagre', () => {
    expect(tables.length).toBeGreaterThanOrEqual(least);
    expect(tables.length).toBeLessThanOrEqual(DAGRE_TABLES);
    expect(page.width).toBeGreaterThan(0);
  });

  test('every table is on the page by name', () => {
    expect(page.boxes.map((b) => b.text).sort()).toEqual(tables.map((t) => t.name).sort());
    expect(page.boxes.every((b) => b.name === b.text)).toBe(true);
  });

  test('no two table boxes overlap, and every box is inside the picture', () => {
    const overlaps: string[] = [];
    for (const [i, a] of page.boxes.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.x + a.w).toBeLessThanOrEqual(page.width + 0.5);
      expect(a.y + a.h).toBeLessThanOrEqual(page.height + 0.5);
      for (const b of page.boxes.slice(i + 1)) {
        if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) overlaps.push(`${a.name} × ${b.name}`);
      }
    }
    expect(overlaps).toEqual([]);
  });

  /** Where a column's row is: the box's left or right edge, the row's middle. */
  function rowAt(page: Page, ref: string) {
    const [table, column] = ref.split('.');
    const b = page.boxes.find((x) => x.name === table)!;
    const i = b.rows.indexOf(column);
    expect(i).toBeGreaterThanOrEqual(0);
    return { left: b.x, right: b.x + b.w, y: b.y + HEAD + ROW * i + ROW / 2 };
  }

  test('every relation is a line from the referenced column to the FK column', () => {
    expect(page.rels.map(({ from, to }) => ({ from, to }))).toEqual(fks);
    for (const r of page.rels) {
      const s = rowAt(page, r.from);
      const e = rowAt(page, r.to);
      expect(Math.abs(r.start[0] - s.right)).toBeLessThan(1.5);
      expect(Math.abs(r.start[1] - s.y)).toBeLessThan(1.5);
      expect(Math.abs(r.end[0] - e.left)).toBeLessThan(1.5);
      expect(Math.abs(r.end[1] - e.y)).toBeLessThan(1.5);
    }
  });
}));
