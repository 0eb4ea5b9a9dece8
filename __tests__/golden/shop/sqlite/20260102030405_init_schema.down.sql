-- kei-migrate: init_schema down (generated 2026-01-02)
-- Reverts 20260102030405_init_schema.sql: children first, parents last.
PRAGMA defer_foreign_keys = ON;

DROP TABLE IF EXISTS "order_items";

DROP TABLE IF EXISTS "orders";

DROP TABLE IF EXISTS "products";

DROP TABLE IF EXISTS "categories";

DROP TABLE IF EXISTS "profiles";

DROP TABLE IF EXISTS "customers";
