/** Phase 1: the app paragraph, then five selects; auto-on-deploy with many replicas gets alternatives. */
import type { Spec } from '../state/answers-schema.js';
import { fail } from '../cli/errors.js';
import { REPLICA_SAFE } from './choices.js';
import { input, select, selectKey, say, type Inquirer } from './io.js';

export const INTAKE_KEYS = ['intake', 'db', 'orm', 'scale', 'style', 'migctl'] as const;

export async function askIntake(inq: Inquirer | undefined, a: Spec): Promise<Spec> {
  const out = { ...a };
  if (out.intake === undefined && inq) {
    const check = (t: string) => !!t.trim() || 'one paragraph: what the app does, rough entity count, constraints';
    out.intake = (await input(inq, 'intake', 'Describe the app in one paragraph (what it does, rough entity count, constraints)', { check })).trim();
  }
  for (const key of ['db', 'orm', 'scale', 'style', 'migctl'] as const) {
    if (out[key] === undefined && inq) (out as Record<string, string>)[key] = await selectKey(inq, key);
  }
  return replicaCheck(inq, out);
}

/** Every replica would try to apply at start: offer replica-safe alternatives, hybrid first. */
const WHY = 'auto-on-deploy with production multi-replica: every replica would try to apply the same migrations at start';

/** Without a terminal: one line with the alternatives. */
export function assertReplicaSafe<T extends Spec>(a: T): T {
  if (a.migctl === 'auto-on-deploy' && a.scale === 'multi-replica') {
    fail(`migctl: ${WHY}; choose migctl 'hybrid' (CI applies once), 'leader-job' (one leader-elected migration job) or 'manual'`);
  }
  return a;
}

export async function replicaCheck(inq: Inquirer | undefined, a: Spec): Promise<Spec> {
  if (!inq) return assertReplicaSafe(a);
  if (a.migctl !== 'auto-on-deploy' || a.scale !== 'multi-replica') return a;
  say(`! ${WHY}.\n  Alternatives that apply each migration exactly once:`);
  const migctl = await select(inq, 'migctl', 'Migration control for several replicas', REPLICA_SAFE, 'hybrid');
  return { ...a, migctl: migctl as Spec['migctl'] };
}
