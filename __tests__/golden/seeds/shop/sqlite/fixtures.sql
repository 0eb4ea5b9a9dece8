-- db/seed.sql: fixtures seed (db-scaffold) — labelled groups (`-- fixture: <name>`), each in its own id range so groups combine
-- SQLite · 6 tables · seed 1 · deterministic (same design, same file) · loading it twice changes nothing
-- Made-up values: e-mails on example.test, phone numbers 555-01xx, no credentials.
-- Load after the migrations: sqlite3 "$(printf '%s' "$DATABASE_URL" | sed -E 's#^[A-Za-z0-9]+:(//)?##; s#[?].*$##')" < db/seed.sql

BEGIN;

-- fixture: one_customer
-- ids 1001–1999: one Customer with only the rows it needs; optional columns NULL
INSERT INTO "customers" ("id", "email", "name", "phone", "created_at", "updated_at") VALUES
  (1001, 'cristina.feil1001@example.test', 'Cristina Feil', NULL, '2023-10-13 20:59:08', '2023-10-15 08:47:48')
ON CONFLICT DO NOTHING;

-- fixture: one_profile
-- ids 2001–2999: one Profile with only the rows it needs; optional columns NULL
INSERT INTO "customers" ("id", "email", "name", "phone", "created_at", "updated_at") VALUES
  (2001, 'martin.nitzsche2001@example.test', 'Martin Nitzsche', NULL, '2023-03-15 23:10:38', '2023-03-16 22:37:47')
ON CONFLICT DO NOTHING;
INSERT INTO "profiles" ("id", "bio", "avatar_url", "birthday", "customer_id", "created_at", "updated_at") VALUES
  (2001, NULL, NULL, NULL, 2001, '2023-04-04 20:09:03', '2023-04-05 11:04:44')
ON CONFLICT DO NOTHING;

-- fixture: one_category
-- ids 3001–3999: one Category with only the rows it needs; optional columns NULL
INSERT INTO "categories" ("id", "name", "slug", "created_at", "updated_at") VALUES
  (3001, 'Movies', 'movies-3001', '2024-01-02 01:28:39', '2024-01-03 15:20:13')
ON CONFLICT DO NOTHING;

-- fixture: one_product
-- ids 4001–4999: one Product with only the rows it needs; optional columns NULL
INSERT INTO "categories" ("id", "name", "slug", "created_at", "updated_at") VALUES
  (4001, 'Toys', 'toys-4001', '2023-06-29 20:36:48', '2023-07-02 05:45:54')
ON CONFLICT DO NOTHING;
INSERT INTO "products" ("id", "name", "sku", "price_amount", "stock_count", "is_active", "category_id", "created_at", "updated_at") VALUES
  (4001, 'Licensed Wooden Keyboard', 'SKU-04001', 368.23, 233, TRUE, 4001, '2023-07-07 08:34:02', '2023-07-07 14:28:53')
ON CONFLICT DO NOTHING;

-- fixture: one_order
-- ids 5001–5999: one Order with only the rows it needs; optional columns NULL
INSERT INTO "customers" ("id", "email", "name", "phone", "created_at", "updated_at") VALUES
  (5001, 'jeanette.thiel5001@example.test', 'Jeanette Thiel', NULL, '2023-05-28 21:13:16', '2023-05-31 19:54:26')
ON CONFLICT DO NOTHING;
INSERT INTO "orders" ("id", "status", "total_amount", "placed_at", "customer_id", "created_at", "updated_at") VALUES
  (5001, 'shipped', 316.98, '2023-06-20 17:32:07', 5001, '2023-06-14 06:32:14', '2023-06-21 02:21:19')
ON CONFLICT DO NOTHING;

-- fixture: one_order_item
-- ids 6001–6999: one OrderItem with only the rows it needs; optional columns NULL
INSERT INTO "customers" ("id", "email", "name", "phone", "created_at", "updated_at") VALUES
  (6001, 'kristofer.rau6001@example.test', 'Kristofer Rau', NULL, '2023-10-21 10:37:51', '2023-10-22 15:48:26')
ON CONFLICT DO NOTHING;
INSERT INTO "categories" ("id", "name", "slug", "created_at", "updated_at") VALUES
  (6001, 'Industrial', 'industrial-6001', '2023-02-09 13:24:03', '2023-02-11 02:01:42')
ON CONFLICT DO NOTHING;
INSERT INTO "products" ("id", "name", "sku", "price_amount", "stock_count", "is_active", "category_id", "created_at", "updated_at") VALUES
  (6001, 'Generic Cotton Fish', 'SKU-06001', 226.67, 181, FALSE, 6001, '2023-02-26 05:17:14', '2023-02-27 20:45:02')
ON CONFLICT DO NOTHING;
INSERT INTO "orders" ("id", "status", "total_amount", "placed_at", "customer_id", "created_at", "updated_at") VALUES
  (6001, 'shipped', 24.86, '2023-10-31 10:45:44', 6001, '2023-10-30 16:45:51', '2023-11-02 16:43:15')
ON CONFLICT DO NOTHING;
INSERT INTO "order_items" ("id", "quantity_count", "unit_amount", "order_id", "product_id", "created_at", "updated_at") VALUES
  (6001, 5, 19.32, 6001, 6001, '2023-10-31 08:31:35', '2023-10-31 11:42:13')
ON CONFLICT DO NOTHING;

-- fixture: empty_relations
-- ids 7001–7999: one row of each table that needs no parent, nothing pointing at it; optional columns NULL
INSERT INTO "customers" ("id", "email", "name", "phone", "created_at", "updated_at") VALUES
  (7001, 'cooper.rice7001@example.test', 'Cooper Rice', NULL, '2023-02-03 06:57:43', '2023-02-03 15:03:17')
ON CONFLICT DO NOTHING;
INSERT INTO "categories" ("id", "name", "slug", "created_at", "updated_at") VALUES
  (7001, 'Automotive', 'automotive-7001', '2023-11-09 18:57:06', '2023-11-12 05:29:04')
ON CONFLICT DO NOTHING;

-- fixture: full_graph
-- ids 8001–8999: three rows of every table, every relation and optional column filled
INSERT INTO "customers" ("id", "email", "name", "phone", "created_at", "updated_at") VALUES
  (8001, 'johnson.tremblay8001@example.test', 'Johnson Tremblay', '+1-555-0101', '2023-06-13 11:59:19', '2023-06-15 09:07:50'),
  (8002, 'lelah.walker8002@example.test', 'Lelah Walker', '+1-555-0102', '2023-02-12 07:06:29', '2023-02-15 03:09:31'),
  (8003, 'walker.glover8003@example.test', 'Walker Glover', '+1-555-0103', '2023-10-17 19:47:47', '2023-10-18 22:01:08')
ON CONFLICT DO NOTHING;
INSERT INTO "profiles" ("id", "bio", "avatar_url", "birthday", "customer_id", "created_at", "updated_at") VALUES
  (8001, 'Lead Marketing Consultant from North Malcolm.', 'https://example.test/images/profiles/8001.png', '1997-09-21', 8003, '2023-10-27 09:25:34', '2023-10-29 19:18:28'),
  (8002, 'Investor Accounts Orchestrator from Port Alexyshaven.', 'https://example.test/images/profiles/8002.png', '1997-01-22', 8002, '2023-02-16 01:18:53', '2023-02-16 02:44:35'),
  (8003, 'Investor Optimization Coordinator from Lake Nola.', 'https://example.test/images/profiles/8003.png', '1975-02-04', 8001, '2023-06-20 03:18:42', '2023-06-22 16:31:10')
ON CONFLICT DO NOTHING;
INSERT INTO "categories" ("id", "name", "slug", "created_at", "updated_at") VALUES
  (8001, 'Electronics', 'electronics-8001', '2023-11-16 02:04:44', '2023-11-17 16:54:05'),
  (8002, 'Baby', 'baby-8002', '2023-07-29 20:07:52', '2023-08-01 04:59:00'),
  (8003, 'Kids', 'kids-8003', '2023-04-04 20:02:08', '2023-04-05 02:28:32')
ON CONFLICT DO NOTHING;
INSERT INTO "products" ("id", "name", "sku", "price_amount", "stock_count", "is_active", "category_id", "created_at", "updated_at") VALUES
  (8001, 'Sleek Aluminum Cheese', 'SKU-08001', 166.45, 36, TRUE, 8002, '2023-08-17 01:51:56', '2023-08-17 18:35:45'),
  (8002, 'Incredible Cotton Car', 'SKU-08002', 420.03, 165, TRUE, 8003, '2023-04-19 18:42:35', '2023-04-22 12:33:24'),
  (8003, 'Soft Metal Fish', 'SKU-08003', 352.93, 95, TRUE, 8003, '2023-04-20 14:00:55', '2023-04-22 20:37:01')
ON CONFLICT DO NOTHING;
INSERT INTO "orders" ("id", "status", "total_amount", "placed_at", "customer_id", "created_at", "updated_at") VALUES
  (8001, 'shipped', 1780.31, '2023-07-04 07:55:04', 8001, '2023-07-02 07:47:47', '2023-07-07 00:52:07'),
  (8002, 'pending', 530.91, '2023-03-08 22:34:32', 8002, '2023-03-03 16:42:54', '2023-03-09 10:25:17'),
  (8003, 'paid', 823.55, '2023-06-17 07:01:04', 8001, '2023-06-14 10:43:33', '2023-06-19 11:59:36')
ON CONFLICT DO NOTHING;
INSERT INTO "order_items" ("id", "quantity_count", "unit_amount", "order_id", "product_id", "created_at", "updated_at") VALUES
  (8001, 2, 470.88, 8003, 8003, '2023-06-15 05:29:07', '2023-06-15 06:01:06'),
  (8002, 2, 11.56, 8002, 8002, '2023-05-09 05:06:20', '2023-05-11 07:49:08'),
  (8003, 4, 160.78, 8003, 8003, '2023-06-23 04:05:55', '2023-06-24 23:38:21')
ON CONFLICT DO NOTHING;

COMMIT;

-- Ids continue after the highest seeded id by themselves (rowid): nothing to reset.
