/** The kept ELK answers: a picture laid out again from the cache is the same byte for byte, and a kept answer
 *  that does not fit the graph (edited, truncated) is ignored and laid out afresh. */
import { readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pictureRecords } from '../../src/picture/files.js';
import { wideDesign } from './designs.js';

const svg = (design: ReturnType<typeof wideDesign>) => pictureRecords(design).find((f) => f.path === 'db/schema.svg')!.body;
const dir = join(tmpdir(), `db-scaffold-layout-${process.getuid?.() ?? 'user'}`);
const design = wideDesign(9);

afterEach(() => { delete process.env.DB_SCAFFOLD_LAYOUT_CACHE; });

test('from the cache, the same SVG as ELK lays out with the cache off', () => {
  process.env.DB_SCAFFOLD_LAYOUT_CACHE = '0';
  const fresh = svg(design);
  delete process.env.DB_SCAFFOLD_LAYOUT_CACHE;
  expect(svg(design)).toBe(fresh); // laid out, kept
  expect(svg(design)).toBe(fresh); // read back
  expect(fresh).toContain('data-table="account_as"');
});

test('a kept answer that does not fit the graph is not used', () => {
  process.env.DB_SCAFFOLD_LAYOUT_CACHE = '0';
  const fresh = svg(design);
  delete process.env.DB_SCAFFOLD_LAYOUT_CACHE;
  svg(design);
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) writeFileSync(join(dir, f), '{"children":[{"id":"x"}]');
  expect(svg(design)).toBe(fresh);
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) writeFileSync(join(dir, f), '{"width":1,"height":1,"children":[],"edges":[]}');
  expect(svg(design)).toBe(fresh);
});
