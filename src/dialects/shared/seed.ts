/** The seed SQL most engines share (BEGIN/COMMIT, ON CONFLICT DO NOTHING, X'…' bytes); a dialect overrides what differs. */
import type { SeedSql } from '../members.js';

export const SOURCE_ENV = 'set -a && . ./secrets/db.env && set +a';

/** Hex digits only: X'…' has no escaping. */
export const hexOnly = (h: string) => { if (!/^[0-9a-f]*$/i.test(h)) throw new Error(`internal: '${h}' is not hex`); return h; };

export const baseSeed: Omit<SeedSql, 'load' | 'shell'> = {
  begin: 'BEGIN;',
  commit: 'COMMIT;',
  overriding: () => '',
  onConflict: () => 'ON CONFLICT DO NOTHING',
  resetIdentity: () => [],
  resetBlock: (lines) => lines,
  instant: (d, text) => d.literal(text),
  binary: (_d, hex) => `X'${hexOnly(hex)}'`,
};
