/** Generated migrations on a real engine: up → (up again) → down → up, with the catalog checks every run needs. */
import { fkColumnsIndexed, tablesWithoutPk, type Catalog, type Engine } from './engines.js';
import type { Rendered } from './golden.js';
import { exampleSpec, renderSpec } from './golden.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import type { InitAnswers } from '../../src/core/init.js';
import type { Relation } from '../../src/state/model-schema.js';

export interface RoundTrip { first: Catalog; again: Catalog; afterDown: Catalog; second: Catalog }

/** A design of our own through the same path as the examples (answers → buildInit → files). */
export function renderDesign(db: DialectId, entities: string, relations: Relation[] = [], over: Partial<InitAnswers> = {}): Rendered {
  return renderSpec(exampleSpec('blog', { db, entities, relations, irreversible: [], scale: 'team', ...over }));
}

/** Runs up, up again, down, up; returns the catalog after each step. Fails fast with the step's name. */
export async function roundTrip(e: Engine, r: Rendered): Promise<RoundTrip> {
  const step = async (name: string, sql: string) => {
    try {
      await e.exec(sql);
    } catch (err) {
      throw new Error(`${e.id} ${name}: ${(err as Error).message}`);
    }
    return e.catalog();
  };
  const first = await step('up', r.up);
  const again = await step('up again', r.up);
  const afterDown = await step('down', r.down);
  const second = await step('up after down', r.up);
  return { first, again, afterDown, second };
}

/** Nothing at all: no tables, no triggers, and on engines with functions, none of those either. */
export function emptyCatalog(id: DialectId): Catalog {
  return { tables: {}, triggers: [], ...(id === 'sqlite' ? {} : { functions: [] }) };
}

/** The checks every generated schema must pass on every engine (the offenders, so a failure names them). */
export function healthProblems(c: Catalog, r: Rendered): string[] {
  const tables = (r.design.schema?.tables ?? []).map((t) => t.name).sort();
  return [
    ...fkColumnsIndexed(c).map((fk) => `FK column not indexed: ${fk.table}.${fk.columns.join(',')}`),
    ...tablesWithoutPk(c).map((t) => `no primary key: ${t}`),
    ...(JSON.stringify(Object.keys(c.tables).sort()) === JSON.stringify(tables) ? [] : [`tables ${Object.keys(c.tables)} ≠ design ${tables}`]),
    ...Object.entries(c.tables).flatMap(([t, info]) => {
      const want = r.design.schema?.tables.find((x) => x.name === t)?.foreignKeys.length ?? -1;
      return info.foreignKeys.length === want ? [] : [`${t}: ${info.foreignKeys.length} FKs, design has ${want}`];
    }),
  ];
}

/** Rows from a one-row query as a number (engines return numbers, strings or bigints). */
export async function scalar(e: Engine, sql: string): Promise<number> {
  const rows = await e.query<Record<string, unknown>>(sql);
  return Number(Object.values(rows[0] ?? {})[0]);
}
