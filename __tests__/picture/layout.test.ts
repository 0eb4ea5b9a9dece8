/** layout.ts: every connected part laid out by dagre (or place.ts above DAGRE_TABLES) and the parts packed. On a
 *  picture built to be awkward (a cycle, a table referring to itself, two relations between one pair, a jump over
 *  ranks, a lonely table), the bench's 40-table design (ten parts of four), a 40-table design of one part and a
 *  part above DAGRE_TABLES: no two boxes overlap, and every line joins the right rows in straight runs. */
import { DAGRE_TABLES, layOut } from '../../src/picture/layout.js';
import type { Picture } from '../../src/picture/view.js';
import { partsOf, edgesOf } from '../../src/picture/layered.js';
import { badRuns, misjoined, overlaps } from './geometry.js';
import { awkward, benchPicture, oneTree } from './pictures.js';

const checks = (p: Picture) => {
  const l = layOut(p);
  expect(l.boxes.map((b) => b.name).sort()).toEqual(p.tables.map((t) => t.name).sort());
  expect(l.lines.map((x) => x.id)).toEqual(p.relations.map((_, i) => `${i}`));
  expect(overlaps(l)).toEqual([]);
  expect(misjoined(p, l)).toEqual([]);
  return l;
};
const parts = (p: Picture) => partsOf(p.tables.length, edgesOf(p)).map((x) => x.length);

test('an awkward picture: boxes apart, lines from the right rows in straight runs through no box', () => {
  const l = checks(awkward());
  expect(badRuns(l)).toEqual([]);
});

test("the bench's 40-table design, ten parts of four", () => {
  const p = benchPicture(40);
  expect(parts(p)).toEqual(new Array(10).fill(4));
  expect(badRuns(checks(p))).toEqual([]);
});

test('a 40-table design of one part, with jumps over ranks', () => {
  const p = oneTree(40);
  expect(parts(p)).toEqual([40]);
  expect(badRuns(checks(p))).toEqual([]);
});

test('the same picture, the same layout', () => {
  expect(JSON.stringify(layOut(oneTree(40)))).toBe(JSON.stringify(layOut(oneTree(40))));
});

test(`a part above ${DAGRE_TABLES} tables is placed too, beside parts laid out by dagre`, () => {
  const p = oneTree(DAGRE_TABLES + 1);
  const small = awkward();
  const both: Picture = { tables: [...small.tables, ...p.tables], relations: [...small.relations, ...p.relations], groups: [] };
  expect(parts(both).sort((a, b) => b - a).slice(0, 2)).toEqual([DAGRE_TABLES + 1, 6]);
  expect(badRuns(checks(both)).filter((x) => !x.includes('slanted'))).toEqual([]);
});
