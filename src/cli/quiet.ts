import { importEsm } from '../base/esm-import.js';

/** plop's progress spinner (nanospinner) writes `- ` and a newline at every step when stderr is not a terminal:
 *  under plop's own CLI with piped output it is turned off, so only the written paths and the report remain. */
export async function quietSpinner(argv: string[] = process.argv): Promise<void> {
  if (process.stderr.isTTY || !/plop(\.js)?$/.test(argv[1] ?? '')) return;
  const plop = await importEsm<{ progressSpinner?: { start: () => unknown } }>('plop');
  const s = plop.progressSpinner;
  if (s) s.start = () => s;
}
