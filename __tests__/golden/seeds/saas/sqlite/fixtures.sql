-- db/seed.sql: fixtures seed (db-scaffold) — labelled groups (`-- fixture: <name>`), each in its own id range so groups combine
-- SQLite · 6 tables · seed 1 · deterministic (same design, same file) · loading it twice changes nothing
-- Made-up values: e-mails on example.test, phone numbers 555-01xx, no credentials.
-- Load after the migrations: sqlite3 "$(printf '%s' "$DATABASE_URL" | sed -E 's#^[A-Za-z0-9]+:(//)?##; s#[?].*$##')" < db/seed.sql

BEGIN;

-- fixture: one_organization
-- ids 1001–1999: one Organization with only the rows it needs; optional columns NULL
INSERT INTO "organizations" ("id", "name", "slug", "plan", "seat_count", "created_at", "updated_at", "deleted_at") VALUES
  (1001, 'Cassin, Reynolds and Wunsch', 'cassin-reynolds-and-wunsch-1001', 'team', 87, '2023-05-06 09:24:48', '2023-05-08 10:39:16', NULL)
ON CONFLICT DO NOTHING;

-- fixture: one_user
-- ids 2001–2999: one User with only the rows it needs; optional columns NULL
INSERT INTO "users" ("id", "email", "display_name", "is_staff", "last_login_at", "created_at", "updated_at", "deleted_at") VALUES
  (2001, 'berenice.beatty2001@example.test', 'Berenice Beatty', FALSE, NULL, '2023-10-05 07:18:23', '2023-10-07 07:43:59', NULL)
ON CONFLICT DO NOTHING;

-- fixture: one_project
-- ids 3001–3999: one Project with only the rows it needs; optional columns NULL
INSERT INTO "organizations" ("id", "name", "slug", "plan", "seat_count", "created_at", "updated_at", "deleted_at") VALUES
  (3001, 'Okuneva LLC', 'okuneva-llc-3001', 'team', 113, '2024-01-15 00:21:20', '2024-01-16 20:58:27', NULL)
ON CONFLICT DO NOTHING;
INSERT INTO "projects" ("id", "name", "slug", "is_archived", "organization_id", "created_at", "updated_at", "deleted_at") VALUES
  (3001, 'Back up the auxiliary matrix', 'back-up-the-auxiliary-matrix-3001', FALSE, 3001, '2024-01-18 09:37:18', '2024-01-18 12:11:42', NULL)
ON CONFLICT DO NOTHING;

-- fixture: one_task
-- ids 4001–4999: one Task with only the rows it needs; optional columns NULL
INSERT INTO "organizations" ("id", "name", "slug", "plan", "seat_count", "created_at", "updated_at", "deleted_at") VALUES
  (4001, 'Corwin-McClure LLC', 'corwin-mcclure-llc-4001', 'team', 17, '2023-11-25 04:18:52', '2023-11-26 14:55:16', NULL)
ON CONFLICT DO NOTHING;
INSERT INTO "users" ("id", "email", "display_name", "is_staff", "last_login_at", "created_at", "updated_at", "deleted_at") VALUES
  (4001, 'angelita.gislason4001@example.test', 'Angelita Gislason', FALSE, NULL, '2023-12-13 21:36:01', '2023-12-14 05:55:32', NULL)
ON CONFLICT DO NOTHING;
INSERT INTO "projects" ("id", "name", "slug", "is_archived", "organization_id", "created_at", "updated_at", "deleted_at") VALUES
  (4001, 'Calculate the auxiliary monitor', 'calculate-the-auxiliary-monitor-4001', FALSE, 4001, '2023-11-28 20:14:41', '2023-11-30 01:06:30', NULL)
ON CONFLICT DO NOTHING;
INSERT INTO "tasks" ("id", "title", "description", "status", "due_on", "project_id", "assignee_id", "created_at", "updated_at", "deleted_at") VALUES
  (4001, 'Index the back-end bus', NULL, 'done', NULL, 4001, 4001, '2023-12-20 09:29:18', '2023-12-20 11:25:23', NULL)
ON CONFLICT DO NOTHING;

-- fixture: one_invoice
-- ids 5001–5999: one Invoice with only the rows it needs; optional columns NULL
INSERT INTO "organizations" ("id", "name", "slug", "plan", "seat_count", "created_at", "updated_at", "deleted_at") VALUES
  (5001, 'Dickens - Koch', 'dickens-koch-5001', 'team', 24, '2023-04-13 22:58:11', '2023-04-16 06:03:07', NULL)
ON CONFLICT DO NOTHING;
INSERT INTO "invoices" ("id", "number", "total_amount", "issued_at", "paid_at", "organization_id", "created_at", "updated_at", "deleted_at") VALUES
  (5001, 'INV-05001', 745.39, '2023-05-01 15:06:02', NULL, 5001, '2023-04-24 18:07:59', '2023-05-04 01:40:23', NULL)
ON CONFLICT DO NOTHING;

-- fixture: one_organization_user
-- ids 6001–6999: one organization_users pair with only the rows it needs; optional columns NULL
INSERT INTO "organizations" ("id", "name", "slug", "plan", "seat_count", "created_at", "updated_at", "deleted_at") VALUES
  (6001, 'Dare, Cormier and Mayer', 'dare-cormier-and-mayer-6001', 'team', 1, '2023-10-18 00:19:15', '2023-10-18 00:22:26', NULL)
ON CONFLICT DO NOTHING;
INSERT INTO "users" ("id", "email", "display_name", "is_staff", "last_login_at", "created_at", "updated_at", "deleted_at") VALUES
  (6001, 'hugo.borer6001@example.test', 'Hugo Borer', FALSE, NULL, '2023-11-19 23:02:44', '2023-11-21 18:59:49', NULL)
ON CONFLICT DO NOTHING;
INSERT INTO "organization_users" ("organization_id", "user_id", "created_at") VALUES
  (6001, 6001, '2023-11-23 17:32:55')
ON CONFLICT DO NOTHING;

-- fixture: empty_relations
-- ids 7001–7999: one row of each table that needs no parent, nothing pointing at it; optional columns NULL
INSERT INTO "organizations" ("id", "name", "slug", "plan", "seat_count", "created_at", "updated_at", "deleted_at") VALUES
  (7001, 'Langworth Group', 'langworth-group-7001', 'team', 28, '2023-08-13 23:53:20', '2023-08-16 09:04:57', NULL)
ON CONFLICT DO NOTHING;
INSERT INTO "users" ("id", "email", "display_name", "is_staff", "last_login_at", "created_at", "updated_at", "deleted_at") VALUES
  (7001, 'donna.leffler7001@example.test', 'Donna Leffler', FALSE, NULL, '2023-03-22 17:30:53', '2023-03-23 01:43:56', NULL)
ON CONFLICT DO NOTHING;

-- fixture: full_graph
-- ids 8001–8999: three rows of every table, every relation and optional column filled
INSERT INTO "organizations" ("id", "name", "slug", "plan", "seat_count", "created_at", "updated_at", "deleted_at") VALUES
  (8001, 'Murphy Group', 'murphy-group-8001', 'team', 4, '2023-05-17 14:16:54', '2023-05-20 12:10:48', NULL),
  (8002, 'Tromp - Smitham', 'tromp-smitham-8002', 'free', 49, '2023-12-28 23:09:37', '2023-12-29 13:28:39', NULL),
  (8003, 'Casper LLC', 'casper-llc-8003', 'enterprise', 115, '2023-10-17 19:02:12', '2023-10-19 21:21:07', NULL)
ON CONFLICT DO NOTHING;
INSERT INTO "users" ("id", "email", "display_name", "is_staff", "last_login_at", "created_at", "updated_at", "deleted_at") VALUES
  (8001, 'quincy.bashirian8001@example.test', 'Quincy Bashirian', FALSE, '2023-05-02 06:07:09', '2023-01-05 22:27:03', '2023-05-02 07:19:44', NULL),
  (8002, 'virginie.harris8002@example.test', 'Virginie Harris', TRUE, '2024-02-24 03:31:15', '2024-01-17 12:15:37', '2024-02-25 10:53:40', NULL),
  (8003, 'lindsey.bergstrom8003@example.test', 'Lindsey Bergstrom', FALSE, '2023-01-18 13:34:14', '2023-01-14 15:25:38', '2023-01-20 00:53:10', NULL)
ON CONFLICT DO NOTHING;
INSERT INTO "projects" ("id", "name", "slug", "is_archived", "organization_id", "created_at", "updated_at", "deleted_at") VALUES
  (8001, 'Input the cross-platform matrix', 'input-the-cross-platform-matrix-8001', FALSE, 8001, '2023-05-24 17:45:42', '2023-05-26 14:17:14', NULL),
  (8002, 'Input the primary program', 'input-the-primary-program-8002', FALSE, 8002, '2024-01-15 10:14:14', '2024-01-16 11:41:52', NULL),
  (8003, 'Compress the bluetooth protocol', 'compress-the-bluetooth-protocol-8003', FALSE, 8001, '2023-05-17 19:20:30', '2023-05-19 04:01:11', NULL)
ON CONFLICT DO NOTHING;
INSERT INTO "tasks" ("id", "title", "description", "status", "due_on", "project_id", "assignee_id", "created_at", "updated_at", "deleted_at") VALUES
  (8001, 'Hack the primary application', 'Complectus cui aeger sol taedium doloribus clarus cito vigor sopor trado attonbitus apud aequus.', 'done', '2023-06-28', 8003, 8003, '2023-05-18 04:44:35', '2023-07-01 07:36:31', NULL),
  (8002, 'Quantify the primary matrix', 'Avaritia defaeco convoco adsum aperiam nam candidus assumenda patrocinor suus talio utilis doloribus volup subseco.', 'done', '2023-07-09', 8001, 8001, '2023-05-29 00:39:08', '2023-07-10 16:13:25', NULL),
  (8003, 'Index the haptic card', 'Vociferor delinquo colo vitiosus unde thesaurus video quia acidus creta via turba terra.', 'todo', '2024-02-09', 8002, 8003, '2024-02-04 02:30:43', '2024-02-11 20:03:00', NULL)
ON CONFLICT DO NOTHING;
INSERT INTO "invoices" ("id", "number", "total_amount", "issued_at", "paid_at", "organization_id", "created_at", "updated_at", "deleted_at") VALUES
  (8001, 'INV-08001', 1758.67, '2023-06-03 16:09:59', '2023-06-16 17:46:35', 8001, '2023-06-02 09:55:06', '2023-06-19 02:17:10', NULL),
  (8002, 'INV-08002', 1856.19, '2023-10-22 11:15:13', '2023-11-07 04:38:29', 8003, '2023-10-21 04:48:15', '2023-11-08 23:32:20', NULL),
  (8003, 'INV-08003', 1449.93, '2023-06-01 01:28:22', '2023-06-11 08:06:42', 8001, '2023-05-29 14:02:01', '2023-06-11 15:24:31', NULL)
ON CONFLICT DO NOTHING;
INSERT INTO "organization_users" ("organization_id", "user_id", "created_at") VALUES
  (8001, 8001, '2023-05-26 03:26:34'),
  (8001, 8003, '2023-06-04 13:43:18'),
  (8002, 8001, '2024-01-02 12:45:26'),
  (8002, 8002, '2024-01-22 00:08:58'),
  (8003, 8001, '2023-10-26 21:21:51'),
  (8003, 8002, '2024-01-24 10:54:12')
ON CONFLICT DO NOTHING;

COMMIT;

-- Ids continue after the highest seeded id by themselves (rowid): nothing to reset.
