/**
 * Drift made by hand for drift-hand.test.ts, per engine: a generated column's expression changed (after --adopt kept
 * the column in the residue), an index's method, order or DESC changed, a junction's column added and its index
 * changed, a junction dropped, and on SQLite a primary key changed by a table rebuild.
 */

/** `before`: made and adopted first; `lossy`: what --revert's file says it cannot undo exactly (`kept`: so the next verify names it);
 *  `adopted`: in the adopt's up. */
export interface Hand { name: string; before?: string[]; sql: string[]; named: RegExp[]; lossy?: RegExp; kept?: RegExp[]; adopted?: RegExp }

const GEN: RegExp[] = [/^column posts\.title_len: generated: live "\(?(length|char_length)\(`?title`?\)\)? \* 2/];
const JCOL = [/^column post_tags\.position: only in the live database/, /^index post_tags ix_post_tags_tag_id_post_id \(.*\): columns: live /];
const JLOSS = /^-- not exact: (column post_tags\.position|table post_tags): the down adds post_tags\.position back empty, its values gone; to keep them: /m;
const JDROP: Hand = { name: 'a junction dropped by hand', sql: ['DROP TABLE post_tags'], named: [/^table post_tags: missing from the live database/],
  adopted: /^-- adopted from the live database: table post_tags dropped \(the many-to-many Post ↔ Tag with it\)$/m };
const DROPPED: Hand = { name: 'a column the design makes itself dropped', sql: ['ALTER TABLE tags DROP COLUMN updated_at'],
  named: [/^column tags\.updated_at: missing from the live database/] };
const DESC = /^index comments ix_comments_post_id \(post_id desc\): columns: live \["post_id desc"\] \/ migrations \["post_id"\]/;

/** tags rebuilt as the sqlite3 CLI user does, its key now (id, name), its trigger made again. */
const TAGS_PK = ['CREATE TABLE "tags_new" ("id" INTEGER NOT NULL, "name" VARCHAR(255) NOT NULL, '
  + '"created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, '
  + 'CONSTRAINT "pk_tags" PRIMARY KEY ("id", "name"), CONSTRAINT "uq_tags_name" UNIQUE ("name"))',
'INSERT INTO "tags_new" SELECT * FROM "tags"', 'DROP TABLE "tags"', 'ALTER TABLE "tags_new" RENAME TO "tags"',
'CREATE TRIGGER "trg_tags_updated_at" AFTER UPDATE ON "tags" FOR EACH ROW WHEN NEW."updated_at" = OLD."updated_at" '
  + 'BEGIN UPDATE "tags" SET "updated_at" = CURRENT_TIMESTAMP WHERE "id" = NEW."id"; END'];

export const HAND: Record<'postgres' | 'mysql' | 'sqlite', Hand[]> = {
  postgres: [
    { name: 'a generated column (kept in the residue) with another expression',
      before: ['ALTER TABLE posts ADD COLUMN title_len INTEGER GENERATED ALWAYS AS (length(title)) STORED'],
      sql: ['ALTER TABLE posts DROP COLUMN title_len', 'ALTER TABLE posts ADD COLUMN title_len INTEGER GENERATED ALWAYS AS (length(title) * 2) STORED'],
      named: GEN },
    { name: 'a plain column made generated (dropped and added: it comes last)',
      sql: ['ALTER TABLE users DROP COLUMN bio', 'ALTER TABLE users ADD COLUMN bio TEXT GENERATED ALWAYS AS (lower(display_name)) STORED'],
      named: [/^column users\.bio: generated: live "lower\(display_name\) stored" \/ migrations null/, /^table users: column order: /],
      lossy: /^-- not exact: table users: column order: the revert leaves id, email, username, display_name, is_admin, created_at, updated_at, bio, .*PostgreSQL cannot move a column.*; to have the design's order: rebuild the table /m,
      kept: [/^table users: column order: /] },
    DROPPED,
    { name: 'indexes: hash for btree, DESC, and a gin and a brin added',
      sql: ['DROP INDEX ix_posts_author_id', 'CREATE INDEX ix_posts_author_id ON posts USING hash (author_id)', 'DROP INDEX ix_comments_post_id',
        'CREATE INDEX ix_comments_post_id ON comments (post_id DESC)', "CREATE INDEX posts_body_gin ON posts USING gin (to_tsvector('english', body))",
        'CREATE INDEX posts_created_brin ON posts USING brin (created_at)'],
      named: [/^index posts ix_posts_author_id \(author_id\): method: live "hash" \/ migrations null/, DESC,
        /^index posts posts_body_gin \(to_tsvector.*\): only in the live/, /^index posts posts_created_brin \(created_at\): only in the live/] },
    { name: "a junction's column added, its index's columns in another order",
      sql: ['ALTER TABLE post_tags ADD COLUMN position INTEGER', 'DROP INDEX ix_post_tags_tag_id_post_id',
        'CREATE INDEX ix_post_tags_tag_id_post_id ON post_tags (post_id, tag_id)'], named: JCOL, lossy: JLOSS },
    JDROP,
  ],
  mysql: [
    { name: 'a generated column (kept in the residue) with another expression',
      before: ['ALTER TABLE posts ADD COLUMN title_len INT AS (CHAR_LENGTH(title)) STORED'],
      sql: ['ALTER TABLE posts MODIFY title_len INT AS (CHAR_LENGTH(title) * 2) STORED'], named: GEN },
    { name: 'a plain column made generated', sql: ['ALTER TABLE users MODIFY bio TEXT AS (lower(display_name)) STORED'],
      named: [/^column users\.bio: generated: live "lcase\(`display_name`\) stored" \/ migrations null/],
      lossy: /^-- not exact: column users\.bio: MariaDB cannot make a generated column plain in place: .*; to keep its values: copy the column first /m },
    DROPPED,
    { name: 'indexes: DESC on one an FK needs, a FULLTEXT added',
      sql: ['ALTER TABLE comments DROP INDEX ix_comments_post_id, ADD INDEX ix_comments_post_id (post_id DESC)',
        'CREATE FULLTEXT INDEX posts_body_ft ON posts (body)'], named: [DESC, /^index posts posts_body_ft \(body\): only in the live/] },
    { name: "a junction's column added, its index DESC", // InnoDB: an index led by tag_id, which its FK needs
      sql: ['ALTER TABLE post_tags ADD COLUMN position INT NULL',
        'ALTER TABLE post_tags DROP INDEX ix_post_tags_tag_id_post_id, ADD INDEX ix_post_tags_tag_id_post_id (tag_id, post_id DESC)'],
      named: JCOL, lossy: JLOSS },
    JDROP,
  ],
  sqlite: [
    { name: 'a generated column (kept in the residue) with another expression',
      before: ['ALTER TABLE posts ADD COLUMN title_len INTEGER GENERATED ALWAYS AS (length(title)) VIRTUAL'],
      sql: ['ALTER TABLE posts DROP COLUMN title_len', 'ALTER TABLE posts ADD COLUMN title_len INTEGER GENERATED ALWAYS AS (length(title) * 2) VIRTUAL'],
      named: GEN },
    { ...DROPPED, sql: ['DROP TRIGGER trg_tags_updated_at', ...DROPPED.sql] }, // SQLite: not while a trigger reads it
    { name: 'an index DESC', sql: ['DROP INDEX ix_comments_post_id', 'CREATE INDEX ix_comments_post_id ON comments (post_id DESC)'], named: [DESC] },
    { name: "a junction's column added, its index's columns in another order",
      sql: ['ALTER TABLE post_tags ADD COLUMN position INTEGER', 'DROP INDEX ix_post_tags_tag_id_post_id',
        'CREATE INDEX ix_post_tags_tag_id_post_id ON post_tags (post_id, tag_id)'], named: JCOL, lossy: JLOSS },
    JDROP,
    { name: 'a primary key changed by a table rebuild', sql: TAGS_PK, named: [/^primary key tags: columns: live \["id","name"\] \/ migrations \["id"\]/] },
  ],
};
