/**
 * Golden seeds per example and dialect (smoke, rich, fixtures and a 10,000-row volume): the fixed seed
 * gives byte-identical files, run after run. Rewrite with UPDATE_GOLDEN=1 and review the diff. The
 * golden files themselves load on SQLite here (the other engines run the same output in seed-*.test.ts).
 */
import { DIALECT_IDS } from '../../src/dialects/dialect.js';
import { EXAMPLES, goldenDir, readGolden, renderExample } from '../support/golden.js';
import { openEngine } from '../support/engines.js';
import { seedFiles } from '../../src/seed/index.js';
import type { SeedTier } from '../../src/state/answers-schema.js';

const TIERS: SeedTier[] = ['smoke', 'rich', 'fixtures', 'volume'];
const VOLUME_ROWS = 10_000;

const seeds = (example: (typeof EXAMPLES)[number], db: (typeof DIALECT_IDS)[number]) => {
  const d = renderExample(example, db).design;
  return Object.fromEntries(TIERS.map((t) => [`${t}.sql`, seedFiles(d, t, t === 'volume' ? VOLUME_ROWS : undefined).files[0].body]));
};

describe.each(EXAMPLES)('seeds of %s', (example) => {
  describe.each(DIALECT_IDS)('%s', (db) => {
    const actual = seeds(example, db);
    const expected = readGolden(goldenDir(`seeds/${example}`, db), actual);
    test('the same set of files', () => expect(Object.keys(expected)).toEqual(Object.keys(actual).sort()));
    test.each(Object.keys(actual))('%s matches its golden file, and a second render is byte-identical', (file) => {
      expect(actual[file]).toBe(expected[file]);
      expect(seeds(example, db)[file]).toBe(expected[file]);
    });
  });
});

test.each(EXAMPLES)('the golden seeds of %s load on SQLite, twice', async (example) => {
  const r = renderExample(example, 'sqlite');
  const golden = readGolden(goldenDir(`seeds/${example}`, 'sqlite'), seeds(example, 'sqlite'));
  for (const file of Object.keys(golden)) {
    const e = await openEngine('sqlite');
    try {
      await e.exec(r.up);
      await e.exec(golden[file]);
      await e.exec(golden[file]);
      expect(await e.query('PRAGMA foreign_key_check')).toEqual([]);
    } finally {
      await e.close();
    }
  }
});
