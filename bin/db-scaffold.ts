#!/usr/bin/env node
/** `npx db-scaffold <generator> [-- --spec FILE …]`: the pack's generators with no plopfile, writing into the cwd. */
import { join } from 'node:path';
import { Plop, run } from 'plop';
import { PACKAGE_ROOT } from '../src/core/paths.js';

Plop.prepare(
  { cwd: process.cwd(), configPath: join(PACKAGE_ROOT, 'dist', 'plopfile.js'), preload: [], completion: undefined },
  (env) => Plop.execute(env, (env2: object) => run({ ...env2, dest: process.cwd() } as never, undefined, true)),
);
