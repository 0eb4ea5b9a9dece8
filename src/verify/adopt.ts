/**
 * `db-verify --adopt`: the columns added or dropped by hand in the live database taken into the design, as a
 * migration pair through the one pipeline (appendMigration: schema.sql, the picture, the state). The live
 * database has the change already: record the new version as applied in the runner's table, never run it there.
 */
import type { Design } from '../state/design-schema.js';
import type { Catalog, CatColumn } from '../catalog/types.js';
import type { CatalogDifference } from '../catalog/diff.js';
import type { ColType, Default, Field } from '../state/model-schema.js';
import type { FileRecord } from '../io/files.js';
import { assignIds } from '../model/ids.js';
import { compileFor } from '../core/design.js';
import { appendMigration, diffOf, stateRecord } from '../core/migrate.js';
import { targetOf } from '../core/target.js';
import { fail } from '../cli/errors.js';

/** The design type of a column as an engine's catalog shows it; undefined when there is none that fits. */
export function typeOf(c: CatColumn): ColType | undefined {
  const b = c.base.toLowerCase();
  if (/^(character varying|varchar|nvarchar)$/.test(b)) return { kind: 'string', length: c.length ?? 255 };
  if (/^(character|char|bpchar|nchar)$/.test(b)) return { kind: 'char', length: c.length ?? 1 };
  if (/^(text|mediumtext|longtext|tinytext|clob)$/.test(b)) return { kind: 'text' };
  if (b === 'tinyint' && /\(1\)/.test(c.type)) return { kind: 'boolean' };
  if (/^(boolean|bool)$/.test(b)) return { kind: 'boolean' };
  if (/^(smallint|int2)$/.test(b)) return { kind: 'smallint' };
  if (/^(integer|int|int4|mediumint)$/.test(b)) return { kind: 'integer' };
  if (/^(bigint|int8)$/.test(b)) return { kind: 'bigint' };
  if (/^(numeric|decimal)$/.test(b)) return { kind: 'decimal', precision: c.precision ?? 12, scale: c.scale ?? 2 };
  if (/^(real|double precision|double|float|float4|float8)$/.test(b)) return { kind: 'float' };
  if (b === 'date') return { kind: 'date' };
  if (/^time\b/.test(b)) return { kind: 'time' };
  if (/^(timestamp with time zone|timestamptz)$/.test(b)) return { kind: 'timestamp' };
  if (/^(timestamp|timestamp without time zone|datetime)$/.test(b)) return { kind: 'datetime' };
  if (b === 'uuid') return { kind: 'uuid' };
  if (/^jsonb?$/.test(b)) return { kind: 'json' };
  if (b === 'inet' || b === 'cidr') return { kind: 'string', length: b === 'inet' ? 45 : 49, net: b };
  if (/^(bytea|blob|binary|varbinary|longblob)$/.test(b)) return { kind: 'binary' };
  return undefined;
}

/** A plain literal default ('x', 42, true) as the design writes it; anything else is not taken. */
function defaultOf(c: CatColumn): Default | undefined {
  const v = c.default?.replace(/::[a-z ]+(\(\d+\))?$/i, '').trim();
  if (!v || /^null$/i.test(v)) return undefined;
  if (/^-?\d+(\.\d+)?$/.test(v)) return { kind: 'value', value: Number(v) };
  if (/^'(?:[^']|'')*'$/.test(v)) return { kind: 'value', value: v.slice(1, -1).replace(/''/g, "'") };
  if (/^(true|false)$/i.test(v)) return { kind: 'value', value: v.toLowerCase() === 'true' };
  return undefined;
}

export function adoptRecords(dest: string, design: Design, live: Catalog, diffs: CatalogDifference[], clock: Date): FileRecord[] {
  const model = structuredClone(design.model!);
  const taken: string[] = []; const left: string[] = [];
  for (const x of diffs) {
    const m = /^column ([^.]+)\.(.+)$/.exec(x.object);
    const entity = m && model.entities.find((e) => e.name === design.schema!.tables.find((t) => t.name === m[1])?.entity);
    const col = m && live.tables.find((t) => t.name === m[1])?.columns.find((c) => c.name === m[2]);
    const type = col && typeOf(col);
    if (entity && col && type && x.detail === 'only in a') {
      const f: Field = { name: col.name, type, nullable: col.nullable, unique: false, index: false, checks: [], reason: 'adopted from the live database' };
      const def = defaultOf(col);
      if (def) f.default = def;
      entity.fields.push(f); taken.push(`${x.object} added`);
    } else if (entity && m && x.detail === 'only in b' && entity.fields.some((f) => f.name === m[2] && !f.pk && !f.ref)) {
      entity.fields = entity.fields.filter((f) => f.name !== m[2]); taken.push(`${x.object} dropped`);
    } else left.push(`${x.object}: ${x.detail}`);
  }
  if (!taken.length) fail(`--adopt: nothing it can take into the design (${left.slice(0, 3).join('; ')}); --revert writes the SQL that brings the database back`);
  const next = assignIds(model);
  const a = design.answers;
  const target = targetOf(design, { db: a.db!, scale: a.scale ?? 'team', orm: a.orm ?? 'none', style: a.style ?? 'schema-first' });
  const out = appendMigration({
    target, design, prev: design.schema!, model: next, name: 'adopt_drift', clock, dest,
    notes: [`adopted from the live database: ${taken.join(', ')}`, ...left.map((l) => `not adopted: ${l} — make it through npx plop db-change, or bring the database back with --revert`)],
  }, diffOf(target, design.schema!, compileFor(next, { ...target.settings, timestamps: a.timestamps, names: a.names })));
  return [...out.files, stateRecord(out.design)];
}
