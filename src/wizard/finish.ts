/** Phases 4 and 5: irreversible tables (only when a down file is written), the runner (4e), the seed tier. */
import type { Spec } from '../state/answers-schema.js';
import { handoff } from '../render/catalogue.js';
import { parseEntities } from '../model/parse.js';
import { selectKey, type Inquirer } from './io.js';
import { prompts } from './tty/lazy.js';
import { inPhase, keep, sayHeader } from './tty/session.js';

export async function askMigrations(inq: Inquirer | undefined, a: Spec): Promise<Spec> {
  const out = { ...a };
  const handedOff = !!(out.orm && handoff(out.orm));
  if (handedOff && out.runner === undefined) out.runner = 'existing';
  if (!inq) return out;
  inPhase(4);
  if (out.irreversible === undefined && handedOff) out.irreversible = []; // no down file is written
  if (out.irreversible === undefined) {
    const choices = parseEntities(out.entities!).map((e) => ({ value: e.name, label: e.name, hint: `${e.table}: the down aborts instead of dropping it` }));
    out.irreversible = await (await prompts()).multi({ message: 'Tables whose down migration must abort (they will hold production data)', choices, none: 'none: the down drops every table' });
    keep(out);
  }
  if (out.runner === undefined) {
    sayHeader();
    out.runner = (await selectKey(inq, 'runner')) as Spec['runner'];
    keep(out);
  }
  return out;
}

export async function askSeed(inq: Inquirer | undefined, a: Spec): Promise<Spec> {
  if (a.seed !== undefined || !inq) return a;
  inPhase(5);
  sayHeader();
  const out = { ...a, seed: (await selectKey(inq, 'seed')) as Spec['seed'] };
  keep(out);
  return out;
}
