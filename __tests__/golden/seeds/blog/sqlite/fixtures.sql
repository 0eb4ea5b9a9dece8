-- db/seed.sql: fixtures seed (db-scaffold) — labelled groups (`-- fixture: <name>`), each in its own id range so groups combine
-- SQLite · 5 tables · seed 1 · deterministic (same design, same file) · loading it twice changes nothing
-- Made-up values: e-mails on example.test, phone numbers 555-01xx, no credentials.
-- Load after the migrations: sqlite3 "$(printf '%s' "$DATABASE_URL" | sed -E 's#^[A-Za-z0-9]+:(//)?##; s#[?].*$##')" < db/seed.sql

BEGIN;

-- fixture: one_user
-- ids 1001–1999: one User with only the rows it needs; optional columns NULL
INSERT INTO "users" ("id", "email", "username", "display_name", "bio", "is_admin", "created_at", "updated_at") VALUES
  (1001, 'eliza.yundt1001@example.test', 'eliza_yundt1001', 'Eliza Yundt', NULL, FALSE, '2023-05-03 23:47:57', '2023-05-06 06:50:40')
ON CONFLICT DO NOTHING;

-- fixture: one_post
-- ids 2001–2999: one Post with only the rows it needs; optional columns NULL
INSERT INTO "users" ("id", "email", "username", "display_name", "bio", "is_admin", "created_at", "updated_at") VALUES
  (2001, 'berenice.beatty2001@example.test', 'berenice_beatty2001', 'Berenice Beatty', NULL, FALSE, '2023-10-05 07:18:23', '2023-10-07 07:43:59')
ON CONFLICT DO NOTHING;
INSERT INTO "posts" ("id", "title", "slug", "body", "status", "published_at", "view_count", "author_id", "created_at", "updated_at") VALUES
  (2001, 'Dune', 'dune-2001', 'If we parse the bandwidth, we can get to the SMTP interface through the solid state UTF8 alarm. Try to parse the CSS capacitor, maybe it will reboot the optical sensor. We need to calculate the online DRAM interface.', 'draft', NULL, 16, 2001, '2023-10-22 12:58:03', '2023-10-23 16:41:04')
ON CONFLICT DO NOTHING;

-- fixture: one_comment
-- ids 3001–3999: one Comment with only the rows it needs; optional columns NULL
INSERT INTO "users" ("id", "email", "username", "display_name", "bio", "is_admin", "created_at", "updated_at") VALUES
  (3001, 'annabelle.durgan3001@example.test', 'annabelle_durgan3001', 'Annabelle Durgan', NULL, FALSE, '2023-06-22 02:06:25', '2023-06-24 04:38:04')
ON CONFLICT DO NOTHING;
INSERT INTO "posts" ("id", "title", "slug", "body", "status", "published_at", "view_count", "author_id", "created_at", "updated_at") VALUES
  (3001, 'The Pursuit of Love', 'the-pursuit-of-love-3001', 'I''ll calculate the bluetooth FTP transmitter, that should port the CSS pixel. Generating the sensor won''t do anything, we need to transmit the digital JBOD matrix. If we compress the hard drive, we can get to the ADP feed through the back-end COM hard drive.', 'draft', NULL, 44, 3001, '2023-06-28 13:06:45', '2023-06-30 15:42:02')
ON CONFLICT DO NOTHING;
INSERT INTO "comments" ("id", "body", "post_id", "user_id", "created_at", "updated_at") VALUES
  (3001, 'I''ll connect the open-source CLI transmitter, that should bus the DRAM hard drive. Try to copy the EXE alarm, maybe it will calculate the optical capacitor. If we calculate the capacitor, we can get to the SCSI monitor through the neural THX application.', 3001, 3001, '2023-07-05 15:38:50', '2023-07-06 22:23:23')
ON CONFLICT DO NOTHING;

-- fixture: one_tag
-- ids 4001–4999: one Tag with only the rows it needs; optional columns NULL
INSERT INTO "tags" ("id", "name", "created_at", "updated_at") VALUES
  (4001, 'fibre', '2023-04-06 18:11:27', '2023-04-08 12:35:11')
ON CONFLICT DO NOTHING;

-- fixture: one_post_tag
-- ids 5001–5999: one post_tags pair with only the rows it needs; optional columns NULL
INSERT INTO "users" ("id", "email", "username", "display_name", "bio", "is_admin", "created_at", "updated_at") VALUES
  (5001, 'rosella.hirthe5001@example.test', 'rosella_hirthe5001', 'Rosella Hirthe', NULL, FALSE, '2023-08-07 03:55:28', '2023-08-09 03:03:21')
ON CONFLICT DO NOTHING;
INSERT INTO "posts" ("id", "title", "slug", "body", "status", "published_at", "view_count", "author_id", "created_at", "updated_at") VALUES
  (5001, 'The Picture of Dorian Gray', 'the-picture-of-dorian-gray-5001', 'I''ll index the virtual SCSI card, that should sensor the USB feed. I''ll quantify the back-end IB bandwidth, that should hard drive the EXE pixel. You can''t quantify the microchip without programming the optical AGP monitor.', 'draft', NULL, 32, 5001, '2023-08-14 16:03:33', '2023-08-15 04:21:46')
ON CONFLICT DO NOTHING;
INSERT INTO "tags" ("id", "name", "created_at", "updated_at") VALUES
  (5001, 'traditionalism', '2024-01-10 11:56:28', '2024-01-11 03:33:55')
ON CONFLICT DO NOTHING;
INSERT INTO "post_tags" ("post_id", "tag_id", "created_at") VALUES
  (5001, 5001, '2024-01-23 08:25:16')
ON CONFLICT DO NOTHING;

-- fixture: empty_relations
-- ids 6001–6999: one row of each table that needs no parent, nothing pointing at it; optional columns NULL
INSERT INTO "users" ("id", "email", "username", "display_name", "bio", "is_admin", "created_at", "updated_at") VALUES
  (6001, 'hugo.borer6001@example.test', 'hugo_borer6001', 'Hugo Borer', NULL, FALSE, '2023-11-19 23:02:44', '2023-11-21 18:59:49')
ON CONFLICT DO NOTHING;
INSERT INTO "tags" ("id", "name", "created_at", "updated_at") VALUES
  (6001, 'commercial', '2023-11-04 18:19:38', '2023-11-05 20:42:14')
ON CONFLICT DO NOTHING;

-- fixture: full_graph
-- ids 7001–7999: three rows of every table, every relation and optional column filled
INSERT INTO "users" ("id", "email", "username", "display_name", "bio", "is_admin", "created_at", "updated_at") VALUES
  (7001, 'donna.leffler7001@example.test', 'donna_leffler7001', 'Donna Leffler', 'Central Brand Strategist from Dickinsoncester.', FALSE, '2023-03-22 17:30:53', '2023-03-23 01:43:56'),
  (7002, 'kris.volkman7002@example.test', 'kris_volkman7002', 'Kris Volkman', 'District Infrastructure Developer from Corvallis.', FALSE, '2023-11-01 08:59:43', '2023-11-03 17:39:30'),
  (7003, 'judah.auer7003@example.test', 'judah_auer7003', 'Judah Auer', 'Lead Operations Agent from Dorothyburgh.', FALSE, '2024-01-17 04:52:18', '2024-01-18 05:57:56')
ON CONFLICT DO NOTHING;
INSERT INTO "posts" ("id", "title", "slug", "body", "status", "published_at", "view_count", "author_id", "created_at", "updated_at") VALUES
  (7001, 'Go Tell It on the Mountain', 'go-tell-it-on-the-mountain-7001', 'You can''t calculate the array without indexing the multi-byte HDD microchip. We need to compress the back-end AGP sensor. The AGP driver is down, index the primary microchip so we can quantify the SDD feed.', 'draft', '2023-11-13 03:53:56', 6, 7002, '2023-11-10 19:17:41', '2023-11-14 07:45:37'),
  (7002, 'Hamlet', 'hamlet-7002', 'We need to program the bluetooth API transmitter. I''ll synthesize the solid state RAM array, that should feed the SCSI system. The IB program is down, back up the virtual alarm so we can program the USB firewall.', 'published', '2023-04-12 21:27:28', 5, 7001, '2023-04-06 18:21:51', '2023-04-13 09:19:18'),
  (7003, 'Stories of Anton Chekhov', 'stories-of-anton-chekhov-7003', 'I''ll copy the 1080p RSS card, that should interface the SMTP capacitor. You can''t generate the alarm without quantifying the solid state ASCII hard drive. I''ll back up the online SQL program, that should array the USB port.', 'published', '2023-11-08 12:06:03', 2, 7002, '2023-11-07 06:01:29', '2023-11-09 13:58:51')
ON CONFLICT DO NOTHING;
INSERT INTO "comments" ("id", "body", "post_id", "user_id", "created_at", "updated_at") VALUES
  (7001, 'I''ll transmit the back-end SAS array, that should feed the GB bus. Synthesizing the driver won''t do anything, we need to navigate the cross-platform AGP microchip. Try to generate the UTF8 program, maybe it will program the multi-byte pixel.', 7002, 7001, '2023-04-23 03:19:53', '2023-04-25 13:40:06'),
  (7002, 'Try to bypass the COM matrix, maybe it will index the online driver. If we reboot the program, we can get to the IB application through the neural HTTP bandwidth. Use the open-source ASCII bus, then you can navigate the virtual microchip.', 7003, 7002, '2023-11-27 04:51:22', '2023-11-29 05:44:50'),
  (7003, 'The TCP pixel is down, navigate the auxiliary bus so we can override the VGA bus. Transmitting the monitor won''t do anything, we need to bypass the mobile XSS sensor. I''ll reboot the mobile USB bus, that should circuit the XSS driver.', 7002, 7001, '2023-04-10 10:11:43', '2023-04-11 07:22:18')
ON CONFLICT DO NOTHING;
INSERT INTO "tags" ("id", "name", "created_at", "updated_at") VALUES
  (7001, 'consistency', '2023-09-21 16:35:29', '2023-09-22 08:22:33'),
  (7002, 'flint', '2023-11-01 17:57:39', '2023-11-04 01:51:52'),
  (7003, 'obedience', '2024-01-08 20:17:07', '2024-01-11 01:35:23')
ON CONFLICT DO NOTHING;
INSERT INTO "post_tags" ("post_id", "tag_id", "created_at") VALUES
  (7001, 7002, '2023-11-30 04:39:01'),
  (7001, 7003, '2024-01-17 04:35:12'),
  (7002, 7001, '2023-10-04 02:24:18'),
  (7002, 7003, '2024-01-09 08:03:44'),
  (7003, 7001, '2023-11-20 12:43:27'),
  (7003, 7003, '2024-01-26 21:24:03')
ON CONFLICT DO NOTHING;

COMMIT;

-- Ids continue after the highest seeded id by themselves (rowid): nothing to reset.
