/** Side by side: the down of each dialect (children first, CASCADE where allowed) and the irreversible guard. */
import { DIALECTS, downSql, upSql, type Small } from '../support/design.js';
import type { DialectId } from '../../src/dialects/dialect.js';

const design: Small = { entities: 'User: email\nPost: title, user_id' };

const DOWN: Record<DialectId, string[]> = {
  postgres: ['DROP TABLE IF EXISTS "posts" CASCADE;', 'DROP TABLE IF EXISTS "users" CASCADE;', 'DROP FUNCTION IF EXISTS "set_updated_at"() CASCADE;'],
  mysql: ['DROP TABLE IF EXISTS `posts`;', 'DROP TABLE IF EXISTS `users`;'],
  sqlite: ['DROP TABLE IF EXISTS "posts";', 'DROP TABLE IF EXISTS "users";'],
};

const COMMENT = '-- IRREVERSIBLE: posts holds production data; manual restore required.\n-- Abort reverse migration.\n';
const GUARD: Record<DialectId, string> = {
  postgres: `${COMMENT}DO $$ BEGIN RAISE EXCEPTION 'irreversible: init_schema'; END $$;`,
  mysql: `${COMMENT}SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'irreversible: init_schema';`,
  sqlite: `${COMMENT}CREATE TEMP TABLE IF NOT EXISTS "_irreversible" ("x" INTEGER);
CREATE TEMP TRIGGER IF NOT EXISTS "_irreversible_guard" BEFORE INSERT ON "_irreversible" BEGIN SELECT RAISE(ABORT, 'irreversible: init_schema'); END;
INSERT INTO "_irreversible" VALUES (1);`,
};
const DOWN_AB: Record<DialectId, string[]> = {
  postgres: ['DROP TABLE IF EXISTS "bs" CASCADE;', 'DROP TABLE IF EXISTS "as" CASCADE;', 'DROP FUNCTION IF EXISTS "set_updated_at"() CASCADE;'],
  mysql: ['DROP TABLE IF EXISTS `bs`;', 'DROP TABLE IF EXISTS `as`;'],
  sqlite: ['DROP TABLE IF EXISTS "bs";', 'DROP TABLE IF EXISTS "as";'],
};
const KEPT: Record<DialectId, string> = { postgres: '-- IRREVERSIBLE: kept "posts"', mysql: '-- IRREVERSIBLE: kept `posts`', sqlite: '-- IRREVERSIBLE: kept "posts"' };

describe.each(DIALECTS)('%s', (db) => {
  test('down: children first, parents last, the trigger function last (PostgreSQL)', () => {
    expect(downSql(db, design)).toEqual(DOWN[db]);
  });

  test('irreversible: the guard comes first and really aborts; the table is kept, marked for kei-migrate', () => {
    const down = downSql(db, design, ['posts']);
    expect(down[0]).toBe(GUARD[db]);
    expect(down).toContain(KEPT[db]);
    expect(down.join('\n')).not.toMatch(/DROP TABLE IF EXISTS .posts./);
    expect(down.join('\n')).toContain('-- IRREVERSIBLE');
  });

  test('the up is idempotent by construction: every CREATE guarded by IF NOT EXISTS or OR REPLACE', () => {
    for (const s of upSql(db, design)) expect(s).toMatch(/^CREATE (OR REPLACE |TABLE IF NOT EXISTS |INDEX IF NOT EXISTS |TRIGGER IF NOT EXISTS )/);
  });
});

describe('an FK cycle (A.b_id → B, B.a_id → A)', () => {
  const cycle: Small = { entities: 'A: b_id\nB: a_id' };
  const ADD: Record<DialectId, string[]> = {
    // re-running the up must be harmless: PostgreSQL drops-if-exists then adds; MySQL/MariaDB add only when missing
    postgres: ['ALTER TABLE "as" DROP CONSTRAINT IF EXISTS "fk_as_b_id", ADD CONSTRAINT "fk_as_b_id" FOREIGN KEY ("b_id") REFERENCES "bs" ("id") ON DELETE RESTRICT;'],
    mysql: [`SET @ddl = (SELECT IF(COUNT(*) = 0, 'ALTER TABLE \`as\` ADD CONSTRAINT \`fk_as_b_id\` FOREIGN KEY (\`b_id\`) REFERENCES \`bs\` (\`id\`) ON DELETE RESTRICT', 'DO 0') FROM information_schema.TABLE_CONSTRAINTS
  WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'as' AND CONSTRAINT_NAME = 'fk_as_b_id' AND CONSTRAINT_TYPE = 'FOREIGN KEY');
PREPARE ddl FROM @ddl;
EXECUTE ddl;
DEALLOCATE PREPARE ddl;`],
    sqlite: [],
  };
  const DROP: Record<DialectId, string[]> = {
    postgres: ['ALTER TABLE IF EXISTS "as" DROP CONSTRAINT IF EXISTS "fk_as_b_id";', ...DOWN_AB.postgres],
    mysql: ['ALTER TABLE `as` DROP FOREIGN KEY `fk_as_b_id`;', ...DOWN_AB.mysql],
    sqlite: DOWN_AB.sqlite, // FKs are inline on SQLite; the file's prelude defers FK checks to commit
  };

  test.each(DIALECTS)('%s: the deferred FK is added after both tables and dropped first', (db) => {
    expect(upSql(db, cycle).filter((s) => !s.startsWith('CREATE'))).toEqual(ADD[db]);
    expect(upSql(db, cycle).filter((s) => s.startsWith('CREATE TABLE')).map((s) => s.split(' (')[0]))
      .toEqual([`CREATE TABLE IF NOT EXISTS ${db === 'mysql' ? '`as`' : '"as"'}`, `CREATE TABLE IF NOT EXISTS ${db === 'mysql' ? '`bs`' : '"bs"'}`]);
    expect(downSql(db, cycle)).toEqual(DROP[db]);
  });
});
