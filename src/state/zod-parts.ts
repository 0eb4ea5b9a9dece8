/** zod's own pieces the fast walk of ordered.ts leans on: a schema's definition as zod keeps it, the checks zod
 *  runs on a parsed value, and zod's parse of a part the walk does not know. */
import type * as z from 'zod';

export const FAIL = Symbol('fail');
export type Walk = (v: unknown) => unknown;
interface Check { _zod: { def: { when?: (p: object) => boolean }; check: (p: { value: unknown; issues: unknown[] }) => unknown } }
export interface Def {
  type: string; checks?: Check[]; coerce?: boolean; catchall?: { _zod: { def: Def } };
  shape?: Record<string, Schema>; element?: Schema; innerType?: Schema; options?: Schema[]; discriminator?: string;
  entries?: Record<string, unknown>; values?: unknown[];
}
export interface Schema { _zod: { def: Def; optin?: string }; safeParse: z.ZodType['safeParse'] }

export const ONCE = { jitless: true } as const;

/** zod's own parse of a part the walk does not know. */
export const byZod = (s: Schema): Walk => (v) => {
  const r = s.safeParse(v, ONCE);
  return r.success ? r.data : FAIL;
};

/** The checks zod runs on a parsed value (min length, a regex, a refine): any issue fails the walk. */
export function withChecks(walk: Walk, checks: Check[]): Walk {
  return (v) => {
    const out = walk(v);
    if (out === FAIL) return FAIL;
    const payload = { value: out, issues: [] as unknown[] };
    for (const ch of checks) {
      if (ch._zod.def.when && !ch._zod.def.when(payload)) continue;
      if (ch._zod.check(payload) instanceof Promise || payload.issues.length) return FAIL;
    }
    return payload.value;
  };
}
