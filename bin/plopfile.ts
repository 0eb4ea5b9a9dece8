/** The plopfile plop loads (dist/plopfile.js points here): the pack's, from the pack bin/load-pack.ts loads once. */
import { loadPack } from './load-pack.js';

export default (plop: unknown): Promise<void> => loadPack().plopfile(plop);
