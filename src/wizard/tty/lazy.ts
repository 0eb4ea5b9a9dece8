import { importEsm } from '../../base/esm-import.js';

/** The prompts and the review's colouring are loaded on first use: a run with nothing to ask (the bin's fast
 *  path) never reads @inquirer/core, highlight.js or diff. */
export async function prompts(): Promise<typeof import('./index.js')> {
  await importEsm('@inquirer/core'); // first: the bin's bundle hands this module to the screens (scripts/bundle-bin.mjs)
  return import('./index.js');
}
