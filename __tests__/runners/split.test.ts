/** splitSql: the generated SQL as single statements ($$ bodies and BEGIN … END; trigger bodies kept whole). */
import { splitSql } from '../../src/runners/split.js';
import { DIALECT_IDS } from '../../src/dialects/dialect.js';
import { exampleSpec, renderSpec } from '../support/golden.js';

test('comments and blank lines between statements go; $$ bodies and trigger blocks stay one statement', () => {
  const sql = [
    '-- header', '', 'CREATE TABLE "a" (\n  "x" INT\n);',
    'CREATE OR REPLACE FUNCTION "f"() RETURNS trigger AS $$\nBEGIN\n  NEW.x := 1;\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;',
    'CREATE TRIGGER "t" AFTER UPDATE ON "a" FOR EACH ROW\nBEGIN\n  UPDATE "a" SET "x" = 1;\nEND;',
    'CREATE TEMP TRIGGER "g" BEFORE INSERT ON "b" BEGIN SELECT RAISE(ABORT, \'no\'); END;', 'DROP TABLE "a";',
  ].join('\n');
  const parts = splitSql(sql);
  expect(parts).toHaveLength(5);
  expect(parts[1]).toMatch(/^CREATE OR REPLACE FUNCTION[\s\S]*\$\$ LANGUAGE plpgsql;$/);
  expect(parts[2]).toMatch(/^CREATE TRIGGER[\s\S]*\nEND;$/);
  expect(parts[4]).toBe('DROP TABLE "a";');
});

test.each(DIALECT_IDS)('%s: every example up and down splits into statements that each end with ;', (db) => {
  for (const name of ['blog', 'saas', 'shop'] as const) {
    const r = renderSpec(exampleSpec(name, { db }));
    for (const sql of [r.up, r.down]) {
      const parts = splitSql(sql);
      expect(parts.length).toBeGreaterThan(3);
      for (const p of parts) expect(p).toMatch(/;$/);
      const code = (s: string) => s.split('\n').filter((l) => l.trim() && !/^\s*--/.test(l)).join('\n');
      expect(code(parts.join('\n'))).toBe(code(sql));
    }
  }
});
