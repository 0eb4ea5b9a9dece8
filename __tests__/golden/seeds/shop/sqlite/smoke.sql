-- db/seed.sql: smoke seed (db-scaffold) — one row per table; proves the schema loads
-- SQLite · 6 tables · seed 1 · deterministic (same design, same file) · loading it twice changes nothing
-- Made-up values: e-mails on example.test, phone numbers 555-01xx, no credentials.
-- Load after the migrations: sqlite3 "$(printf '%s' "$DATABASE_URL" | sed -E 's#^[A-Za-z0-9]+:(//)?##; s#[?].*$##')" < db/seed.sql

BEGIN;

INSERT INTO "customers" ("id", "email", "name", "phone", "created_at", "updated_at") VALUES
  (1, 'arne.christiansenwyman1@example.test', 'Arne Christiansen-Wyman', '+1-555-0101', '2023-12-15 07:55:59', '2023-12-17 23:29:32')
ON CONFLICT DO NOTHING;
INSERT INTO "profiles" ("id", "bio", "avatar_url", "birthday", "customer_id", "created_at", "updated_at") VALUES
  (1, 'Lead Interactions Technician from East Lisette.', 'https://example.test/images/profiles/1.png', '1961-05-07', 1, '2023-12-24 08:00:27', '2023-12-26 17:17:10')
ON CONFLICT DO NOTHING;
INSERT INTO "categories" ("id", "name", "slug", "created_at", "updated_at") VALUES
  (1, 'Tools', 'tools-1', '2023-03-10 14:40:02', '2023-03-10 19:35:32')
ON CONFLICT DO NOTHING;
INSERT INTO "products" ("id", "name", "sku", "price_amount", "stock_count", "is_active", "category_id", "created_at", "updated_at") VALUES
  (1, 'Ergonomic Granite Cheese', 'SKU-00001', 419.52, 167, TRUE, 1, '2023-03-22 08:48:44', '2023-03-23 08:56:54')
ON CONFLICT DO NOTHING;
INSERT INTO "orders" ("id", "status", "total_amount", "placed_at", "customer_id", "created_at", "updated_at") VALUES
  (1, 'shipped', 765.90, '2023-12-23 22:02:40', 1, '2023-12-22 18:21:31', '2023-12-24 03:48:54')
ON CONFLICT DO NOTHING;
INSERT INTO "order_items" ("id", "quantity_count", "unit_amount", "order_id", "product_id", "created_at", "updated_at") VALUES
  (1, 2, 370.60, 1, 1, '2024-01-02 16:23:37', '2024-01-04 16:37:20')
ON CONFLICT DO NOTHING;

COMMIT;

-- Ids continue after the highest seeded id by themselves (rowid): nothing to reset.
