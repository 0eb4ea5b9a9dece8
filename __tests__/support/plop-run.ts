/** A generator run through node-plop's API. A refused run is the one async action's failure there (generators/plop.ts);
 *  it is a rejection here, its line the message, as `npx plop` prints it (`[ERROR] <line>`, exit 1). */
type Hooks = { onComment?: (c: string) => void };
interface Ran { changes: { type: string; path: string }[]; failures: { error?: string }[] }
interface Generator { runActions(answers: Record<string, unknown>, hooks?: Hooks): Promise<Ran> }

export async function runGenerator(plop: { getGenerator(name: string): unknown }, gen: string, answers: object, hooks?: Hooks) {
  const r = await (plop.getGenerator(gen) as Generator).runActions(answers as Record<string, unknown>, hooks);
  if (r.failures.length) throw new Error(r.failures[0].error);
  return r;
}
