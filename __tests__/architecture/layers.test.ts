/**
 * Layers point down (README "Layout"): a file may import from its own folder and from folders below its
 * own in LAYERS, never from one above, so no two folders of src/ import each other. Read from the import
 * and `export … from` lines of every file (type-only imports count: they tie the folders as much).
 */
import { describe, expect, test } from '@jest/globals';
import { folderCycles, folderOf, importsOf } from './imports.js';
import { ALLOWED } from './allowed.js';

/** Lowest first: the leaf every layer uses, the state, the model … up to the generators and the bin. */
export const LAYERS = [
  'base', 'state', 'model', 'catalog', 'dialects', 'diff', 'io', 'render', 'cli', 'orm', 'runners', 'picture', 'seed',
  'report', 'core', 'change', 'wizard', 'import', 'verify', 'generators', 'plopfile.ts', 'bin',
];

const edges = importsOf(['src', 'generators', 'bin']).concat(importsOf(['.']).filter((e) => e.from === 'plopfile.ts'));
const rank = (folder: string) => LAYERS.indexOf(folder);
const upward = edges.filter((e) => folderOf(e.from) !== folderOf(e.to) && rank(folderOf(e.from)) < rank(folderOf(e.to)));
const keyOf = (e: { from: string; to: string }) => `${folderOf(e.from)} -> ${e.to}`;

describe('layers', () => {
  test('every folder has its place in LAYERS', () => {
    const folders = [...new Set(edges.flatMap((e) => [folderOf(e.from), folderOf(e.to)]))];
    expect(folders.filter((f) => rank(f) < 0)).toEqual([]);
  });

  test('no import points up a layer, except the shrinking list in allowed.ts', () => {
    const fresh = upward.filter((e) => !ALLOWED.includes(keyOf(e))).map((e) => `${e.from} -> ${e.to}`);
    expect(fresh).toEqual([]);
  });

  test('the allow-list holds only what is still there (remove an entry when its import goes)', () => {
    const seen = new Set(upward.map(keyOf));
    expect(ALLOWED.filter((a) => !seen.has(a))).toEqual([]);
  });

  test('no folder cycle but those the allow-list keeps', () => {
    const kept = edges.filter((e) => !ALLOWED.includes(keyOf(e)));
    expect(folderCycles(kept)).toEqual([]);
  });

  test('the reader sees imports: a made-up upward import is caught', () => {
    const probe = [{ from: 'src/state/x.ts', to: 'src/core/y.ts' }];
    expect(probe.filter((e) => rank(folderOf(e.from)) < rank(folderOf(e.to)))).toHaveLength(1);
    expect(folderCycles([{ from: 'src/a/x.ts', to: 'src/b/y.ts' }, { from: 'src/b/y.ts', to: 'src/a/z.ts' }])).toEqual([['a', 'b']]);
  });
});
