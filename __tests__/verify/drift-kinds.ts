/** The drift made by hand for drift-kinds.test.ts, per engine: every kind the drift check names, in two rounds. */

export interface Round { sql: string[]; named: RegExp[] }

const pg = {
  adopt1: [
    'CREATE TABLE badges (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, label VARCHAR(40) NOT NULL)',
    'ALTER TABLE users ADD COLUMN nickname VARCHAR(40)', 'ALTER TABLE users ADD CONSTRAINT users_nick_key UNIQUE (nickname)',
    'ALTER TABLE users DROP COLUMN bio', 'ALTER TABLE posts ALTER COLUMN title TYPE VARCHAR(200)',
    'ALTER TABLE users ALTER COLUMN username TYPE VARCHAR(100)', 'ALTER TABLE users ALTER COLUMN display_name DROP NOT NULL',
    'ALTER TABLE posts ALTER COLUMN view_count SET DEFAULT 5', 'CREATE INDEX posts_published_idx ON posts (published_at)',
    "CREATE INDEX posts_live_idx ON posts (slug) WHERE status = 'published'", 'CREATE UNIQUE INDEX users_lower_email ON users (lower(email))',
    'ALTER TABLE tags DROP CONSTRAINT uq_tags_name', 'ALTER TABLE posts ADD COLUMN editor_id BIGINT', 'CREATE INDEX posts_editor_idx ON posts (editor_id)',
    'ALTER TABLE posts ADD CONSTRAINT posts_editor_fk FOREIGN KEY (editor_id) REFERENCES users (id) ON DELETE SET NULL',
    'ALTER TABLE comments DROP CONSTRAINT fk_comments_user_id',
    'ALTER TABLE comments DROP CONSTRAINT fk_comments_post_id, ADD CONSTRAINT fk_comments_post_id FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE',
    'ALTER TABLE posts ADD CONSTRAINT posts_views_cap CHECK (view_count < 1000000)', 'ALTER TABLE users DROP CONSTRAINT ck_users_email_format',
    "ALTER TABLE posts DROP CONSTRAINT ck_posts_status_allowed, ADD CONSTRAINT ck_posts_status_allowed CHECK (status IN ('draft', 'published', 'archived', 'hidden'))",
    "COMMENT ON COLUMN tags.name IS 'shown'", "COMMENT ON TABLE tags IS 'labels'",
  ],
  adopt2: ['DROP TABLE comments', 'DROP INDEX posts_published_idx', 'DROP INDEX posts_live_idx', 'ALTER TABLE users DROP CONSTRAINT users_nick_key',
    'ALTER TABLE posts DROP CONSTRAINT posts_editor_fk'],
  revert: [
    'CREATE TABLE extras (id BIGINT PRIMARY KEY)', 'DROP TABLE badges', 'ALTER TABLE users ADD COLUMN age INTEGER', 'ALTER TABLE users DROP COLUMN nickname',
    'ALTER TABLE tags ALTER COLUMN name TYPE TEXT', 'ALTER TABLE posts ALTER COLUMN title TYPE VARCHAR(150)',
    "UPDATE users SET display_name = 'A' WHERE display_name IS NULL", 'ALTER TABLE users ALTER COLUMN display_name SET NOT NULL',
    'ALTER TABLE posts ALTER COLUMN view_count DROP DEFAULT', 'CREATE INDEX posts_body_idx ON posts (body)', 'DROP INDEX users_lower_email',
    'ALTER TABLE tags ADD CONSTRAINT tags_name_key UNIQUE (name)', 'ALTER TABLE users DROP CONSTRAINT uq_users_username',
    'ALTER TABLE posts ADD CONSTRAINT posts_editor_fk FOREIGN KEY (editor_id) REFERENCES users (id)',
    'ALTER TABLE posts DROP CONSTRAINT fk_posts_author_id, ADD CONSTRAINT fk_posts_author_id FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE CASCADE',
    'ALTER TABLE posts DROP CONSTRAINT posts_views_cap', 'ALTER TABLE users ADD CONSTRAINT users_name_len CHECK (length(username) > 0)',
    "ALTER TABLE posts DROP CONSTRAINT ck_posts_status_allowed, ADD CONSTRAINT ck_posts_status_allowed CHECK (status IN ('draft', 'published'))",
    "COMMENT ON COLUMN tags.name IS 'other'", 'COMMENT ON TABLE tags IS NULL', "COMMENT ON TABLE posts IS 'by hand'",
  ],
};

const my = {
  adopt1: [
    'CREATE TABLE badges (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, label VARCHAR(40) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
    'ALTER TABLE users ADD COLUMN nickname VARCHAR(40) NULL', 'ALTER TABLE users ADD CONSTRAINT users_nick_key UNIQUE (nickname)',
    'ALTER TABLE users DROP COLUMN bio', 'ALTER TABLE posts MODIFY title VARCHAR(200) NOT NULL', 'ALTER TABLE users MODIFY username VARCHAR(100) NOT NULL',
    'ALTER TABLE users MODIFY display_name TEXT NULL', 'ALTER TABLE posts ALTER COLUMN view_count SET DEFAULT 5',
    'CREATE INDEX posts_published_idx ON posts (published_at)', 'ALTER TABLE tags DROP INDEX uq_tags_name',
    'ALTER TABLE posts ADD COLUMN editor_id BIGINT UNSIGNED NULL', 'CREATE INDEX posts_editor_idx ON posts (editor_id)',
    'ALTER TABLE posts ADD CONSTRAINT posts_editor_fk FOREIGN KEY (editor_id) REFERENCES users (id) ON DELETE SET NULL',
    'ALTER TABLE comments DROP FOREIGN KEY fk_comments_user_id', 'ALTER TABLE comments DROP FOREIGN KEY fk_comments_post_id',
    'ALTER TABLE comments ADD CONSTRAINT fk_comments_post_id FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE',
    'ALTER TABLE posts ADD CONSTRAINT posts_views_cap CHECK (view_count < 1000000)', 'ALTER TABLE users DROP CONSTRAINT ck_users_email_format',
    'ALTER TABLE posts DROP CONSTRAINT ck_posts_status_allowed',
    "ALTER TABLE posts ADD CONSTRAINT ck_posts_status_allowed CHECK (CAST(status AS BINARY) IN ('draft', 'published', 'archived', 'hidden'))",
    "ALTER TABLE tags MODIFY name VARCHAR(255) NOT NULL COMMENT 'shown'", "ALTER TABLE tags COMMENT = 'labels'",
  ],
  adopt2: ['DROP TABLE comments', 'DROP INDEX posts_published_idx ON posts', 'ALTER TABLE users DROP INDEX users_nick_key', 'ALTER TABLE posts DROP FOREIGN KEY posts_editor_fk'],
  revert: [
    'CREATE TABLE extras (id BIGINT PRIMARY KEY)', 'DROP TABLE badges', 'ALTER TABLE users ADD COLUMN age INT NULL', 'ALTER TABLE users DROP COLUMN nickname',
    "ALTER TABLE tags MODIFY name VARCHAR(200) NOT NULL COMMENT 'other'", 'ALTER TABLE posts MODIFY title VARCHAR(150) NOT NULL',
    "UPDATE users SET display_name = 'A' WHERE display_name IS NULL", 'ALTER TABLE users MODIFY display_name TEXT NOT NULL',
    'ALTER TABLE posts ALTER COLUMN view_count DROP DEFAULT', 'CREATE INDEX posts_body_idx ON posts (status)',
    'ALTER TABLE tags ADD CONSTRAINT tags_name_key UNIQUE (name)', 'ALTER TABLE users DROP INDEX uq_users_username',
    'ALTER TABLE posts ADD CONSTRAINT posts_editor_fk FOREIGN KEY (editor_id) REFERENCES users (id)', 'ALTER TABLE posts DROP FOREIGN KEY fk_posts_author_id',
    'ALTER TABLE posts ADD CONSTRAINT fk_posts_author_id FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE CASCADE',
    'ALTER TABLE posts DROP CONSTRAINT posts_views_cap', "ALTER TABLE users ADD CONSTRAINT users_name_len CHECK (username <> '')",
    "ALTER TABLE posts DROP CONSTRAINT ck_posts_status_allowed", "ALTER TABLE posts ADD CONSTRAINT ck_posts_status_allowed CHECK (CAST(status AS BINARY) IN ('draft', 'published'))",
    "ALTER TABLE tags COMMENT = ''", "ALTER TABLE posts COMMENT = 'by hand'",
  ],
};

/** SQLite: what its ALTER TABLE does by hand (tables, columns added or dropped, indexes: partial, expression, unique). */
const lite = {
  adopt1: ['CREATE TABLE badges (id INTEGER PRIMARY KEY, label VARCHAR(40) NOT NULL)', 'ALTER TABLE users ADD COLUMN nickname VARCHAR(40)',
    'CREATE UNIQUE INDEX users_nick_key ON users (nickname)', 'ALTER TABLE users DROP COLUMN bio', 'CREATE INDEX posts_published_idx ON posts (published_at)',
    "CREATE INDEX posts_live_idx ON posts (slug) WHERE status = 'published'", 'CREATE UNIQUE INDEX users_lower_email ON users (lower(email))'],
  adopt2: ['DROP TABLE comments', 'DROP INDEX posts_published_idx', 'DROP INDEX posts_live_idx', 'DROP INDEX users_nick_key'],
  revert: ['CREATE TABLE extras (id INTEGER PRIMARY KEY)', 'DROP TABLE badges', 'ALTER TABLE users ADD COLUMN age INTEGER', 'ALTER TABLE users DROP COLUMN nickname',
    'CREATE INDEX posts_body_idx ON posts (body)', 'DROP INDEX users_lower_email'],
};

export const DRIFT: Record<'postgres' | 'mysql' | 'sqlite', typeof pg> = { postgres: pg, mysql: my, sqlite: lite };

/** The kinds an engine's round has not (MariaDB: no partial or expression index; SQLite: only tables, columns and indexes). */
const NOT: Record<string, RegExp> = { mysql: /posts_live_idx|users_lower_email/, sqlite: /type|nullable|default|comment|foreign|check|unique/ };
export const named = (db: string, round: keyof typeof NAMED): RegExp[] =>
  [...NAMED[round].filter((n) => !NOT[db]?.test(n.source)), ...(db === 'sqlite' && round !== 'revert' ? [/index users users_nick_key/] : [])];

/** What the first verify must name (exit 1), per round: one pattern per kind. */
export const NAMED = {
  adopt1: [/table badges: only in the live/, /column users\.nickname: only in the live/, /column users\.bio: missing from/, /column posts\.title: type/,
    /column users\.username: type/, /column users\.display_name: nullable/, /column posts\.view_count: default/, /index posts posts_published_idx/,
    /index posts posts_live_idx/, /index users users_lower_email/, /unique tags \(name\): missing/, /foreign key posts \(editor_id\)/,
    /foreign key comments \(user_id\) → users: missing/, /foreign key comments \(post_id\) → posts: onDelete/, /check posts .*view_count.? < 1000000/,
    /check users .*email.*: missing/, /check posts .*status.*: expr/, /column tags\.name: comment/, /comment on table tags/],
  adopt2: [/table comments: missing/, /index posts posts_published_idx .*missing/, /index posts posts_live_idx .*missing/, /unique users \(nickname\): missing/,
    /foreign key posts \(editor_id\) → users: missing/],
  revert: [/table extras: only in the live/, /table badges: missing/, /column users\.age: only/, /column users\.nickname: missing/, /column tags\.name: type/,
    /column posts\.title: type/, /column users\.display_name: nullable/, /column posts\.view_count: default/, /index posts posts_body_idx/,
    /index users users_lower_email .*missing/, /unique tags \(name\): only/, /unique users \(username\): missing/, /foreign key posts \(editor_id\) → users: only/,
    /foreign key posts \(author_id\) → users: onDelete/, /check posts .*1000000.*: missing/, /check users .*username.*: only/, /check posts .*status.*: expr/,
    /column tags\.name: comment/, /comment on table tags/, /comment on table posts/],
};
