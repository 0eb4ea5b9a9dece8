/**
 * The data checks of an online plan on MySQL/MariaDB (data-checks.ts), so that, as offline, a check that finds rows
 * stops the file before any table changes (the report's repair wording holds for online files too). The expand (the
 * first phase) checks every change of the up, reading the rows as they are before it; the contract checks again what
 * it changes, the type changes it swaps in (the old code wrote meanwhile; the columns keep their names until then);
 * the first down to run checks what it narrows back: the contract's (the columns of the new type), or, with no
 * contract, the last phase's (the change complete).
 */
import type { Statement } from '../../model/statements.js';
import { invert } from '../../model/statements.js';
import type { OnlinePlan, Phase } from '../online.js';
import { dataChecks } from './data-checks.js';

const inverse = (ss: Statement[]) => ss.slice().reverse().map(invert);
const first = (p: Phase, sql: string[], down = false): Phase => (down ? { ...p, down: [...sql, ...p.down] } : { ...p, up: [...sql, ...p.up] });

/** `plan` with the checks of `up` first in the phases that run first; `swapped`: the statements the contract completes. */
export function withChecks(plan: OnlinePlan, up: Statement[], swapped: Statement[]): OnlinePlan {
  const phases = plan.phases.map((p, i) => (i === 0 ? first(p, dataChecks(up)) : p));
  if (!plan.contract.length) {
    const last = phases.length - 1;
    return { ...plan, phases: phases.map((p, i) => (i === last ? first(p, dataChecks(inverse(up)), true) : p)) };
  }
  const [c, ...rest] = plan.contract;
  return { ...plan, phases, contract: [first(first(c, dataChecks(swapped)), dataChecks(inverse(swapped)), true), ...rest] };
}
