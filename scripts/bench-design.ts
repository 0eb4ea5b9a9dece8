/** The bench's designs: N entities named from ten words, three fields each, every entity but each fourth
 *  pointing at the one before by a `<parent>_id` field (the FK inferred from its name, so a 10,000-entity spec
 *  stays under the 1 MiB limit), PostgreSQL, no ORM, seed skipped. The same shape at every size. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = ['Account', 'Order', 'Invoice', 'Product', 'Vendor', 'Shipment', 'Ticket', 'Project', 'Report', 'Device'];
export const nameOf = (i: number) => `${WORDS[i % 10]}${String.fromCharCode(65 + (Math.floor(i / 10) % 26))}${Math.floor(i / 260) || ''}`;
const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** The entity lines of an N-entity design (`extra` adds one optional field to the last entity). */
export function entityText(n: number, extra = false): string {
  return Array.from({ length: n }, (_, i) => {
    const fields = ['title', 'amount:decimal(10,2)', 'notes:text:optional'];
    if (i % 4) fields.push(`${snake(nameOf(i - 1))}_id`);
    if (extra && i === n - 1) fields.push('remark:text:optional');
    return `${nameOf(i)}: ${fields.join(', ')}`;
  }).join('\n');
}

export function designSpec(n: number, orm = 'none'): object {
  return {
    intake: `A bench design of ${n} tables.`, db: 'postgres', orm, scale: 'team', style: 'schema-first', migctl: 'hybrid',
    entities: entityText(n), relations: [], review: 'accept', runner: 'binary', seed: 'skip', irreversible: [],
  };
}

/** db-change's declarative spec on that design: the same entities, one optional field more. */
export const changeSpec = (n: number) => ({ entities: entityText(n, true), relations: [] });

/** Write a spec into `dir` and return its path. */
export function writeSpec(dir: string, file: string, spec: object): string {
  const path = join(dir, file);
  writeFileSync(path, JSON.stringify(spec));
  return path;
}
