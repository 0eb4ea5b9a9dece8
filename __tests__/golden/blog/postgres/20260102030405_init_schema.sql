-- kei-migrate: init_schema (generated 2026-01-02)
-- db/schema.sql holds the whole schema as it stands after the latest migration.
-- db/schema.sql: the design's single source of truth (db-scaffold)
-- Generated: 2026-01-02
-- DB: PostgreSQL · ORM: none · style: schema-first
-- Entities: 4 · relations: 4 · tables: 5

CREATE OR REPLACE FUNCTION "set_updated_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."updated_at" IS NOT DISTINCT FROM OLD."updated_at" THEN
    NEW."updated_at" := now();
  END IF;
  RETURN NEW;
END;
$$;

CREATE TABLE IF NOT EXISTS "users" (
  "id" BIGINT GENERATED ALWAYS AS IDENTITY,
  "email" VARCHAR(320) NOT NULL,
  "username" VARCHAR(255) NOT NULL,
  "display_name" TEXT NOT NULL,
  "bio" TEXT,
  "is_admin" BOOLEAN NOT NULL DEFAULT FALSE,
  "created_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT "pk_users" PRIMARY KEY ("id"),
  CONSTRAINT "uq_users_email" UNIQUE ("email"),
  CONSTRAINT "uq_users_username" UNIQUE ("username"),
  CONSTRAINT "ck_users_email_format" CHECK ("email" LIKE '%@%')
);
CREATE OR REPLACE TRIGGER "trg_users_updated_at" BEFORE UPDATE ON "users" FOR EACH ROW EXECUTE FUNCTION "set_updated_at"();

CREATE TABLE IF NOT EXISTS "posts" (
  "id" BIGINT GENERATED ALWAYS AS IDENTITY,
  "title" TEXT NOT NULL,
  "slug" VARCHAR(255) NOT NULL,
  "body" TEXT NOT NULL,
  "status" TEXT NOT NULL,
  "published_at" TIMESTAMPTZ,
  "view_count" INTEGER NOT NULL DEFAULT 0,
  "author_id" BIGINT NOT NULL,
  "created_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT "pk_posts" PRIMARY KEY ("id"),
  CONSTRAINT "uq_posts_slug" UNIQUE ("slug"),
  CONSTRAINT "ck_posts_status_allowed" CHECK ("status" IN ('draft', 'published', 'archived')),
  CONSTRAINT "ck_posts_view_count_nonneg" CHECK ("view_count" >= 0),
  CONSTRAINT "fk_posts_author_id" FOREIGN KEY ("author_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "ix_posts_author_id" ON "posts" ("author_id");
CREATE OR REPLACE TRIGGER "trg_posts_updated_at" BEFORE UPDATE ON "posts" FOR EACH ROW EXECUTE FUNCTION "set_updated_at"();

CREATE TABLE IF NOT EXISTS "comments" (
  "id" BIGINT GENERATED ALWAYS AS IDENTITY,
  "body" TEXT NOT NULL,
  "post_id" BIGINT NOT NULL,
  "user_id" BIGINT NOT NULL,
  "created_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT "pk_comments" PRIMARY KEY ("id"),
  CONSTRAINT "fk_comments_post_id" FOREIGN KEY ("post_id") REFERENCES "posts" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_comments_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "ix_comments_post_id" ON "comments" ("post_id");
CREATE INDEX IF NOT EXISTS "ix_comments_user_id" ON "comments" ("user_id");
CREATE OR REPLACE TRIGGER "trg_comments_updated_at" BEFORE UPDATE ON "comments" FOR EACH ROW EXECUTE FUNCTION "set_updated_at"();

CREATE TABLE IF NOT EXISTS "tags" (
  "id" BIGINT GENERATED ALWAYS AS IDENTITY,
  "name" VARCHAR(255) NOT NULL,
  "created_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT "pk_tags" PRIMARY KEY ("id"),
  CONSTRAINT "uq_tags_name" UNIQUE ("name")
);
CREATE OR REPLACE TRIGGER "trg_tags_updated_at" BEFORE UPDATE ON "tags" FOR EACH ROW EXECUTE FUNCTION "set_updated_at"();

CREATE TABLE IF NOT EXISTS "post_tags" (
  "post_id" BIGINT NOT NULL,
  "tag_id" BIGINT NOT NULL,
  "created_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT "pk_post_tags" PRIMARY KEY ("post_id", "tag_id"),
  CONSTRAINT "fk_post_tags_post_id" FOREIGN KEY ("post_id") REFERENCES "posts" ("id") ON DELETE CASCADE,
  CONSTRAINT "fk_post_tags_tag_id" FOREIGN KEY ("tag_id") REFERENCES "tags" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "ix_post_tags_tag_id_post_id" ON "post_tags" ("tag_id", "post_id");
