-- db/seed.sql: rich seed (db-scaffold) — 5–20 realistic rows per entity to click around in
-- SQLite · 6 tables · seed 1 · deterministic (same design, same file) · loading it twice changes nothing
-- Made-up values: e-mails on example.test, phone numbers 555-01xx, no credentials.
-- Load after the migrations: sqlite3 "$(printf '%s' "$DATABASE_URL" | sed -E 's#^[A-Za-z0-9]+:(//)?##; s#[?].*$##')" < db/seed.sql

BEGIN;

INSERT INTO "customers" ("id", "email", "name", "phone", "created_at", "updated_at") VALUES
  (1, 'arne.christiansenwyman1@example.test', 'Arne Christiansen-Wyman', NULL, '2023-12-15 07:55:59', '2023-12-17 23:29:32'),
  (2, 'eldon.walkerlakin2@example.test', 'Eldon Walker-Lakin', NULL, '2023-08-15 18:37:04', '2023-08-17 15:48:17'),
  (3, 'vivienne.blanda3@example.test', 'Vivienne Blanda', NULL, '2024-01-23 05:23:28', '2024-01-25 12:54:37'),
  (4, 'ansel.shanahan4@example.test', 'Ansel Shanahan', NULL, '2023-10-13 02:42:48', '2023-10-15 11:28:50'),
  (5, 'zachary.lemke5@example.test', 'Zachary Lemke', '+1-555-0105', '2023-08-23 00:55:26', '2023-08-25 17:52:14'),
  (6, 'morgan.gutmannheaney6@example.test', 'Morgan Gutmann-Heaney', '+1-555-0106', '2023-08-25 06:04:55', '2023-08-26 11:43:35'),
  (7, 'dangelo.rolfson7@example.test', 'D''angelo Rolfson', '+1-555-0107', '2024-01-30 21:16:27', '2024-01-31 23:31:07'),
  (8, 'jesus.wisozk8@example.test', 'Jesus Wisozk', '+1-555-0108', '2023-03-22 09:07:30', '2023-03-23 15:26:20')
ON CONFLICT DO NOTHING;
INSERT INTO "profiles" ("id", "bio", "avatar_url", "birthday", "customer_id", "created_at", "updated_at") VALUES
  (1, NULL, 'https://example.test/images/profiles/1.png', '1961-05-07', 5, '2023-09-01 00:59:54', '2023-09-03 10:16:37'),
  (2, NULL, 'https://example.test/images/profiles/2.png', '1959-05-26', 1, '2023-12-22 07:16:29', '2023-12-23 17:25:59'),
  (3, 'Customer Paradigm Planner from Schoenhaven.', NULL, NULL, 6, '2023-08-27 03:04:56', '2023-08-29 21:22:51'),
  (4, NULL, NULL, '1972-03-15', 4, '2023-10-19 07:55:03', '2023-10-22 02:03:47'),
  (5, 'Internal Data Associate from Mazieport.', 'https://example.test/images/profiles/5.png', '1964-07-18', 3, '2024-02-05 15:04:20', '2024-02-06 00:06:24'),
  (6, 'Chief Solutions Manager from Sengerton.', NULL, '2003-09-24', 8, '2023-04-09 04:27:58', '2023-04-10 00:33:39'),
  (7, NULL, 'https://example.test/images/profiles/7.png', '1955-08-19', 7, '2024-01-31 12:54:00', '2024-02-02 08:31:27')
ON CONFLICT DO NOTHING;
INSERT INTO "categories" ("id", "name", "slug", "created_at", "updated_at") VALUES
  (1, 'Tools', 'tools-1', '2023-03-10 14:40:02', '2023-03-10 19:35:32'),
  (2, 'Music', 'music-2', '2023-06-01 14:30:32', '2023-06-04 12:25:48'),
  (3, 'Grocery', 'grocery-3', '2023-03-01 00:31:01', '2023-03-03 04:15:42'),
  (4, 'Health', 'health-4', '2023-02-24 08:20:39', '2023-02-24 19:39:53'),
  (5, 'Games', 'games-5', '2023-09-22 12:06:33', '2023-09-23 08:15:53'),
  (6, 'Movies', 'movies-6', '2023-02-08 17:09:56', '2023-02-10 06:34:24'),
  (7, 'Baby', 'baby-7', '2023-01-29 14:13:40', '2023-01-31 13:20:28'),
  (8, 'Electronics', 'electronics-8', '2023-10-30 13:26:24', '2023-11-02 08:58:23')
ON CONFLICT DO NOTHING;
INSERT INTO "products" ("id", "name", "sku", "price_amount", "stock_count", "is_active", "category_id", "created_at", "updated_at") VALUES
  (1, 'Ergonomic Granite Cheese', 'SKU-00001', 419.52, 167, TRUE, 1, '2023-03-22 08:48:44', '2023-03-23 08:56:54'),
  (2, 'Luxurious Bronze Mouse', 'SKU-00002', 106.94, 135, TRUE, 2, '2023-06-10 18:59:54', '2023-06-12 11:27:52'),
  (3, 'Awesome Wooden Hat', 'SKU-00003', 127.31, 84, TRUE, 4, '2023-03-03 22:47:54', '2023-03-05 06:49:33'),
  (4, 'Luxurious Plastic Towels', 'SKU-00004', 7.59, 191, TRUE, 5, '2023-09-30 19:14:21', '2023-10-03 14:15:29'),
  (5, 'Modern Cotton Bacon', 'SKU-00005', 49.85, 42, TRUE, 4, '2023-03-15 17:20:11', '2023-03-18 03:39:30'),
  (6, 'Incredible Granite Sausages', 'SKU-00006', 479.38, 224, TRUE, 1, '2023-03-17 10:16:40', '2023-03-18 23:33:52'),
  (7, 'Handcrafted Wooden Sausages', 'SKU-00007', 36.58, 207, TRUE, 2, '2023-06-12 11:39:00', '2023-06-14 05:41:50'),
  (8, 'Ergonomic Plastic Hat', 'SKU-00008', 346.07, 141, TRUE, 1, '2023-03-28 13:46:47', '2023-03-31 07:29:20'),
  (9, 'Fantastic Granite Salad', 'SKU-00009', 381.63, 26, TRUE, 1, '2023-03-18 11:16:50', '2023-03-18 19:03:09'),
  (10, 'Small Metal Chicken', 'SKU-00010', 215.27, 71, TRUE, 6, '2023-02-18 08:59:53', '2023-02-19 08:50:11'),
  (11, 'Frozen Plastic Car', 'SKU-00011', 93.47, 27, FALSE, 1, '2023-03-29 13:37:17', '2023-03-30 20:50:34'),
  (12, 'Handmade Marble Chair', 'SKU-00012', 247.12, 196, TRUE, 5, '2023-10-04 18:32:50', '2023-10-05 18:46:28')
ON CONFLICT DO NOTHING;
INSERT INTO "orders" ("id", "status", "total_amount", "placed_at", "customer_id", "created_at", "updated_at") VALUES
  (1, 'shipped', 765.90, '2023-10-21 16:49:29', 4, '2023-10-20 13:08:20', '2023-10-21 22:35:43'),
  (2, 'pending', 1154.63, '2023-09-07 14:22:18', 5, '2023-09-07 14:17:28', '2023-09-08 21:32:45'),
  (3, 'paid', 916.15, '2023-08-22 15:18:20', 2, '2023-08-16 21:56:13', '2023-08-22 21:03:29'),
  (4, 'shipped', 1313.96, '2023-12-29 18:41:35', 1, '2023-12-24 22:41:59', '2023-12-30 09:24:26'),
  (5, 'paid', 637.40, '2023-08-26 12:48:24', 6, '2023-08-26 02:07:25', '2023-08-28 06:25:47'),
  (6, 'shipped', 1388.72, '2023-09-05 08:36:39', 2, '2023-09-01 14:49:07', '2023-09-06 22:42:04'),
  (7, 'pending', 202.53, '2023-04-02 20:16:29', 8, '2023-03-27 18:35:17', '2023-04-04 18:11:56'),
  (8, 'paid', 1571.28, '2024-02-06 21:16:51', 7, '2024-02-03 23:51:07', '2024-02-09 01:12:09'),
  (9, 'shipped', 1894.19, '2023-11-01 13:41:43', 4, '2023-11-01 04:22:27', '2023-11-04 00:30:23'),
  (10, 'cancelled', 305.21, '2023-11-04 15:29:01', 4, '2023-10-31 16:52:38', '2023-11-07 07:57:44'),
  (11, 'paid', 569.96, '2023-11-01 21:33:42', 4, '2023-10-26 02:02:52', '2023-11-02 11:25:53'),
  (12, 'shipped', 1118.33, '2023-11-05 23:10:57', 4, '2023-11-01 17:07:06', '2023-11-08 18:08:01')
ON CONFLICT DO NOTHING;
INSERT INTO "order_items" ("id", "quantity_count", "unit_amount", "order_id", "product_id", "created_at", "updated_at") VALUES
  (1, 2, 370.60, 8, 7, '2024-02-14 21:53:13', '2024-02-16 22:06:56'),
  (2, 4, 322.08, 5, 10, '2023-09-10 01:54:26', '2023-09-11 03:49:57'),
  (3, 4, 110.68, 10, 5, '2023-11-09 16:26:56', '2023-11-12 04:58:07'),
  (4, 1, 384.65, 2, 12, '2023-10-23 08:36:23', '2023-10-24 08:44:28'),
  (5, 3, 283.01, 3, 11, '2023-08-29 00:00:44', '2023-08-30 03:38:28'),
  (6, 2, 397.54, 12, 4, '2023-11-07 07:26:32', '2023-11-08 03:13:08'),
  (7, 5, 412.72, 4, 8, '2024-01-02 12:30:04', '2024-01-03 18:31:55'),
  (8, 4, 147.07, 8, 12, '2024-02-07 17:10:21', '2024-02-08 18:23:04'),
  (9, 3, 417.43, 10, 7, '2023-11-18 23:22:18', '2023-11-21 16:25:35'),
  (10, 5, 199.16, 2, 10, '2023-09-14 09:35:27', '2023-09-16 20:23:58'),
  (11, 2, 167.13, 4, 7, '2023-12-31 03:38:38', '2024-01-01 11:44:45'),
  (12, 4, 412.53, 7, 7, '2023-06-30 08:03:36', '2023-06-30 17:10:06'),
  (13, 5, 205.20, 8, 7, '2024-02-19 13:35:56', '2024-02-21 06:23:04'),
  (14, 5, 231.31, 8, 12, '2024-02-05 00:19:07', '2024-02-05 18:22:05'),
  (15, 2, 401.54, 6, 10, '2023-09-14 18:07:41', '2023-09-17 16:02:14'),
  (16, 3, 434.32, 8, 11, '2024-02-23 02:20:10', '2024-02-23 06:20:00')
ON CONFLICT DO NOTHING;

COMMIT;

-- Ids continue after the highest seeded id by themselves (rowid): nothing to reset.
