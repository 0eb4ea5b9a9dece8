/** The prompts and the review's colouring are loaded on first use: a run with nothing to ask (the bin's fast
 *  path) never reads @inquirer/core, highlight.js or diff. */
export const prompts = () => import('./index.js');
