/**
 * Older db/design.json versions, upgraded in memory when read; the next generator that writes stores
 * the current version. Version 1 → 2: every entity and field gets its stable id (nothing else changed
 * shape: version 2 only adds optional parts).
 */
import { Model } from './model-schema.js';
import { assignIds } from '../model/ids.js';
import { STATE_VERSION } from './design-schema.js';

type Raw = Record<string, unknown>;

export function upgradeDesign(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const d = raw as Raw;
  if (d.version !== 1) return raw;
  const out: Raw = { ...d, version: STATE_VERSION };
  if (d.model !== undefined) {
    const model = Model.safeParse(d.model);
    if (model.success) out.model = assignIds(model.data);   // an invalid model is reported by the caller's parse
  }
  return out;
}
