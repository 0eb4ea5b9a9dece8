-- kei-migrate: init_schema down (generated 2026-01-02)
-- Reverts 20260102030405_init_schema.sql: children first, parents last.

DROP TABLE IF EXISTS "order_items" CASCADE;

DROP TABLE IF EXISTS "orders" CASCADE;

DROP TABLE IF EXISTS "products" CASCADE;

DROP TABLE IF EXISTS "categories" CASCADE;

DROP TABLE IF EXISTS "profiles" CASCADE;

DROP TABLE IF EXISTS "customers" CASCADE;

DROP FUNCTION IF EXISTS "set_updated_at"() CASCADE;
