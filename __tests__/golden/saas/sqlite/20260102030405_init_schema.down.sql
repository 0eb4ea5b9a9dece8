-- kei-migrate: init_schema down (generated 2026-01-02)
-- Reverts 20260102030405_init_schema.sql: children first, parents last.
PRAGMA defer_foreign_keys = ON;

-- IRREVERSIBLE: invoices holds production data; manual restore required.
-- Abort reverse migration.
CREATE TEMP TABLE IF NOT EXISTS "_irreversible" ("x" INTEGER);
CREATE TEMP TRIGGER IF NOT EXISTS "_irreversible_guard" BEFORE INSERT ON "_irreversible" BEGIN SELECT RAISE(ABORT, 'irreversible: init_schema'); END;
INSERT INTO "_irreversible" VALUES (1);

DROP TABLE IF EXISTS "organization_users";

-- IRREVERSIBLE: kept "invoices"

DROP TABLE IF EXISTS "tasks";

DROP TABLE IF EXISTS "projects";

DROP TABLE IF EXISTS "users";

DROP TABLE IF EXISTS "organizations";
