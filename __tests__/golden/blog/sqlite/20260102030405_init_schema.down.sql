-- kei-migrate: init_schema down (generated 2026-01-02)
-- Reverts 20260102030405_init_schema.sql: children first, parents last.
PRAGMA defer_foreign_keys = ON;

DROP TABLE IF EXISTS "post_tags";

DROP TABLE IF EXISTS "tags";

DROP TABLE IF EXISTS "comments";

DROP TABLE IF EXISTS "posts";

DROP TABLE IF EXISTS "users";
