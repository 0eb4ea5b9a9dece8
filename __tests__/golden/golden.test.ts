/**
 * Golden files: the three examples × three dialects, clock pinned, compared file by file.
 * Rewrite with `UPDATE_GOLDEN=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/golden` and review the diff.
 */
import { DIALECT_IDS } from '../../src/dialects/dialect.js';
import { EXAMPLES, goldenDir, goldenFiles, readGolden, renderExample, VERSION } from '../support/golden.js';

describe.each(EXAMPLES)('%s', (example) => {
  describe.each(DIALECT_IDS)('%s', (db) => {
    const actual = goldenFiles(renderExample(example, db));
    const expected = readGolden(goldenDir(example, db), actual);

    test('the same set of files', () => {
      expect(Object.keys(actual).sort()).toEqual(Object.keys(expected));
    });

    test.each(Object.keys(actual))('%s matches its golden file', (file) => {
      expect(actual[file]).toBe(expected[file]);
    });

    test('the up migration is the two header lines, then db/schema.sql verbatim (no BEGIN: kei-migrate wraps each file)', () => {
      const up = actual[`${VERSION}_init_schema.sql`];
      const [l1, l2, ...rest] = up.split('\n');
      expect(l1).toBe('-- kei-migrate: init_schema (generated 2026-01-02)');
      expect(l2).toBe('-- db/schema.sql holds the whole schema as it stands after the latest migration.');
      expect(up).not.toMatch(/^(BEGIN|COMMIT);$/m);
      expect(rest.join('\n')).toBe(actual['schema.sql']);
    });

    test('schema.sql header: date, DB/ORM/style, entity and relation counts', () => {
      const head = actual['schema.sql'].split('\n').slice(0, 4).join('\n');
      expect(head).toMatch(/^-- db\/schema\.sql: .*\n-- Generated: 2026-01-02\n-- DB: \S.* · ORM: \w+ · style: [a-z-]+\n-- Entities: \d+ · relations: \d+ · tables: \d+$/);
    });
  });
});

test('the examples differ where their answers differ: saas guards the invoices down, the others do not', () => {
  for (const db of DIALECT_IDS) {
    expect(renderExample('saas', db).down).toContain("irreversible: init_schema");
    expect(renderExample('blog', db).down).not.toContain('irreversible');
    expect(renderExample('saas', db).schema).toContain('deleted_at');
    expect(renderExample('shop', db).schema).not.toContain('deleted_at');
  }
});
