/** The blog's SQLite tables rebuilt by hand, as a user does with the sqlite3 CLI (a new table, the rows copied, the old dropped, the new renamed, its indexes and trigger made again). */

const TS = '"created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP';
const trig = (t: string) => `CREATE TRIGGER "trg_${t}_updated_at" AFTER UPDATE ON "${t}" FOR EACH ROW WHEN NEW."updated_at" = OLD."updated_at" `
  + `BEGIN UPDATE "${t}" SET "updated_at" = CURRENT_TIMESTAMP WHERE "id" = NEW."id"; END`;
const rebuild = (t: string, body: string, after: string[]) => [`CREATE TABLE "${t}_new" (${body})`, `INSERT INTO "${t}_new" SELECT * FROM "${t}"`,
  `DROP TABLE "${t}"`, `ALTER TABLE "${t}_new" RENAME TO "${t}"`, ...after, trig(t)].join(';\n');
const fk = (col: string, ref: string, del: string) => `CONSTRAINT "fk_comments_${col}" FOREIGN KEY ("${col}") REFERENCES "${ref}" ("id") ON DELETE ${del}`;

/** comments: its post FK's ON DELETE, its user FK there or not, a CHECK on body or not, constraints of its own. */
export const comments = (del: string, userFk: boolean, bodyCheck: boolean, extra: string[] = []) => rebuild('comments', [
  '"id" INTEGER PRIMARY KEY, "body" TEXT NOT NULL, "post_id" INTEGER NOT NULL, "user_id" INTEGER NOT NULL', TS,
  ...(bodyCheck ? [`CONSTRAINT "comments_body_len" CHECK ("body" <> '')`] : []), fk('post_id', 'posts', del),
  ...(userFk ? [fk('user_id', 'users', 'RESTRICT')] : []), ...extra].join(', '),
['CREATE INDEX "ix_comments_post_id" ON "comments" ("post_id")', 'CREATE INDEX "ix_comments_user_id" ON "comments" ("user_id")']);

/** posts: its status CHECK's values, the CHECK on view_count there or not, constraints of its own. */
export const posts = (values: string[], viewCheck: boolean, extra: string[] = []) => rebuild('posts', [
  '"id" INTEGER PRIMARY KEY, "title" TEXT NOT NULL, "slug" VARCHAR(255) NOT NULL, "body" TEXT NOT NULL, "status" TEXT NOT NULL',
  '"published_at" DATETIME, "view_count" INTEGER NOT NULL DEFAULT 0, "author_id" INTEGER NOT NULL', TS, 'CONSTRAINT "uq_posts_slug" UNIQUE ("slug")',
  `CONSTRAINT "ck_posts_status_allowed" CHECK ("status" IN (${values.map((v) => `'${v}'`).join(', ')}))`,
  ...(viewCheck ? ['CONSTRAINT "ck_posts_view_count_nonneg" CHECK ("view_count" >= 0)'] : []),
  'CONSTRAINT "fk_posts_author_id" FOREIGN KEY ("author_id") REFERENCES "users" ("id") ON DELETE RESTRICT', ...extra].join(', '),
['CREATE INDEX "ix_posts_author_id" ON "posts" ("author_id")']);
