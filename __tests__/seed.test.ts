/** The seed file itself (pure): deterministic, safe SQL per dialect, values that respect the design's meaning. */
import { buildModel, compileFor } from '../src/core/design.js';
import { DIALECT_IDS as DIALECTS } from '../src/dialects/dialect.js';
import { DESIGNS, designFor } from './support/seed.js';
import { planSeed, seedFiles } from '../src/seed/index.js';
import { emptyDesign, type Design } from '../src/state/design-schema.js';
import type { DialectId } from '../src/dialects/dialect.js';
import type { Tier } from '../src/seed/tiers.js';

const TIERS: Tier[] = ['smoke', 'rich', 'fixtures'];

const ACCOUNTS = {
  entities: 'Account: email, display_name, password_hash:string, api_token:string:optional, balance_amount, tier:enum(free|pro|team), born_on:date:optional\n'
    + 'Login: ip_address:string, account_id',
};

function designOf(db: DialectId, s: { entities: string }): Design {
  const model = buildModel({ entities: s.entities, relations: [] });
  return { ...emptyDesign(), answers: { db }, model, schema: compileFor(model, { db, scale: 'team' }) };
}

/** Values of one column over every planned row (all groups). */
function column(d: Design, tier: Tier, table: string, col: string): unknown[] {
  const { groups } = planSeed(d.schema!, tier);
  return groups.flatMap((g) => g.tables.filter((p) => p.table.name === table)
    .flatMap((p) => p.rows.map((r) => r[p.columns.indexOf(col)])));
}

describe('seed file', () => {
  test.each(DIALECTS)('two runs on the same design give the same bytes (%s)', (db) => {
    for (const name of Object.keys(DESIGNS)) {
      for (const tier of TIERS) {
        const a = seedFiles(designFor(name, db).design, tier);
        const b = seedFiles(designFor(name, db).design, tier);
        expect(a.files).toEqual(b.files);
        expect(a.files[0].body).not.toMatch(/20(2[6-9]|[3-9]\d)-\d\d-\d\d/); // nothing from today's clock (2026+)
      }
    }
  });

  test('idempotent inserts per dialect; never INSERT IGNORE / INSERT OR IGNORE', () => {
    const body = (db: DialectId) => seedFiles(designFor('shop', db).design, 'smoke').files[0].body;
    const pg = body('postgres');
    expect(pg).toMatch(/INSERT INTO "customers" \([^)]*\) OVERRIDING SYSTEM VALUE VALUES\n/);
    expect(pg).toMatch(/INSERT INTO "customer_products" \("customer_id", "product_id", "created_at"\) VALUES\n/);
    expect(pg.match(/ON CONFLICT DO NOTHING;/g)?.length).toBe(7);
    expect(pg).toContain(`DO $$\nBEGIN\n  PERFORM setval(pg_get_serial_sequence('"customers"', 'id'), COALESCE((SELECT MAX("id") FROM "customers"), 0) + 1, false);\n`);
    const my = body('mysql');
    expect(my).not.toMatch(/INSERT IGNORE/i);
    expect(my).toContain('ON DUPLICATE KEY UPDATE `id` = `id`;');
    expect(my).toContain('ON DUPLICATE KEY UPDATE `customer_id` = `customer_id`;');
    expect(my).toContain('ALTER TABLE `order_items` AUTO_INCREMENT = 2;');
    const lite = body('sqlite');
    expect(lite).not.toMatch(/OR IGNORE/i);
    expect(lite.match(/ON CONFLICT DO NOTHING;/g)?.length).toBe(7);
  });

  test('credential-like columns: NULL when optional, an obvious placeholder when required', () => {
    const d = designOf('postgres', ACCOUNTS);
    for (const tier of TIERS) {
      expect(new Set(column(d, tier, 'accounts', 'password_hash'))).toEqual(new Set(['not-a-secret']));
      expect(new Set(column(d, tier, 'accounts', 'api_token'))).toEqual(new Set([null]));
    }
  });

  test('rich values follow meaning: reserved e-mail domain, amounts ≥ 0 with cents, enums spread, dates in range', () => {
    const d = designOf('mysql', ACCOUNTS);
    const emails = column(d, 'rich', 'accounts', 'email') as string[];
    expect(emails.filter((e) => !/^[a-z.]+\d+@example\.test$/.test(e))).toEqual([]);
    expect(new Set(emails).size).toBe(emails.length);
    const amounts = column(d, 'rich', 'accounts', 'balance_amount') as { num: string }[];
    expect(amounts.filter((a) => !(/^\d+\.\d\d$/.test(a.num) && Number(a.num) >= 0))).toEqual([]);
    expect(new Set(column(d, 'rich', 'accounts', 'tier'))).toEqual(new Set(['free', 'pro', 'team']));
    const names = column(d, 'rich', 'accounts', 'display_name') as string[];
    expect(names.filter((n) => !(/^[A-Z][\w'-]+ [A-Z][\w'-]+$/.test(n)))).toEqual([]);
    const born = (column(d, 'rich', 'accounts', 'born_on') as ({ date: string } | null)[]).filter(Boolean);
    expect(born.length).toBeGreaterThan(0);
    expect(born.filter((b) => !(b!.date >= '1950-01-01' && b!.date <= '2004-12-31'))).toEqual([]);
    const created = column(d, 'rich', 'logins', 'created_at') as { ts: string }[];
    expect(created.filter((c) => !(c.ts >= '2023-01-01' && c.ts < '2025-07-01'))).toEqual([]);
  });

  test('skip writes nothing and records the skip', () => {
    expect(seedFiles(designFor('blog', 'sqlite').design, 'skip')).toEqual({ files: [], seed: { tier: 'skip', entities: [] } });
  });

  test('the whole current design is seeded: a new entity is covered too', () => {
    const before = designOf('sqlite', ACCOUNTS);
    const after = designOf('sqlite', { entities: `${ACCOUNTS.entities}\nBadge: label:string:unique, account_id` });
    expect(seedFiles(before, 'smoke').seed.entities).toEqual(['Account', 'Login']);
    const r = seedFiles(after, 'smoke');
    expect(r.seed).toEqual({ tier: 'smoke', file: 'db/seed.sql', entities: ['Account', 'Login', 'Badge'] });
    expect(r.files[0].body).toContain('INSERT INTO "badges"');
  });

  test('the snippet applies the migrations, loads the seed and counts rows', () => {
    const { design } = designFor('blog', 'postgres');
    const s = seedFiles(design, 'smoke').snippet!;
    expect(s).toContain(`-f ${design.migrations[0].up}`);
    expect(s).toContain('-f db/seed.sql');
    expect(s).toContain(`SELECT 'users' AS table_name, COUNT(*) AS row_count FROM "users"`);
    expect(s).toContain('Expect: users 1, posts 1, comments 1, tags 1, post_tags 1');
  });

  test('a UNIQUE enum caps the rows; when fixtures need more rows than values it fails with one line', () => {
    const d = designOf('sqlite', { entities: 'Slot: level:enum(low|high):unique' });
    expect(new Set(column(d, 'rich', 'slots', 'level'))).toEqual(new Set(['low', 'high']));
    expect(() => seedFiles(d, 'fixtures')).toThrow(/^seed: slots\.level is UNIQUE with only 2 possible values/);
  });

  test('an FK cycle seeds: the key that closes it is NULL-allowed', () => {
    const d = designOf('postgres', { entities: 'Hen: egg_id\nEgg: hen_id' });
    const nullable = d.schema!.tables.flatMap((t) => t.columns.filter((c) => c.name.endsWith('_id') && c.nullable).map((c) => `${t.name}.${c.name}`));
    expect(nullable).toEqual(['hens.egg_id']);
    expect(seedFiles(d, 'smoke').files[0].body).toContain('INSERT INTO "eggs"');
  });
});
