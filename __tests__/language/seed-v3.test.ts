/**
 * Issue 16, seeds of the v3 language on the real engines: a partial unique (one open loan per tool), a
 * case-insensitive unique email, `ci` and citext uniques, unique inet/cidr, key generations, plain updated_at,
 * string(*)/jsonb/datetime(local) and comments — each tier loads, twice, with the counts the plan says.
 */
import { describeEachEngine, openEngine } from '../support/engines.js';
import { renderDesign } from '../support/schema-run.js';
import { planSeed, seedFiles } from '../../src/seed/index.js';
import { rowCounts } from '../../src/seed/snippet.js';
import type { Tier } from '../../src/seed/tiers.js';
import type { DialectId } from '../../src/dialects/dialect.js';

const DESIGN = [
  "Tool: id:identity(by-default), name:string(80):doc('What it is')",
  'Loan: id:autoincrement, tool_id, due:date, returned_at:optional, updated_at:datetime, @timestamps(none), @unique(tool_id) where(returned_at IS NULL)',
  "Member: id:serial, email:string(320), handle:string(40), kind:string(10), @unique(lower(email)), @unique(lower(handle)) where(kind <> 'bot')",
  'Doc: slug:string(*), meta:jsonb:optional, local_at:datetime(local)',
  'Badge: nick:string(40):ci:unique, code:citext:unique, host:inet:unique, net:cidr:unique',
].join('\n');
const TIERS: Tier[] = ['smoke', 'rich', 'fixtures'];

describeEachEngine('seeds of the v3 language', (id) => {
  test.each(TIERS)('%s: loads, the counts the plan says, a second load changes nothing', async (tier) => {
    const r = renderDesign(id as DialectId, DESIGN);
    const seed = seedFiles(r.design, tier).files[0].body;
    const planned = rowCounts(planSeed(r.design.schema!, tier).groups);
    const e = await openEngine(id);
    try {
      await e.exec(r.up);
      await e.exec(seed);
      const counts = async () => Object.fromEntries(await Promise.all(r.design.schema!.tables.map(async (t) =>
        [t.name, Number(Object.values((await e.query(`SELECT COUNT(*) AS n FROM ${t.name}`))[0])[0])])));
      const got = await counts();
      expect(got).toEqual(Object.fromEntries(r.design.schema!.tables.map((t) => [t.name, planned.get(t.name) ?? 0])));
      expect(Object.values(got).every((n) => Number(n) > 0)).toBe(true);
      await e.exec(seed);
      expect(await counts()).toEqual(got);
    } finally {
      await e.close();
    }
  }, 60_000);
});
