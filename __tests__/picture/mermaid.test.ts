/** db/schema.md of every example (and of a split 40-table design) parses with the real Mermaid parser
 *  (node_modules/mermaid in headless Chromium) and names every table and every relation. */
import { join } from 'node:path';
import { pictureRecords } from '../../src/picture/files.js';
import { ROOT } from '../support/golden.js';
import { pageAnswer } from '../support/chromium.js';
import { exampleRuns, wideDesign } from './designs.js';
import { CHROMIUM, describeWith } from '../support/extras.js';

interface Parsed { ok: boolean; err?: string; entities?: string[]; rels?: { a: string; b: string; role: string }[] }

const blocks = (md: string) => [...md.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]);

/** Parse every text with mermaid.parse, then read the entities and relationships back from the diagram's db. */
function parseAll(texts: string[]): Parsed[] {
  const src = `file://${join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js')}`;
  return pageAnswer<Parsed[]>(`<html><body><pre id="out">pending</pre><script src="${src}"></script><script>
const texts = ${JSON.stringify(texts).replace(/</g, '\\u003c')};
(async () => {
  const out = [];
  for (const t of texts) {
    try {
      await mermaid.parse(t);
      const db = (await mermaid.mermaidAPI.getDiagramFromText(t)).db;
      const ents = [...db.getEntities().values()];
      const byId = new Map(ents.map((e) => [e.id, e.label]));
      out.push({ ok: true, entities: ents.map((e) => e.label),
        rels: db.getRelationships().map((r) => ({ a: byId.get(r.entityA) ?? r.entityA, b: byId.get(r.entityB) ?? r.entityB, role: r.roleA })) });
    } catch (e) { out.push({ ok: false, err: String(e && e.message || e) }); }
  }
  document.getElementById('out').textContent = JSON.stringify(out);
})();</script></body></html>`);
}

const runs = exampleRuns();
const wide = pictureRecords(wideDesign(40)).find((f) => f.path === 'db/schema.md')!.body;
const grouped = pictureRecords(wideDesign(40, 'mysql', true)).find((f) => f.path === 'db/schema.md')!.body;
const cases = [
  ...runs.map((r) => ({ label: `${r.name}/${r.db}`, md: r.files['db/schema.md'], design: r.design })),
  { label: 'wide-40 (components)', md: wide, design: wideDesign(40) },
  { label: 'wide-40 (@group)', md: grouped, design: wideDesign(40, 'mysql', true) },
];
const texts = cases.flatMap((c) => blocks(c.md));

describeWith([CHROMIUM], 'db/schema.md in Mermaid\'s parser (Debian chromium)', () => {
  let parsed: Parsed[] = [];
  beforeAll(() => { parsed = parseAll([...texts, 'erDiagram\n    users {\n        bigint id PK PK2\n    }\n    users ||-x{ posts : "x"']); });

  test('the parser refuses a broken diagram (the check can fail)', () => {
    expect(parsed[parsed.length - 1].ok).toBe(false);
  });

  let at = 0;
  describe.each(cases.map((c) => [c.label, c] as const))('%s', (_label, c) => {
    const [from, to] = [at, at += blocks(c.md).length];
    test('every block parses; every table and relation is named', () => {
      const mine = parsed.slice(from, to);
      expect(mine.length).toBeGreaterThan(0);
      for (const p of mine) expect(p).toEqual(expect.objectContaining({ ok: true }));
      const entities = new Set(mine.flatMap((p) => p.entities!));
      const rels = mine.flatMap((p) => p.rels!);
      const schema = c.design.schema!;
      for (const t of schema.tables) expect(entities).toContain(t.name);
      const fks = schema.tables.flatMap((t) => t.foreignKeys.map((f) => ({ a: f.refTable, b: t.name, role: f.column })));
      expect(rels.sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))))
        .toEqual(fks.sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))));
    });
  });
});

test('above 30 tables the picture is split: by @group when given, else by connected component', () => {
  expect(blocks(grouped).length).toBe(2);
  expect(grouped).toMatch(/^## billing$/m);
  expect(grouped).toMatch(/^## operations$/m);
  expect(blocks(wide).length).toBeGreaterThan(1);
  expect(blocks(runs[0].files['db/schema.md']).length).toBe(1);
});
