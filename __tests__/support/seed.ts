/** Seed tests: example designs per engine (pure, via buildInit), table snapshots, an insert without an id. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildInit, type InitAnswers } from '../../src/core/init.js';
import type { Design } from '../../src/state/design-schema.js';
import type { Table } from '../../src/state/physical-schema.js';
import { dialectOf } from '../../src/dialects/registry.js';
import { planSeed } from '../../src/seed/index.js';
import { planGroup } from '../../src/seed/plan.js';
import { UniqueBook } from '../../src/seed/unique.js';
import { literal } from '../../src/seed/render.js';
import type { Tier } from '../../src/seed/tiers.js';
import type { Engine, EngineId } from './engines.js';
import { tempDir } from './temp.js';

const example = (name: string): InitAnswers => JSON.parse(readFileSync(join(process.cwd(), 'examples', `${name}.json`), 'utf8'));

/** blog as shipped; shop plus a many-to-many (wishlists), so it has a one-to-one, an enum, amounts and a junction. */
export const DESIGNS: Record<string, InitAnswers> = {
  blog: example('blog'),
  shop: { ...example('shop'), relations: [...example('shop').relations, { from: 'Customer', to: 'Product', kind: 'many-to-many' }] },
  saas: example('saas'), // multi-replica: soft delete
  /** Self references (a tree, a self many-to-many) and credential-like columns. */
  staff: {
    ...example('blog'),
    entities: 'Employee: email, full_name, password_hash:string, reset_token:string:optional, level:enum(junior|senior), salary_amount\nTeam: name:string:unique',
    relations: [{ from: 'Employee', to: 'Employee', kind: 'one-to-many' }, { from: 'Employee', to: 'Employee', kind: 'many-to-many', column: 'follows' },
      { from: 'Team', to: 'Employee', kind: 'many-to-many' }],
  },
  /** An FK cycle: the FK that closes it is NULL-allowed, so every tier loads. */
  cycle: { ...example('blog'), entities: 'Hen: name, egg_id\nEgg: name, hen_id', relations: [] },
};

export const CLOCK = new Date('2026-03-04T05:06:07Z');

/** The design db-schema would write for `db`, and its init migration (up). */
export function designFor(name: string, db: EngineId): { design: Design; up: string } {
  const built = buildInit({ ...DESIGNS[name], db, seed: 'skip' }, undefined, tempDir('seed'), CLOCK);
  const up = built.files.find((f) => /_init_schema\.sql$/.test(f.path));
  if (!up) throw new Error(`no init migration for ${name}/${db}`);
  return { design: built.design, up: up.body };
}

export const num = async (e: Engine, sql: string): Promise<number> => Number(Object.values((await e.query(sql))[0])[0]);

/** Every row of every table, ordered by primary key (compared before and after a second load). */
export async function snapshot(e: Engine, d: Design): Promise<Record<string, unknown[]>> {
  const q = dialectOf(d.answers.db!).quote;
  const out: Record<string, unknown[]> = {};
  for (const t of d.schema!.tables) {
    out[t.name] = await e.query(`SELECT * FROM ${q(t.name)} ORDER BY ${t.primaryKey.columns.map(q).join(', ')}`);
  }
  return out;
}

/**
 * One INSERT per entity table without its id (parents first), as the app would do after the seed:
 * values from one more planned row (unique against the seed), keys pointing at the parent just inserted.
 */
export function insertsWithoutId(d: Design, tier: Tier): { table: Table; sql: string }[] {
  const schema = d.schema!;
  const dialect = dialectOf(d.answers.db!);
  const book = new UniqueBook();
  planSeed(schema, tier).specs.forEach((s) => planGroup(schema, s, book));
  const extra = planGroup(schema, { base: 900_000, counts: new Map(schema.tables.map((t) => [t.name, t.kind === 'entity' ? 1 : 0])), fill: 'all' }, book);
  return extra.tables.map((p) => {
    const cols = p.columns.map((c, i) => ({ c, v: p.rows[0][i] })).filter(({ c }) => !p.table.columns.find((x) => x.name === c)?.identity);
    const values = cols.map(({ c, v }) => {
      const fk = p.table.foreignKeys.find((f) => f.column === c);
      if (!fk) return literal(dialect, dialect.seed, v);
      return fk.refTable === p.table.name ? 'NULL' : `(SELECT MAX(${dialect.quote('id')}) FROM ${dialect.quote(fk.refTable)})`;
    });
    const sql = `INSERT INTO ${dialect.quote(p.table.name)} (${cols.map(({ c }) => dialect.quote(c)).join(', ')}) VALUES (${values.join(', ')});`;
    return { table: p.table, sql };
  });
}
