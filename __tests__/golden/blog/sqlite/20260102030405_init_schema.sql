-- kei-migrate: init_schema (generated 2026-01-02)
-- db/schema.sql holds the whole schema as it stands after the latest migration.
-- db/schema.sql: the design's single source of truth (db-scaffold)
-- Generated: 2026-01-02
-- DB: SQLite · ORM: none · style: schema-first
-- Entities: 4 · relations: 4 · tables: 5

CREATE TABLE IF NOT EXISTS "users" (
  "id" INTEGER PRIMARY KEY,
  "email" VARCHAR(320) NOT NULL,
  "username" VARCHAR(255) NOT NULL,
  "display_name" TEXT NOT NULL,
  "bio" TEXT,
  "is_admin" BOOLEAN NOT NULL DEFAULT FALSE,
  "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "uq_users_email" UNIQUE ("email"),
  CONSTRAINT "uq_users_username" UNIQUE ("username"),
  CONSTRAINT "ck_users_email_format" CHECK ("email" LIKE '%@%')
);
CREATE TRIGGER IF NOT EXISTS "trg_users_updated_at" AFTER UPDATE ON "users" FOR EACH ROW WHEN NEW."updated_at" = OLD."updated_at"
BEGIN
  UPDATE "users" SET "updated_at" = CURRENT_TIMESTAMP WHERE "id" = NEW."id";
END;

CREATE TABLE IF NOT EXISTS "posts" (
  "id" INTEGER PRIMARY KEY,
  "title" TEXT NOT NULL,
  "slug" VARCHAR(255) NOT NULL,
  "body" TEXT NOT NULL,
  "status" TEXT NOT NULL,
  "published_at" DATETIME,
  "view_count" INTEGER NOT NULL DEFAULT 0,
  "author_id" INTEGER NOT NULL,
  "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "uq_posts_slug" UNIQUE ("slug"),
  CONSTRAINT "ck_posts_status_allowed" CHECK ("status" IN ('draft', 'published', 'archived')),
  CONSTRAINT "ck_posts_view_count_nonneg" CHECK ("view_count" >= 0),
  CONSTRAINT "fk_posts_author_id" FOREIGN KEY ("author_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "ix_posts_author_id" ON "posts" ("author_id");
CREATE TRIGGER IF NOT EXISTS "trg_posts_updated_at" AFTER UPDATE ON "posts" FOR EACH ROW WHEN NEW."updated_at" = OLD."updated_at"
BEGIN
  UPDATE "posts" SET "updated_at" = CURRENT_TIMESTAMP WHERE "id" = NEW."id";
END;

CREATE TABLE IF NOT EXISTS "comments" (
  "id" INTEGER PRIMARY KEY,
  "body" TEXT NOT NULL,
  "post_id" INTEGER NOT NULL,
  "user_id" INTEGER NOT NULL,
  "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "fk_comments_post_id" FOREIGN KEY ("post_id") REFERENCES "posts" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_comments_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "ix_comments_post_id" ON "comments" ("post_id");
CREATE INDEX IF NOT EXISTS "ix_comments_user_id" ON "comments" ("user_id");
CREATE TRIGGER IF NOT EXISTS "trg_comments_updated_at" AFTER UPDATE ON "comments" FOR EACH ROW WHEN NEW."updated_at" = OLD."updated_at"
BEGIN
  UPDATE "comments" SET "updated_at" = CURRENT_TIMESTAMP WHERE "id" = NEW."id";
END;

CREATE TABLE IF NOT EXISTS "tags" (
  "id" INTEGER PRIMARY KEY,
  "name" VARCHAR(255) NOT NULL,
  "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "uq_tags_name" UNIQUE ("name")
);
CREATE TRIGGER IF NOT EXISTS "trg_tags_updated_at" AFTER UPDATE ON "tags" FOR EACH ROW WHEN NEW."updated_at" = OLD."updated_at"
BEGIN
  UPDATE "tags" SET "updated_at" = CURRENT_TIMESTAMP WHERE "id" = NEW."id";
END;

CREATE TABLE IF NOT EXISTS "post_tags" (
  "post_id" INTEGER NOT NULL,
  "tag_id" INTEGER NOT NULL,
  "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "pk_post_tags" PRIMARY KEY ("post_id", "tag_id"),
  CONSTRAINT "fk_post_tags_post_id" FOREIGN KEY ("post_id") REFERENCES "posts" ("id") ON DELETE CASCADE,
  CONSTRAINT "fk_post_tags_tag_id" FOREIGN KEY ("tag_id") REFERENCES "tags" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "ix_post_tags_tag_id_post_id" ON "post_tags" ("tag_id", "post_id");
