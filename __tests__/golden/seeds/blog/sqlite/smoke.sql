-- db/seed.sql: smoke seed (db-scaffold) — one row per table; proves the schema loads
-- SQLite · 5 tables · seed 1 · deterministic (same design, same file) · loading it twice changes nothing
-- Made-up values: e-mails on example.test, phone numbers 555-01xx, no credentials.
-- Load after the migrations: sqlite3 "$(printf '%s' "$DATABASE_URL" | sed -E 's#^[A-Za-z0-9]+:(//)?##; s#[?].*$##')" < db/seed.sql

BEGIN;

INSERT INTO "users" ("id", "email", "username", "display_name", "bio", "is_admin", "created_at", "updated_at") VALUES
  (1, 'elisha.howe1@example.test', 'elisha_howe1', 'Elisha Howe', 'Direct Interactions Strategist from Port Emmanuelberg.', FALSE, '2024-01-12 12:12:32', '2024-01-14 20:04:38')
ON CONFLICT DO NOTHING;
INSERT INTO "posts" ("id", "title", "slug", "body", "status", "published_at", "view_count", "author_id", "created_at", "updated_at") VALUES
  (1, 'Vanity Fair', 'vanity-fair-1', 'Try to connect the ADP panel, maybe it will override the solid state hard drive. Try to input the HDD pixel, maybe it will copy the multi-byte protocol. You can''t compress the microchip without transmitting the cross-platform HTTP transmitter.', 'draft', '2024-01-24 10:59:23', 24, 1, '2024-01-20 23:29:31', '2024-01-24 18:58:38')
ON CONFLICT DO NOTHING;
INSERT INTO "comments" ("id", "body", "post_id", "user_id", "created_at", "updated_at") VALUES
  (1, 'Use the haptic CLI protocol, then you can synthesize the auxiliary panel. You can''t input the interface without transmitting the bluetooth DRAM microchip. I''ll bypass the online TCP card, that should firewall the HEX capacitor.', 1, 1, '2024-02-03 20:27:54', '2024-02-05 03:42:10')
ON CONFLICT DO NOTHING;
INSERT INTO "tags" ("id", "name", "created_at", "updated_at") VALUES
  (1, 'settler', '2023-06-27 19:09:52', '2023-06-28 13:48:12')
ON CONFLICT DO NOTHING;
INSERT INTO "post_tags" ("post_id", "tag_id", "created_at") VALUES
  (1, 1, '2024-01-26 06:01:37')
ON CONFLICT DO NOTHING;

COMMIT;

-- Ids continue after the highest seeded id by themselves (rowid): nothing to reset.
