/**
 * Issues 16 and 20: the volume tier over the v3 language on the three engines — unique inet/cidr columns get
 * valid, distinct addresses (PostgreSQL's inet refuses anything else), case-insensitive uniques (`ci`, citext,
 * `@unique(lower(…))`) and partial uniques hold for every generated row: the counts are the plan's, so no row
 * was dropped by the conflict clause, and a second load adds nothing.
 */
import { isIP } from 'node:net';
import { describeEachEngine, openEngine } from './support/engines.js';
import { renderDesign } from './support/schema-run.js';
import { seedFiles } from '../src/seed/index.js';
import { planVolume } from '../src/seed/volume-plan.js';
import type { DialectId } from '../src/dialects/dialect.js';

const ROWS = 2000;
const DESIGN = [
  'Host: addr:inet:unique, net:cidr:unique, label:string(40):ci:unique, code:citext:unique',
  'Tool: name:string(80)',
  'Loan: tool_id, returned_at:optional, @unique(tool_id) where(returned_at IS NULL)',
  "Member: email:string(320), handle:string(40), kind:string(10), @unique(lower(email)), @unique(lower(handle)) where(kind <> 'bot')",
].join('\n');

describeEachEngine('volume seed over the v3 language', (id) => {
  const db = id as DialectId;
  test('loads with the planned counts, addresses valid and distinct, a second load adds nothing', async () => {
    const r = renderDesign(db, DESIGN);
    const seed = seedFiles(r.design, 'volume', ROWS).files[0].body;
    const { counts } = planVolume(r.design.schema!, ROWS);
    const e = await openEngine(db);
    try {
      await e.exec(r.up);
      await e.exec(seed);
      const got = async () => Object.fromEntries(await Promise.all(r.design.schema!.tables.map(async (t) =>
        [t.name, Number(Object.values((await e.query(`SELECT COUNT(*) AS n FROM ${t.name}`))[0])[0])])));
      const first = await got();
      expect(first).toEqual(Object.fromEntries(r.design.schema!.tables.map((t) => [t.name, counts.get(t.name)])));
      const hosts = await e.query<{ addr: string; net: string }>('SELECT addr, net FROM hosts');
      expect(hosts.length).toBe(counts.get('hosts'));
      expect(hosts.filter((h) => !isIP(String(h.addr)) || !isIP(String(h.net).replace(/\/\d+$/, '')))).toEqual([]);
      expect(new Set(hosts.map((h) => String(h.addr))).size).toBe(hosts.length);
      await e.exec(seed);
      expect(await got()).toEqual(first);
    } finally {
      await e.exec(r.down).catch(() => undefined);
      await e.close();
    }
  }, 120_000);
});
