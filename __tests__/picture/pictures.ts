/** Pictures for the layout tests: one built to be awkward, the bench's design, and a tree of N tables. */
import { designSpec } from '../../scripts/bench-design.js';
import { dialectOf } from '../../src/dialects/registry.js';
import { pictureOf, type Picture } from '../../src/picture/view.js';
import type { InitAnswers } from '../../src/core/init.js';
import { renderSpec } from '../support/golden.js';

export const col = (name: string) => ({ name, type: 'bigint', marks: [], nullable: false });
export const rel = (child: string, column: string, parent: string, refColumn = 'id') =>
  ({ name: `fk_${child}_${column}`, child, column, parent, refColumn, many: true, optional: false });

/** A cycle, a jump over two ranks, a table referring to itself, two relations between one pair, a lonely table. */
export function awkward(): Picture {
  const columns = ['id', 'x_id', 'y_id', 'code'].map(col);
  const tables = ['a', 'b', 'c', 'd', 'e', 'f', 'lonely'].map((name) => ({ name, group: '', columns }));
  const relations = [
    rel('b', 'x_id', 'a'), rel('c', 'x_id', 'b'), rel('d', 'x_id', 'c'), // a chain
    rel('d', 'y_id', 'a'),                                               // a jump over two ranks
    rel('a', 'y_id', 'd'),                                               // closes a cycle
    rel('e', 'x_id', 'e'), rel('e', 'y_id', 'e', 'code'),                // itself, twice
    rel('f', 'x_id', 'e'), rel('b', 'y_id', 'f'),                        // a second root into the chain
    rel('c', 'y_id', 'b', 'code'),                                       // a second relation between c and b
  ];
  return { tables, relations, groups: [''] };
}

/** The bench's design of N entities (scripts/bench-design.ts), and as the picture sees it. */
export const benchDesign = (n: number) => renderSpec(designSpec(n) as InitAnswers).design;
export function benchPicture(n: number): Picture {
  const design = benchDesign(n);
  return pictureOf(dialectOf('postgres'), design.schema!, design.model);
}

const COLUMNS = ['id', 'parent_id', 'other_id', 'title', 'notes', 'created_at'];

/** N tables of one part: each refers to a parent (three children each), every fifth also to a table four back. */
export function oneTree(n: number): Picture {
  const name = (i: number) => `${['account', 'order_line', 'tag', 'shipment_event'][i % 4]}_${i}`;
  const tables = Array.from({ length: n }, (_, i) => ({
    name: name(i), group: '', columns: COLUMNS.slice(0, 3 + (i % 4)).map(col),
  }));
  const relations = tables.flatMap((t, i) => [
    ...(i ? [rel(t.name, 'parent_id', name(Math.floor((i - 1) / 3)))] : []),
    ...(i >= 5 && i % 5 === 0 ? [rel(t.name, 'other_id', name(i - 4))] : []),
  ]);
  return { tables, relations, groups: [''] };
}
