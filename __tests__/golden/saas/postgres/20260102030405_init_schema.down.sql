-- kei-migrate: init_schema down (generated 2026-01-02)
-- Reverts 20260102030405_init_schema.sql: children first, parents last.

-- IRREVERSIBLE: invoices holds production data; manual restore required.
-- Abort reverse migration.
DO $$ BEGIN RAISE EXCEPTION 'irreversible: init_schema'; END $$;

DROP TABLE IF EXISTS "organization_users" CASCADE;

-- IRREVERSIBLE: kept "invoices"

DROP TABLE IF EXISTS "tasks" CASCADE;

DROP TABLE IF EXISTS "projects" CASCADE;

DROP TABLE IF EXISTS "users" CASCADE;

DROP TABLE IF EXISTS "organizations" CASCADE;

DROP FUNCTION IF EXISTS "set_updated_at"() CASCADE;
