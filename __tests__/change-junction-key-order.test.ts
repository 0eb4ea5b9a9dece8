/**
 * db-change renames an entity so that its many-to-many junction's entities sort the other way: Member↔Branch
 * (branch_members, key (branch_id, member_id)) with Branch → Site becomes member_sites, its key kept as the
 * database has it, (site_id, member_id), and its second index the key reversed, (member_id, site_id): the old
 * index renamed, never dropped for one on the key's own columns. Up → down → up with rows on PostgreSQL,
 * MariaDB and SQLite; every FK column leads an index; lint clean; the next change sees nothing to do.
 * Before, the diff kept the old key yet took the new index from the new order, (site_id, member_id): the key's
 * columns again, member_id with no index (require-index-for-foreign-key; MariaDB refused the drop).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEachEngine, fkColumnsIndexed, openEngine, type EngineId } from './support/engines.js';
import { buildInit } from '../src/core/init.js';
import { planChange } from '../src/change/plan.js';
import { ChangeSpec } from '../src/change/spec.js';
import { lint } from '../src/verify/lint/index.js';
import { lintContext } from '../src/verify/lint/context.js';
import { dialectOf } from '../src/dialects/registry.js';

const NOWHERE = join(tmpdir(), 'db-scaffold-no-such-dir');
const MEMBER = 'Member: name, @timestamps(none)';
const branch = (n: string) => `${n}: city, @timestamps(none)`;
const m2m = (to: string) => [{ from: 'Member', to, kind: 'many-to-many' as const }];
const AT = new Date('2026-03-05T05:06:07Z');
const IX = 'ix_member_sites';

function design(db: EngineId) {
  return buildInit({
    intake: 'Members belong to branches.', db, orm: 'none', scale: 'team', style: 'schema-first',
    migctl: 'manual', entities: `${MEMBER}\n${branch('Branch')}`, relations: m2m('Branch'), review: 'accept',
    runner: 'later', irreversible: [],
  }, undefined, NOWHERE, new Date('2026-03-04T05:06:07Z'));
}

describeEachEngine('db-change: a junction whose entities sort the other way after a rename', (id) => {
  const q = (n: string) => (id === 'mysql' ? `\`${n}\`` : `"${n}"`);
  test('keeps its key, indexes each FK column, renames the index; up → down → up, rows kept', async () => {
    const built = design(id);
    const initUp = built.files.find((f) => f.path.endsWith('_init_schema.sql'))!.body;
    const entities = `${MEMBER}\n${branch('Site')}`;
    const spec = { entities, relations: m2m('Site'), renames: [{ from: 'Branch', to: 'Site' }] };
    const out = planChange(built.design, ChangeSpec.parse(spec), NOWHERE, AT);
    const same = ChangeSpec.parse({ entities, relations: m2m('Site') });
    const again = (d: typeof out.design) => () => planChange(d, same, NOWHERE, AT);
    const t = out.design.schema!.tables.find((x) => x.name === 'member_sites')!;
    expect(t.primaryKey.columns).toEqual(['site_id', 'member_id']);
    expect(t.indexes.map((i) => [i.name, i.columns])).toEqual([[`${IX}_member_id_site_id`, ['member_id', 'site_id']]]);
    expect(out.up).not.toContain(`${IX}_site_id_member_id`);
    const rules = lint(lintContext(out.design, dialectOf(id), [])).findings.map((f) => f.rule);
    expect(rules).not.toContain('require-index-for-foreign-key');
    // the design written is consistent with itself: the same spec again has nothing to change
    expect(again(out.design)).toThrow(/nothing to change/);
    // a design written by the old rule (the key's columns indexed again) is left as it is: no change, no refusal
    const old = structuredClone(out.design);
    const bad = { name: `${IX}_site_id_member_id`, columns: ['site_id', 'member_id'], unique: false };
    old.schema!.tables.find((x) => x.name === 'member_sites')!.indexes = [bad];
    expect(again(old)).toThrow(/nothing to change/);
    const e = await openEngine(id);
    try {
      await e.exec(initUp);
      await e.exec(`INSERT INTO ${q('members')} (${q('name')}) VALUES ('Ada');
INSERT INTO ${q('branches')} (${q('city')}) VALUES ('Leeds');
INSERT INTO ${q('branch_members')} (${q('branch_id')}, ${q('member_id')}) VALUES (1, 1);`);
      const cat0 = await e.catalog();
      for (const step of [out.up!, out.down!, out.up!]) await e.exec(step);
      const cat = await e.catalog();
      expect(cat.tables.member_sites.primaryKey).toEqual(['site_id', 'member_id']);
      expect(fkColumnsIndexed(cat)).toEqual([]);
      expect(cat.tables.member_sites.indexes.map((i) => i.columns)).toEqual([['member_id', 'site_id']]);
      const got = await e.query(`SELECT m.${q('name')} AS n, s.${q('city')} AS c FROM ${q('member_sites')} j
        JOIN ${q('members')} m ON m.${q('id')} = j.${q('member_id')}
        JOIN ${q('sites')} s ON s.${q('id')} = j.${q('site_id')}`);
      expect(got).toEqual([{ n: 'Ada', c: 'Leeds' }]);
      await e.exec(out.down!);
      expect(await e.catalog()).toEqual(cat0);
    } finally { await e.close(); }
  });
});
