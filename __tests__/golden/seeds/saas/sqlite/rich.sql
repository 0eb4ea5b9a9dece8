-- db/seed.sql: rich seed (db-scaffold) — 5–20 realistic rows per entity to click around in
-- SQLite · 6 tables · seed 1 · deterministic (same design, same file) · loading it twice changes nothing
-- Made-up values: e-mails on example.test, phone numbers 555-01xx, no credentials.
-- Load after the migrations: sqlite3 "$(printf '%s' "$DATABASE_URL" | sed -E 's#^[A-Za-z0-9]+:(//)?##; s#[?].*$##')" < db/seed.sql

BEGIN;

INSERT INTO "organizations" ("id", "name", "slug", "plan", "seat_count", "created_at", "updated_at", "deleted_at") VALUES
  (1, 'Pouros LLC', 'pouros-llc-1', 'team', 106, '2023-05-04 01:00:21', '2023-05-05 12:22:18', NULL),
  (2, 'Altenwerth, Schaefer and Roob', 'altenwerth-schaefer-and-roob-2', 'free', 74, '2023-08-12 21:02:39', '2023-08-14 23:11:02', NULL),
  (3, 'Blanda - Bosco', 'blanda-bosco-3', 'enterprise', 97, '2023-08-10 22:27:59', '2023-09-07 05:53:35', '2023-09-04 12:22:01'),
  (4, 'VonRueden - Kerluke', 'vonrueden-kerluke-4', 'free', 77, '2023-04-16 08:46:31', '2023-04-17 20:07:08', NULL),
  (5, 'Barrows - McGlynn', 'barrows-mcglynn-5', 'team', 116, '2023-07-04 21:22:32', '2023-07-05 16:47:55', NULL),
  (6, 'Cruickshank, Abbott and Kuhlman', 'cruickshank-abbott-and-kuhlman-6', 'free', 34, '2023-10-15 12:43:09', '2023-10-16 09:38:49', NULL),
  (7, 'Huel and Sons', 'huel-and-sons-7', 'free', 1, '2023-06-11 16:57:25', '2023-06-14 03:10:09', NULL),
  (8, 'Smith - Gutmann', 'smith-gutmann-8', 'team', 65, '2023-01-22 13:08:45', '2023-01-23 22:18:06', NULL)
ON CONFLICT DO NOTHING;
INSERT INTO "users" ("id", "email", "display_name", "is_staff", "last_login_at", "created_at", "updated_at", "deleted_at") VALUES
  (1, 'elisha.howe1@example.test', 'Elisha Howe', FALSE, NULL, '2024-01-12 12:12:32', '2024-01-14 20:04:38', NULL),
  (2, 'rowena.kiehn2@example.test', 'Rowena Kiehn', FALSE, '2024-01-14 10:58:39', '2023-10-25 17:31:33', '2024-01-16 00:13:21', NULL),
  (3, 'cierra.denesik3@example.test', 'Cierra Denesik', FALSE, '2024-03-24 05:57:05', '2024-01-05 17:09:42', '2024-03-26 04:27:38', NULL),
  (4, 'skye.feil4@example.test', 'Skye Feil', FALSE, NULL, '2023-02-08 05:56:32', '2023-02-10 07:26:55', NULL),
  (5, 'lew.jaskolski5@example.test', 'Lew Jaskolski', FALSE, '2023-10-04 09:10:52', '2023-06-08 17:41:26', '2023-10-06 06:07:18', NULL),
  (6, 'claudine.casper6@example.test', 'Claudine Casper', TRUE, '2023-05-06 20:41:11', '2023-03-06 18:17:40', '2023-05-08 06:39:51', NULL),
  (7, 'celestino.heaneyaltenwerth7@example.test', 'Celestino Heaney-Altenwerth', FALSE, '2023-10-13 22:12:06', '2023-07-11 03:40:11', '2023-10-16 07:33:07', NULL),
  (8, 'maxwell.dickens8@example.test', 'Maxwell Dickens', FALSE, '2023-09-01 01:50:00', '2023-06-28 17:50:05', '2023-09-02 18:08:30', NULL)
ON CONFLICT DO NOTHING;
INSERT INTO "projects" ("id", "name", "slug", "is_archived", "organization_id", "created_at", "updated_at", "deleted_at") VALUES
  (1, 'Synthesize the neural sensor', 'synthesize-the-neural-sensor-1', FALSE, 3, '2023-08-20 15:27:50', '2023-09-17 20:06:44', '2023-09-14 23:32:28'),
  (2, 'Quantify the solid state matrix', 'quantify-the-solid-state-matrix-2', FALSE, 7, '2023-06-12 05:08:20', '2023-06-13 13:26:33', NULL),
  (3, 'Compress the open-source transmitter', 'compress-the-open-source-transmitter-3', FALSE, 8, '2023-01-23 13:32:06', '2023-01-24 15:25:18', NULL),
  (4, 'Generate the open-source program', 'generate-the-open-source-program-4', FALSE, 1, '2023-05-12 04:37:25', '2023-05-12 17:24:16', NULL),
  (5, 'Program the solid state card', 'program-the-solid-state-card-5', FALSE, 1, '2023-05-22 09:40:36', '2023-05-22 14:21:50', NULL),
  (6, 'Generate the wireless transmitter', 'generate-the-wireless-transmitter-6', FALSE, 3, '2023-08-26 20:08:44', '2023-08-29 17:33:24', NULL),
  (7, 'Connect the redundant bus', 'connect-the-redundant-bus-7', FALSE, 3, '2023-08-20 09:14:22', '2023-08-22 04:36:00', NULL),
  (8, 'Connect the auxiliary hard drive', 'connect-the-auxiliary-hard-drive-8', FALSE, 3, '2023-08-18 07:17:36', '2023-08-18 12:37:09', NULL),
  (9, 'Bypass the open-source bus', 'bypass-the-open-source-bus-9', FALSE, 3, '2023-08-15 05:53:39', '2023-08-15 16:29:49', NULL),
  (10, 'Input the mobile protocol', 'input-the-mobile-protocol-10', FALSE, 4, '2023-04-24 16:01:32', '2023-04-26 18:10:20', NULL),
  (11, 'Back up the online transmitter', 'back-up-the-online-transmitter-11', FALSE, 3, '2023-08-17 10:09:54', '2023-08-18 06:09:41', NULL),
  (12, 'Synthesize the open-source sensor', 'synthesize-the-open-source-sensor-12', FALSE, 8, '2023-02-08 05:42:23', '2023-02-08 22:30:41', NULL)
ON CONFLICT DO NOTHING;
INSERT INTO "tasks" ("id", "title", "description", "status", "due_on", "project_id", "assignee_id", "created_at", "updated_at", "deleted_at") VALUES
  (1, 'Parse the mobile port', 'Capio ullam vix celebrer tenus atrocitas talio creator supellex atqui cibo sum tamquam curto pax.', 'done', '2023-09-22', 6, 6, '2023-09-03 01:44:56', '2023-09-23 11:07:15', NULL),
  (2, 'Index the auxiliary feed', 'Adiuvo ulterius fuga expedita theca crepusculum cattus aiunt denuncio strenuus.', 'done', '2024-02-24', 9, 1, '2024-01-27 20:27:29', '2024-02-26 12:07:04', NULL),
  (3, 'Quantify the neural capacitor', 'Conatus cursim verbum tribuo succurro sublime tricesimus carcer blandior ago perspiciatis corona absens.', 'todo', NULL, 2, 4, '2023-06-16 16:12:30', '2023-06-18 06:03:07', NULL),
  (4, 'Input the solid state capacitor', 'Vicissitudo atqui vicinus varietas velociter asperiores varius clarus arbitro compono harum cupressus hic cuppedia error utilis.', 'doing', '2023-08-21', 12, 7, '2023-07-28 03:38:34', '2023-08-22 02:45:28', NULL),
  (5, 'Index the virtual card', NULL, 'done', NULL, 8, 6, '2023-08-31 05:20:44', '2023-09-01 07:29:27', NULL),
  (6, 'Hack the multi-byte interface', 'Ademptio studio curis bellicus cena copiose sumptus sumo cupressus adficio coma vita demergo arguo suspendo tergiversatio.', 'done', '2023-06-03', 10, 6, '2023-04-27 04:46:51', '2023-06-06 10:37:50', NULL),
  (7, 'Transmit the 1080p alarm', 'Caput textus deleniti vigor coniecto baiulus peccatus addo causa voluptates patior.', 'todo', '2023-09-30', 6, 4, '2023-09-07 12:21:43', '2023-10-03 08:26:38', NULL),
  (8, 'Calculate the multi-byte driver', 'Coepi odio tardus demergo id accusamus adnuo trucido soluta basium celebrer deludo.', 'doing', NULL, 10, 8, '2023-07-04 05:59:23', '2023-07-06 21:38:48', NULL),
  (9, 'Hack the haptic transmitter', 'Aureus appono armarium sulum creber mollitia abscido umquam cras animus sol.', 'done', '2023-03-15', 3, 4, '2023-02-13 03:32:14', '2023-03-17 23:12:17', NULL),
  (10, 'Index the haptic monitor', 'Tepidus approbo sto cupiditate modi audacia deinde venia aedificium aequitas hic adficio speciosus derideo.', 'done', NULL, 6, 1, '2024-01-13 19:50:12', '2024-01-14 12:23:17', NULL),
  (11, 'Calculate the open-source protocol', 'Eum statua sequi bardus adhaero thorax exercitationem adeo autus aliquam creator arbor omnis.', 'todo', '2024-02-11', 9, 1, '2024-01-23 00:51:17', '2024-02-14 20:40:31', NULL),
  (12, 'Generate the virtual port', 'Tamdiu quod acquiro autus viridis asporto decerno carcer custodia in patria carbo succurro clamo vergo appositus.', 'doing', '2023-06-08', 10, 4, '2023-05-05 11:44:53', '2023-06-09 05:11:18', NULL),
  (13, 'Program the bluetooth port', NULL, 'done', NULL, 11, 6, '2023-09-06 01:49:26', '2023-09-07 07:34:19', NULL),
  (14, 'Override the neural monitor', NULL, 'done', '2024-03-02', 6, 1, '2024-01-30 23:09:01', '2024-03-05 09:12:54', NULL),
  (15, 'Back up the open-source array', 'Ex adnuo vaco delicate tepidus quisquam volo apud sunt clam video combibo.', 'todo', NULL, 3, 6, '2023-03-16 03:25:01', '2023-03-18 00:32:59', NULL),
  (16, 'Quantify the 1080p hard drive', 'Nulla utrum eius aureus conscendo cohibeo claudeo ea defungo infit crapula tibi caritas spoliatio nisi cedo.', 'doing', '2023-09-26', 1, 6, '2023-08-29 06:03:01', '2023-09-29 15:20:49', NULL)
ON CONFLICT DO NOTHING;
INSERT INTO "invoices" ("id", "number", "total_amount", "issued_at", "paid_at", "organization_id", "created_at", "updated_at", "deleted_at") VALUES
  (1, 'INV-00001', 953.05, '2023-05-10 00:37:29', NULL, 1, '2023-05-09 14:12:58', '2023-06-06 13:45:03', '2023-06-03 14:31:17'),
  (2, 'INV-00002', 1655.23, '2023-01-25 18:45:28', NULL, 8, '2023-01-25 03:44:26', '2023-01-27 22:06:51', NULL),
  (3, 'INV-00003', 363.29, '2023-08-30 18:19:08', '2023-09-15 23:22:34', 2, '2023-08-28 01:11:02', '2023-09-18 17:38:31', NULL),
  (4, 'INV-00004', 284.79, '2023-08-28 08:11:52', '2023-09-27 05:33:18', 3, '2023-08-25 17:26:00', '2023-09-27 12:08:25', NULL),
  (5, 'INV-00005', 1490.90, '2023-05-26 21:07:58', '2023-05-28 17:59:04', 1, '2023-05-21 04:18:38', '2023-05-29 05:02:19', NULL),
  (6, 'INV-00006', 1921.26, '2023-02-14 03:10:37', '2023-03-03 21:44:12', 8, '2023-02-07 04:22:04', '2023-03-03 23:13:38', NULL),
  (7, 'INV-00007', 238.98, '2023-11-04 18:02:26', NULL, 6, '2023-11-04 02:00:33', '2023-11-05 03:50:49', NULL),
  (8, 'INV-00008', 717.87, '2023-06-24 17:17:40', '2023-07-19 07:41:31', 7, '2023-06-23 14:10:50', '2023-07-20 06:12:53', NULL),
  (9, 'INV-00009', 1834.18, '2023-05-22 01:59:49', NULL, 1, '2023-05-17 18:17:52', '2023-06-14 05:51:57', '2023-06-12 16:02:54'),
  (10, 'INV-00010', 1121.11, '2023-04-21 17:21:04', NULL, 4, '2023-04-16 20:24:16', '2023-04-23 10:24:14', NULL),
  (11, 'INV-00011', 1371.98, '2023-02-01 09:57:53', '2023-02-08 12:53:22', 8, '2023-01-26 08:42:33', '2023-02-08 15:36:10', NULL),
  (12, 'INV-00012', 1715.28, '2023-08-26 09:20:57', '2023-09-30 08:12:44', 2, '2023-08-21 21:57:33', '2023-10-03 02:27:25', NULL)
ON CONFLICT DO NOTHING;
INSERT INTO "organization_users" ("organization_id", "user_id", "created_at") VALUES
  (1, 2, '2023-11-04 00:45:02'),
  (1, 5, '2023-06-23 09:31:00'),
  (2, 1, '2024-01-25 21:04:07'),
  (2, 4, '2023-08-16 00:32:25'),
  (3, 3, '2024-01-15 17:33:35'),
  (3, 5, '2023-08-20 23:25:58'),
  (4, 4, '2023-04-26 02:51:53'),
  (4, 8, '2023-07-14 20:31:40'),
  (5, 1, '2024-02-01 04:46:43'),
  (5, 7, '2023-07-22 14:39:31'),
  (6, 2, '2023-11-02 00:17:24'),
  (6, 5, '2023-10-29 02:01:29'),
  (7, 4, '2023-06-28 00:18:47'),
  (7, 5, '2023-07-01 02:22:16'),
  (8, 1, '2024-01-26 09:45:10'),
  (8, 7, '2023-07-20 16:26:48')
ON CONFLICT DO NOTHING;

COMMIT;

-- Ids continue after the highest seeded id by themselves (rowid): nothing to reset.
