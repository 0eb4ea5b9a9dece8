#!/usr/bin/env node
/**
 * The bin (bin/main.ts has its work): V8's tier for the command named set first (src/cli/v8-tier.ts; main.ts sets
 * it again from the command it finds, so an odd argv costs the code cache, never the tier), then the pack loaded
 * with the code cache made for that tier (bin/load-pack.ts).
 */
import { lightTier } from '../src/cli/v8-tier.js';
import { loadPack } from './load-pack.js';

const end = process.argv.indexOf('--');
const named = process.argv.slice(2, end < 0 ? undefined : end).find((t) => !t.startsWith('-'));
if (named !== undefined) lightTier(named);
loadPack().start();
