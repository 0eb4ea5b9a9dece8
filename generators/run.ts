/**
 * One run on a target, the same for the bin and plop: the lock (taken before the state is read) → the answers
 * (the bin gathers them here; plop's prompts have gathered them already) → the plan (async: a seed tier loads
 * faker first; an engine's own default(expr(…)) is run on its engine first) → the all-or-nothing write (the
 * state last) → each written path, then the plan's lines.
 */
import type { WriteResult } from '../src/io/files.js';
import { applyPlan } from '../src/io/apply.js';
import { planChecked } from '../src/io/expr-check.js';
import { withTarget } from '../src/io/session.js';
import { holdForTests } from '../src/io/testing.js';
import { saidOf, type Core, type Data, type Plan } from './shared.js';

/** Where a run's lines go: the bin prints them; plop turns them into its own lines (plop.ts). */
export interface Out { written(w: WriteResult): void; after(block: string): void }

/** `answers` undefined: the run does not happen here (the bin hands a run with something to ask to plop). */
export async function runOnTarget(
  core: Core, dest: string, answers: (root: string) => Promise<Data | undefined>, out: Out,
  then?: (data: Data, root: string) => Promise<void>,
): Promise<boolean> {
  return withTarget(dest, async (root) => {
    holdForTests();
    const data = await answers(root);
    if (!data) return false;
    const said = saidOf(data);
    const plan: Plan = said !== undefined ? { files: [], after: [said] } : await planChecked(root, () => core.plan(data, root));
    for (const w of applyPlan(root, plan.files)) out.written(w);
    for (const block of plan.after.filter(Boolean)) out.after(block);
    await then?.(data, root);
    return true;
  });
}
