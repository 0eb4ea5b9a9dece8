/**
 * Older db/design.json versions, upgraded in memory when read; the next generator that writes stores
 * the current version. Version 1 → 2: every entity and field gets its stable id. Version 2 → 3 (language
 * v3, issue 16): a typed `updated_at` under timestamps none becomes a plain column unless marked `auto`,
 * so the ones a v2 design has keep what their migrations made (the trigger / ON UPDATE): they get the mark.
 * Nothing else changes shape: versions 2 and 3 only add optional parts.
 */
import { Model } from './model-schema.js';
import { assignIds } from './ids.js';
import { STATE_VERSION } from './design-schema.js';

type Raw = Record<string, unknown>;

export function upgradeDesign(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const d = raw as Raw;
  if (d.version !== 1 && d.version !== 2) return raw;
  const out: Raw = { ...d, version: STATE_VERSION };
  if (d.model !== undefined) {
    const model = Model.safeParse(d.model);   // an invalid model is reported by the caller's parse
    if (model.success) out.model = keepAutoUpdatedAt(d.version === 1 ? assignIds(model.data) : model.data, spec(d));
  }
  return out;
}

const spec = (d: Raw) => ((d.answers as Raw | undefined)?.timestamps as string | undefined) ?? 'both';

/** v2 → v3: every typed updated_at of an entity without automatic timestamps is marked automatic, as v2 compiled it. */
function keepAutoUpdatedAt(m: Model, fallback: string): Model {
  return {
    ...m,
    entities: m.entities.map((e) => ((e.timestamps ?? fallback) !== 'none' ? e : {
      ...e, fields: e.fields.map((f) => (f.name === 'updated_at' ? { ...f, onUpdateNow: true } : f)),
    })),
  };
}
