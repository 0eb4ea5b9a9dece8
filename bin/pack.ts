/** The pack: what the bin and the plopfile run, bundled as one file (dist/bin/pack.cjs, scripts/bundle-bin.mjs) that
 *  bin/load-pack.ts loads once per process. */
export { start } from './main.js';
export { default as plopfile } from '../generators/plopfile.js';
