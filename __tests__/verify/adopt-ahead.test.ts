/**
 * Why an adopted model carried a table twice (the toposort hang of c9a5c97): a live database behind the design
 * (its runner's table says an older version, or none) that has a table the design makes in a later migration —
 * run by hand, never recorded. The drift walk compares with the catalog at the live version, where the table is
 * not, and took it as new: a second entity for the same table. Now it is named (record that migration as applied,
 * or drop the table and run it; no db-change advice after it) and the model keeps it once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { project, readDesign } from './project.js';
import { openScratch } from '../../src/verify/scratch.js';
import { dialectOf } from '../../src/dialects/registry.js';
import { emptyCatalog } from '../../src/catalog/types.js';
import { liveDesign, notAdoptedLine } from '../../src/verify/adopt.js';
import { INIT } from './live.js';

test('a table the design makes in a migration the live database has not run is named, and the adopted model has it once', async () => {
  const dir = project('blog', 'sqlite');
  const design = readDesign(dir);
  const db = await openScratch('sqlite', {});
  try {
    await db.exec(readFileSync(join(dir, `migrations/${INIT}_init_schema.sql`), 'utf8'));
    const live = await dialectOf('sqlite').readCatalog(db.conn); // the first migration run, not recorded: at no version
    const l = liveDesign(design, live, emptyCatalog('sqlite'));
    const tables = l.schema.tables.map((t) => t.name);
    expect(tables).toEqual([...new Set(tables)]);
    expect(tables.sort()).toEqual(design.schema!.tables.map((t) => t.name).sort());
    expect(l.model.entities).toHaveLength(design.model!.entities.length);
    expect(l.left).toEqual(expect.arrayContaining([expect.stringMatching(/^table users added in the live database, which the design makes in a migration it has not recorded: record that migration as applied/)]));
    expect(l.taken.filter((x) => /^table /.test(x))).toEqual([]);
    const ahead = l.left.find((x) => x.startsWith('table users'))!;
    expect(notAdoptedLine(ahead)).not.toMatch(/db-change|--revert/); // its own advice only: db-change cannot make it
    expect(notAdoptedLine('column users.x: why')).toMatch(/make it through npx plop db-change, or bring the database back/);
  } finally { await db.close(); }
});
