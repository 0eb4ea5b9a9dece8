/** Side by side: keys, FK column types, FK index and the updated_at mechanism of each dialect. */
import { createSql, DIALECTS, upSql, type Small } from '../support/design.js';
import type { DialectId } from '../../src/dialects/dialect.js';

const design: Small = { entities: 'User: email\nPost: title, user_id' };

const POSTS: Record<DialectId, string> = {
  postgres: `CREATE TABLE IF NOT EXISTS "posts" (
  "id" BIGINT GENERATED ALWAYS AS IDENTITY,
  "title" TEXT NOT NULL,
  "user_id" BIGINT NOT NULL,
  "created_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT "pk_posts" PRIMARY KEY ("id"),
  CONSTRAINT "fk_posts_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "ix_posts_user_id" ON "posts" ("user_id");
CREATE OR REPLACE TRIGGER "trg_posts_updated_at" BEFORE UPDATE ON "posts" FOR EACH ROW EXECUTE FUNCTION "set_updated_at"();`,
  mysql: `CREATE TABLE IF NOT EXISTS \`posts\` (
  \`id\` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  \`title\` TEXT NOT NULL,
  \`user_id\` BIGINT UNSIGNED NOT NULL,
  \`created_at\` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  \`updated_at\` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (\`id\`),
  KEY \`ix_posts_user_id\` (\`user_id\`),
  CONSTRAINT \`fk_posts_user_id\` FOREIGN KEY (\`user_id\`) REFERENCES \`users\` (\`id\`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;`,
  sqlite: `CREATE TABLE IF NOT EXISTS "posts" (
  "id" INTEGER PRIMARY KEY,
  "title" TEXT NOT NULL,
  "user_id" INTEGER NOT NULL,
  "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "fk_posts_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "ix_posts_user_id" ON "posts" ("user_id");
CREATE TRIGGER IF NOT EXISTS "trg_posts_updated_at" AFTER UPDATE ON "posts" FOR EACH ROW WHEN NEW."updated_at" = OLD."updated_at"
BEGIN
  UPDATE "posts" SET "updated_at" = CURRENT_TIMESTAMP WHERE "id" = NEW."id";
END;`,
};

/** The key column and the FK column that references it: the same type, exactly. */
const KEY_TYPES: Record<DialectId, [string, string]> = {
  postgres: ['"id" BIGINT GENERATED ALWAYS AS IDENTITY,', '"user_id" BIGINT NOT NULL,'],
  mysql: ['`id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,', '`user_id` BIGINT UNSIGNED NOT NULL,'],
  sqlite: ['"id" INTEGER PRIMARY KEY,', '"user_id" INTEGER NOT NULL,'],
};

/** What keeps updated_at current, per engine: statements other than CREATE TABLE / INDEX. */
const UPDATED_AT: Record<DialectId, string[]> = {
  postgres: [
    `CREATE OR REPLACE FUNCTION "set_updated_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."updated_at" IS NOT DISTINCT FROM OLD."updated_at" THEN
    NEW."updated_at" := now();
  END IF;
  RETURN NEW;
END;
$$;`,
    'CREATE OR REPLACE TRIGGER "trg_users_updated_at" BEFORE UPDATE ON "users" FOR EACH ROW EXECUTE FUNCTION "set_updated_at"();',
    'CREATE OR REPLACE TRIGGER "trg_posts_updated_at" BEFORE UPDATE ON "posts" FOR EACH ROW EXECUTE FUNCTION "set_updated_at"();',
  ],
  mysql: [],
  sqlite: ['users', 'posts'].map((t) => `CREATE TRIGGER IF NOT EXISTS "trg_${t}_updated_at" AFTER UPDATE ON "${t}" FOR EACH ROW WHEN NEW."updated_at" = OLD."updated_at"
BEGIN
  UPDATE "${t}" SET "updated_at" = CURRENT_TIMESTAMP WHERE "id" = NEW."id";
END;`),
};

describe.each(DIALECTS)('%s', (db) => {
  test('child table: key, FK column of the same type, FK RESTRICT, FK index, updated_at', () => {
    expect(createSql(db, design, 'posts')).toBe(POSTS[db]);
  });

  test('the key and every FK column referencing it have exactly the same type', () => {
    const [key, fk] = KEY_TYPES[db];
    const users = createSql(db, design, 'users');
    expect(users).toContain(key);
    expect(createSql(db, design, 'posts')).toContain(fk);
  });

  test('updated_at mechanism: PG function + trigger per table, SQLite AFTER UPDATE trigger, MySQL ON UPDATE', () => {
    expect(upSql(db, design).filter((s) => !/^CREATE (TABLE|INDEX) /.test(s))).toEqual(UPDATED_AT[db]);
    expect(upSql(db, design).join('\n').includes('ON UPDATE CURRENT_TIMESTAMP')).toBe(db === 'mysql');
  });
});
