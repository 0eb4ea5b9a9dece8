/** Phases 4 and 5: irreversible tables, the runner (4e), the seed tier. */
import type { Spec } from '../state/answers-schema.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntities } from '../model/parse.js';
import { select, selectKey, type Inquirer } from './io.js';

/** The runner the stack suggests: an ORM's own runner, a Cargo project's path dependency, else the binary. */
export function preselect(a: Spec, dest: string | undefined): { runner: string; existing?: string } {
  if (a.orm === 'sqlx') return { runner: 'existing', existing: 'sqlx' };
  if (dest && existsSync(join(dest, 'Cargo.toml'))) return { runner: 'cargo-path-dep' };
  return { runner: 'binary' };
}

export async function askMigrations(inq: Inquirer | undefined, a: Spec, dest?: string): Promise<Spec> {
  const out = { ...a };
  if ((out.orm === 'prisma' || out.orm === 'sqlalchemy') && out.runner === undefined) out.runner = 'existing';
  if (!inq) return out;
  if (out.irreversible === undefined) {
    const names = parseEntities(out.entities!).map((e) => e.name);
    const irreversible: string[] = [];
    for (;;) {
      const left = names.filter((n) => !irreversible.includes(n));
      const pick = await select(inq, 'irreversible', irreversible.length ? `Irreversible so far: ${irreversible.join(', ')}` : 'Tables whose down migration must abort (they will hold production data)', [
        { value: '', label: irreversible.length ? 'Done' : 'None', hint: 'the down drops every table' },
        ...left.map((n) => ({ value: n, label: n, hint: 'guard its DROP: the down aborts with irreversible: init_schema' })),
      ]);
      if (!pick) break;
      irreversible.push(pick);
    }
    out.irreversible = irreversible;
  }
  if (out.runner === undefined) {
    delete out.existing;
    out.runner = (await selectKey(inq, 'runner', preselect(out, dest).runner)) as Spec['runner'];
  }
  if (out.runner === 'existing' && out.existing === undefined && out.orm !== 'prisma' && out.orm !== 'sqlalchemy') {
    out.existing = (await selectKey(inq, 'existing', preselect(out, dest).existing)) as Spec['existing'];
  }
  return out;
}

export async function askSeed(inq: Inquirer | undefined, a: Spec): Promise<Spec> {
  if (a.seed !== undefined || !inq) return a;
  return { ...a, seed: (await selectKey(inq, 'seed')) as Spec['seed'] };
}
