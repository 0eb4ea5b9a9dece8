/** The picture of every example on every engine against golden files (UPDATE_GOLDEN=1 rewrites them); the same
 *  files are parsed by Mermaid and @dbml/core and opened in Chromium by the other picture tests. */
import { join } from 'node:path';
import { GOLDEN, readGolden } from '../support/golden.js';
import { exampleRuns } from './designs.js';

test.each(exampleRuns().map((r) => [`${r.name}/${r.db}`, r] as const))('%s: schema.md, schema.svg, schema.dbml as golden', (label, r) => {
  const actual = Object.fromEntries(['schema.md', 'schema.svg', 'schema.dbml'].map((f) => [f, r.files[`db/${f}`]]));
  expect(Object.values(actual).every((body) => typeof body === 'string' && body.length > 0)).toBe(true);
  expect(readGolden(join(GOLDEN, 'picture', label), actual)).toEqual(actual);
});
