/** db-scaffold's plop pack: helpers, then one generator per phase, db-schema chaining them, db-entity, db-seed. */
import type { NodePlopAPI } from 'plop';
import { helpers } from '../src/render/hbs.js';
import { typoLine } from '../src/cli/typo.js';
import { quietSpinner } from '../src/cli/quiet.js';
import { GENERATORS } from './registry.js';
import { register } from './plop.js';

/** Async: node-plop awaits it. faker is not loaded here: a plan that renders a seed tier awaits it (seed/lazy.ts). */
export default async function dbScaffold(plop: NodePlopAPI): Promise<void> {
  await quietSpinner();
  for (const [name, fn] of Object.entries(helpers)) plop.setHelper(name, fn);
  plop.setWelcomeMessage('db-scaffold: which step?');
  for (const g of GENERATORS) register(plop, g);
  const typo = typoLine(process.argv, plop.getGeneratorList().map((g) => g.name), GENERATORS.map((g) => g.name));
  if (typo) {
    process.stderr.write(`[ERROR] ${typo}\n`);
    process.exit(1);
  }
}
