/** Phase 1: the app paragraph, then the five decisions on one screen, preselected from the paragraph;
 *  auto-on-deploy with many replicas gets alternatives (hybrid first). */
import type { Spec } from '../state/answers-schema.js';
import { fail } from '../cli/errors.js';
import { CHOICES, REPLICA_SAFE } from './choices.js';
import { guessIntake } from './guess.js';
import { select, say, type Inquirer } from './io.js';
import { prompts } from './tty/lazy.js';
import { grow, inPhase, keep, sayHeader } from './tty/session.js';

export const INTAKE_KEYS = ['intake', 'db', 'orm', 'scale', 'style', 'migctl'] as const;
const DECISIONS = ['db', 'orm', 'scale', 'style', 'migctl'] as const;

export const INTAKE_MESSAGE = 'Describe the app in one paragraph';
const INTAKE_INTRO = 'What it is, how many entities (rough count), and any constraint: existing DB, regulated data,\n' +
  'multi-tenant, edge / serverless, expected row counts. Engine, ORM and scale words preselect the next screen.';

export async function askIntake(inq: Inquirer | undefined, a: Spec): Promise<Spec> {
  const out = { ...a };
  if (!inq) return replicaCheck(inq, out);
  inPhase(1);
  const { form, textLines } = await prompts();
  if (out.intake === undefined) {
    out.intake = await textLines({ message: INTAKE_MESSAGE, intro: INTAKE_INTRO, single: true });
    keep(inq, out);
  }
  const missing = DECISIONS.filter((k) => out[k] === undefined);
  if (missing.length) {
    const guess = guessIntake(out.intake);
    const rows: { key: string; label: string; choices: typeof CHOICES[string]['choices']; value: string; reason: string }[] = missing.map((k) => ({ key: k, label: CHOICES[k].message, choices: CHOICES[k].choices, value: guess[k].value, reason: guess[k].reason }));
    // later migrations online or offline, asked once on the same screen: online preselected at multi-replica scale
    if (out.safety === undefined) {
      const online = (out.scale ?? guess.scale.value) === 'multi-replica';
      rows.push({ key: 'safety', label: CHOICES.safety.message, choices: CHOICES.safety.choices, value: online ? 'online' : 'offline', reason: online ? 'multi-replica scale' : 'default' });
    }
    const picked = await form({ message: `${rows.length === 6 ? 'Six' : 'The'} decisions (all preselected; change any)`, rows, warn: (v) => {
      const scale = v.scale ?? out.scale;
      return (v.migctl ?? out.migctl) === 'auto-on-deploy' && scale === 'multi-replica' ? `${WHY}: you will be offered hybrid, a leader job or manual` : undefined;
    } });
    Object.assign(out, picked);
    keep(inq, out);
  }
  return replicaCheck(inq, out);
}

/** Every replica would try to apply at start: offer replica-safe alternatives, hybrid first. */
const WHY = 'auto-on-deploy with production multi-replica: every replica would try to apply the same migrations at start';

/** Without a terminal: one line with the alternatives. */
export function assertReplicaSafe<T extends Spec>(a: T): T {
  if (a.migctl === 'auto-on-deploy' && a.scale === 'multi-replica') {
    fail(`migctl: ${WHY}; choose migctl 'hybrid' (manual in production, automatic in development), 'leader-job' (one leader-elected migration job) or 'manual'`);
  }
  return a;
}

export async function replicaCheck(inq: Inquirer | undefined, a: Spec): Promise<Spec> {
  if (!inq) return assertReplicaSafe(a);
  if (a.migctl !== 'auto-on-deploy' || a.scale !== 'multi-replica') return a;
  say(`! ${WHY}.\n  Alternatives that apply each migration exactly once:`);
  grow(1);
  sayHeader();
  const migctl = await select(inq, 'migctl', 'Migration control for several replicas', REPLICA_SAFE, 'hybrid');
  const out = { ...a, migctl: migctl as Spec['migctl'] };
  keep(inq, out);
  return out;
}
