/** Writes design.schema.json (the JSON Schema of db/design.json) from the zod schema; `--check` fails on drift. */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Design } from '../src/state/design-schema.js';
import { PACKAGE_ROOT } from '../src/core/paths.js';

export function designJsonSchema(): string {
  const schema = z.toJSONSchema(Design, { target: 'draft-2020-12', io: 'input' });
  return JSON.stringify({ ...schema, title: 'db-scaffold design state (db/design.json)' }, null, 2) + '\n';
}

const file = join(PACKAGE_ROOT, 'design.schema.json');
if (process.argv.includes('--check')) {
  if (!existsSync(file) || readFileSync(file, 'utf8') !== designJsonSchema()) {
    console.error('design.schema.json is out of date: run `npm run schema`');
    process.exit(1);
  }
} else if (process.argv.includes('--write')) {
  writeFileSync(file, designJsonSchema());
}
