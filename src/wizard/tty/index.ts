/** The custom prompts (on @inquirer/core), loaded only when a terminal is asked: see lazy.ts. */
export { form } from './form.js';
export { textLines } from './text-lines.js';
export { matrix } from './matrix.js';
export { pager } from './pager.js';
export { multi } from './multi.js';
