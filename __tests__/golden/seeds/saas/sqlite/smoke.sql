-- db/seed.sql: smoke seed (db-scaffold) — one row per table; proves the schema loads
-- SQLite · 6 tables · seed 1 · deterministic (same design, same file) · loading it twice changes nothing
-- Made-up values: e-mails on example.test, phone numbers 555-01xx, no credentials.
-- Load after the migrations: sqlite3 "$(printf '%s' "$DATABASE_URL" | sed -E 's#^[A-Za-z0-9]+:(//)?##; s#[?].*$##')" < db/seed.sql

BEGIN;

INSERT INTO "organizations" ("id", "name", "slug", "plan", "seat_count", "created_at", "updated_at", "deleted_at") VALUES
  (1, 'Pouros LLC', 'pouros-llc-1', 'team', 106, '2023-05-04 01:00:21', '2023-05-05 12:22:18', NULL)
ON CONFLICT DO NOTHING;
INSERT INTO "users" ("id", "email", "display_name", "is_staff", "last_login_at", "created_at", "updated_at", "deleted_at") VALUES
  (1, 'elisha.howe1@example.test', 'Elisha Howe', FALSE, '2024-04-14 15:09:31', '2024-01-12 12:12:32', '2024-04-17 15:01:21', NULL)
ON CONFLICT DO NOTHING;
INSERT INTO "projects" ("id", "name", "slug", "is_archived", "organization_id", "created_at", "updated_at", "deleted_at") VALUES
  (1, 'Synthesize the neural sensor', 'synthesize-the-neural-sensor-1', FALSE, 1, '2023-05-13 18:00:12', '2023-05-16 06:25:31', NULL)
ON CONFLICT DO NOTHING;
INSERT INTO "tasks" ("id", "title", "description", "status", "due_on", "project_id", "assignee_id", "created_at", "updated_at", "deleted_at") VALUES
  (1, 'Parse the mobile port', 'Capio ullam vix celebrer tenus atrocitas talio creator supellex atqui cibo sum tamquam curto pax.', 'done', '2024-02-08', 1, 1, '2024-01-19 17:48:44', '2024-02-09 11:07:15', NULL)
ON CONFLICT DO NOTHING;
INSERT INTO "invoices" ("id", "number", "total_amount", "issued_at", "paid_at", "organization_id", "created_at", "updated_at", "deleted_at") VALUES
  (1, 'INV-00001', 953.05, '2023-05-10 00:37:29', '2023-06-11 13:43:58', 1, '2023-05-09 14:12:58', '2023-06-14 12:57:44', NULL)
ON CONFLICT DO NOTHING;
INSERT INTO "organization_users" ("organization_id", "user_id", "created_at") VALUES
  (1, 1, '2024-01-15 02:38:41')
ON CONFLICT DO NOTHING;

COMMIT;

-- Ids continue after the highest seeded id by themselves (rowid): nothing to reset.
