/** Phases 4 and 5: irreversible tables (only when a down file is written), the runner (4e), the seed tier. */
import type { Spec } from '../state/answers-schema.js';
import { existsSync } from 'node:fs';
import { handoff } from '../render/catalogue.js';
import { join } from 'node:path';
import { parseEntities } from '../model/parse.js';
import { selectKey, type Inquirer } from './io.js';
import { ormOwnsMigrations } from '../runners/owner.js';
import { prompts } from './tty/lazy.js';
import { grow, inPhase, keep, sayHeader } from './tty/session.js';
import { keiRuns } from '../core/safety.js';
import { dialectOf } from '../dialects/registry.js';

/** The runner the stack suggests: an ORM's own runner, a Cargo project's path dependency, else the binary. */
export function preselect(a: Spec, dest: string | undefined): { runner: string; existing?: string } {
  if (a.orm === 'sqlx') return { runner: 'existing', existing: 'sqlx' };
  if (dest && existsSync(join(dest, 'Cargo.toml'))) return { runner: 'cargo-path-dep' };
  return { runner: 'binary' };
}

export async function askMigrations(inq: Inquirer | undefined, a: Spec, dest?: string): Promise<Spec> {
  const out = { ...a };
  const handedOff = !!(out.orm && handoff(out.orm)); // Prisma: no SQL migration, so no down to guard
  const ownRunner = ormOwnsMigrations(out.orm); // prisma migrate / Alembic
  if (ownRunner && out.runner === undefined) out.runner = 'existing';
  if (!inq) return out;
  inPhase(4);
  if (out.irreversible === undefined && handedOff) out.irreversible = []; // no down file is written
  if (out.irreversible === undefined) {
    const choices = parseEntities(out.entities!).map((e) => ({ value: e.name, label: e.name, hint: `${e.table}: the down aborts instead of dropping it` }));
    out.irreversible = await (await prompts()).multi({ message: 'Tables whose down migration must abort (they will hold production data)', choices, none: 'none: the down drops every table' });
    keep(inq, out);
  }
  if (out.runner === undefined) {
    sayHeader();
    delete out.existing;
    out.runner = (await selectKey(inq, 'runner', preselect(out, dest).runner)) as Spec['runner'];
    keep(inq, out);
  }
  // online was preselected on the first screen, before the runner: kei-migrate cannot run a file outside a transaction
  if (out.safety === 'online' && !!out.db && !!dialectOf(out.db).online && keiRuns(out)) {
    grow(1);
    sayHeader();
    const pick = await selectKey(inq, 'safetyRunner', 'offline');
    if (pick === 'offline') out.safety = 'offline';
    else out.runner = 'existing';
    keep(inq, out);
  }
  if (out.runner === 'existing' && out.existing === undefined && !ownRunner) {
    out.existing = (await selectKey(inq, 'existing', preselect(out, dest).existing)) as Spec['existing'];
    keep(inq, out);
  }
  return out;
}

export async function askSeed(inq: Inquirer | undefined, a: Spec): Promise<Spec> {
  if (a.seed !== undefined || !inq) return a;
  inPhase(5);
  sayHeader();
  const out = { ...a, seed: (await selectKey(inq, 'seed')) as Spec['seed'] };
  keep(inq, out);
  return out;
}
