-- kei-migrate: init_schema down (generated 2026-01-02)
-- Reverts 20260102030405_init_schema.sql: children first, parents last.

DROP TABLE IF EXISTS "post_tags" CASCADE;

DROP TABLE IF EXISTS "tags" CASCADE;

DROP TABLE IF EXISTS "comments" CASCADE;

DROP TABLE IF EXISTS "posts" CASCADE;

DROP TABLE IF EXISTS "users" CASCADE;

DROP FUNCTION IF EXISTS "set_updated_at"() CASCADE;
