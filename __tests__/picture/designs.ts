/** Designs for the picture tests: the bundled examples on every engine, and a wide one of N tables. */
import type { Relation } from '../../src/state/model-schema.js';
import type { Design } from '../../src/state/design-schema.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import { EXAMPLES, renderExample, renderSpec, exampleSpec } from '../support/golden.js';

export const DBS: DialectId[] = ['postgres', 'mysql', 'sqlite'];

/** Every example on every engine: the files a fresh run writes, by path. */
export const exampleRuns = () => EXAMPLES.flatMap((name) => DBS.map((db) => ({ name, db, ...renderExample(name, db) })));

const WORDS = ['Account', 'Order', 'Invoice', 'Product', 'Vendor', 'Shipment', 'Ticket', 'Project', 'Report', 'Device'];

/** N entities in a few trees (each refers to an earlier one), a many-to-many every seventh: one design. */
export function wideDesign(n: number, db: DialectId = 'postgres', groups = false): Design {
  const names = Array.from({ length: n }, (_, i) => `${WORDS[i % WORDS.length]}${String.fromCharCode(65 + Math.floor(i / WORDS.length))}`);
  const relations: Relation[] = [];
  const lines = names.map((name, i) => {
    const parent = i % 8 ? names[Math.floor(i / 2)] : undefined;
    const fields = ['title', 'amount:decimal(10,2)', 'notes:text:optional'];
    if (parent && parent !== name) {
      const col = `${parent.toLowerCase()}_ref_id`;
      fields.push(col);
      relations.push({ from: parent, to: name, kind: 'one-to-many', column: col });
    }
    if (i % 7 === 3) relations.push({ from: name, to: names[(i + 5) % n], kind: 'many-to-many' });
    if (groups) fields.push(`@group(${i < n / 2 ? 'billing' : 'operations'})`);
    return `${name}: ${fields.join(', ')}`;
  });
  const spec = { ...exampleSpec('blog'), db, entities: lines.join('\n'), relations, intake: `A wide design of ${n} tables.` };
  return renderSpec(spec).design;
}
