-- db/seed.sql: rich seed (db-scaffold) — 5–20 realistic rows per entity to click around in
-- SQLite · 5 tables · seed 1 · deterministic (same design, same file) · loading it twice changes nothing
-- Made-up values: e-mails on example.test, phone numbers 555-01xx, no credentials.
-- Load after the migrations: sqlite3 "$(printf '%s' "$DATABASE_URL" | sed -E 's#^[A-Za-z0-9]+:(//)?##; s#[?].*$##')" < db/seed.sql

BEGIN;

INSERT INTO "users" ("id", "email", "username", "display_name", "bio", "is_admin", "created_at", "updated_at") VALUES
  (1, 'elisha.howe1@example.test', 'elisha_howe1', 'Elisha Howe', 'Direct Interactions Strategist from Port Emmanuelberg.', FALSE, '2024-01-12 12:12:32', '2024-01-14 20:04:38'),
  (2, 'rowena.kiehn2@example.test', 'rowena_kiehn2', 'Rowena Kiehn', NULL, FALSE, '2023-10-25 17:31:33', '2023-10-27 17:57:14'),
  (3, 'cierra.denesik3@example.test', 'cierra_denesik3', 'Cierra Denesik', 'Future Intranet Analyst from Tonibury.', FALSE, '2024-01-05 17:09:42', '2024-01-07 16:16:22'),
  (4, 'skye.feil4@example.test', 'skye_feil4', 'Skye Feil', NULL, FALSE, '2023-02-08 05:56:32', '2023-02-10 07:26:55'),
  (5, 'lew.jaskolski5@example.test', 'lew_jaskolski5', 'Lew Jaskolski', NULL, TRUE, '2023-06-08 17:41:26', '2023-06-11 16:16:39'),
  (6, 'claudine.casper6@example.test', 'claudine_casper6', 'Claudine Casper', 'District Branding Director from Cherylville.', FALSE, '2023-03-06 18:17:40', '2023-03-08 06:56:31'),
  (7, 'celestino.heaneyaltenwerth7@example.test', 'celestino_heaneyaltenwerth7', 'Celestino Heaney-Altenwerth', NULL, TRUE, '2023-07-11 03:40:11', '2023-07-13 12:31:40'),
  (8, 'maxwell.dickens8@example.test', 'maxwell_dickens8', 'Maxwell Dickens', 'Future Paradigm Specialist from Olsonworth.', FALSE, '2023-06-28 17:50:05', '2023-06-30 08:25:23')
ON CONFLICT DO NOTHING;
INSERT INTO "posts" ("id", "title", "slug", "body", "status", "published_at", "view_count", "author_id", "created_at", "updated_at") VALUES
  (1, 'Vanity Fair', 'vanity-fair-1', 'Try to connect the ADP panel, maybe it will override the solid state hard drive. Try to input the HDD pixel, maybe it will copy the multi-byte protocol. You can''t compress the microchip without transmitting the cross-platform HTTP transmitter.', 'draft', NULL, 24, 5, '2023-06-17 04:58:25', '2023-06-18 16:45:30'),
  (2, 'Under the Volcano', 'under-the-volcano-2', 'Hacking the bandwidth won''t do anything, we need to back up the optical COM sensor. You can''t compress the array without backing up the bluetooth COM system. Use the online EXE monitor, then you can navigate the online driver.', 'published', NULL, 23, 6, '2023-03-16 21:31:52', '2023-03-17 00:19:19'),
  (3, 'The Trial', 'the-trial-3', 'Try to input the VGA firewall, maybe it will quantify the 1080p firewall. The FTP bus is down, compress the mobile sensor so we can quantify the AI system. We need to bypass the open-source HEX protocol.', 'published', '2024-01-06 17:28:26', 0, 3, '2024-01-06 02:19:07', '2024-01-09 17:26:13'),
  (4, 'On the Duty of Civil Disobedience', 'on-the-duty-of-civil-disobedience-4', 'Connecting the matrix won''t do anything, we need to quantify the online ASCII bandwidth. Programming the circuit won''t do anything, we need to bypass the online HEX panel. If we parse the interface, we can get to the TLS firewall through the mobile SSL pixel.', 'draft', '2023-11-01 02:36:26', 37, 2, '2023-10-30 15:27:25', '2023-11-02 02:00:25'),
  (5, 'The Thirty-Nine Steps', 'the-thirty-nine-steps-5', 'You can''t transmit the matrix without overriding the digital VGA firewall. We need to quantify the mobile AGP protocol. Try to index the API card, maybe it will compress the open-source monitor.', 'published', '2023-06-25 14:31:19', 16, 5, '2023-06-23 20:28:24', '2023-06-26 12:47:28'),
  (6, 'Pride and Prejudice', 'pride-and-prejudice-6', 'I''ll connect the mobile ADP circuit, that should protocol the CSS driver. I''ll compress the bluetooth GB sensor, that should system the SAS program. We need to navigate the 1080p HEX capacitor.', 'archived', '2024-01-14 22:41:43', 48, 3, '2024-01-13 23:55:59', '2024-01-16 09:25:45'),
  (7, 'Dune', 'dune-7', 'Try to compress the SSD feed, maybe it will reboot the open-source microchip. I''ll override the mobile EXE interface, that should driver the TLS bandwidth. The SQL monitor is down, back up the redundant monitor so we can bypass the API capacitor.', 'published', '2024-01-26 06:15:01', 18, 1, '2024-01-22 12:03:48', '2024-01-27 09:15:27'),
  (8, 'The Catcher in the Rye', 'the-catcher-in-the-rye-8', 'You can''t override the interface without quantifying the cross-platform IP card. You can''t reboot the sensor without indexing the back-end XML firewall. You can''t calculate the bus without parsing the cross-platform DNS feed.', 'draft', '2024-01-14 10:46:45', 45, 3, '2024-01-11 19:54:04', '2024-01-14 21:19:55'),
  (9, 'The Woman in White', 'the-woman-in-white-9', 'Parsing the transmitter won''t do anything, we need to copy the primary JBOD pixel. Use the wireless XSS protocol, then you can connect the bluetooth driver. I''ll hack the open-source HEX bandwidth, that should card the DRAM protocol.', 'published', NULL, 25, 1, '2024-01-17 04:30:51', '2024-01-19 22:17:22'),
  (10, 'To the Lighthouse', 'to-the-lighthouse-10', 'The SDD bus is down, bypass the digital port so we can index the SMS circuit. Try to bypass the XML sensor, maybe it will reboot the haptic matrix. You can''t generate the hard drive without navigating the primary UDP system.', 'published', NULL, 35, 3, '2024-01-17 11:26:26', '2024-01-19 22:22:38'),
  (11, 'Atonement', 'atonement-11', 'Backing up the circuit won''t do anything, we need to quantify the multi-byte COM feed. You can''t calculate the system without quantifying the mobile COM driver. Use the bluetooth JBOD hard drive, then you can hack the 1080p transmitter.', 'draft', '2023-06-18 18:26:37', 39, 5, '2023-06-12 21:48:27', '2023-06-20 10:35:46'),
  (12, 'The Iliad', 'the-iliad-12', 'I''ll reboot the back-end UDP panel, that should program the CSS system. We need to navigate the multi-byte THX feed. Use the mobile UDP card, then you can back up the mobile bandwidth.', 'published', '2023-06-24 21:30:39', 8, 5, '2023-06-24 17:07:19', '2023-06-25 11:33:19')
ON CONFLICT DO NOTHING;
INSERT INTO "comments" ("id", "body", "post_id", "user_id", "created_at", "updated_at") VALUES
  (1, 'Use the haptic CLI protocol, then you can synthesize the auxiliary panel. You can''t input the interface without transmitting the bluetooth DRAM microchip. I''ll bypass the online TCP card, that should firewall the HEX capacitor.', 12, 5, '2023-07-08 14:05:42', '2023-07-09 21:19:58'),
  (2, 'Try to compress the IP protocol, maybe it will transmit the auxiliary program. Copying the hard drive won''t do anything, we need to bypass the 1080p XML pixel. Try to navigate the UDP alarm, maybe it will generate the mobile microchip.', 11, 3, '2024-01-12 07:09:53', '2024-01-14 14:38:11'),
  (3, 'Try to calculate the SSD circuit, maybe it will calculate the neural capacitor. Generating the pixel won''t do anything, we need to input the digital XSS microchip. You can''t reboot the protocol without calculating the auxiliary FTP bandwidth.', 10, 4, '2024-01-22 05:38:20', '2024-01-24 18:11:46'),
  (4, 'I''ll override the auxiliary USB system, that should pixel the HEX protocol. I''ll quantify the back-end SDD pixel, that should port the SDD interface. You can''t parse the array without backing up the cross-platform COM bandwidth.', 7, 1, '2024-02-04 21:38:50', '2024-02-05 19:50:47'),
  (5, 'Try to bypass the CLI alarm, maybe it will navigate the multi-byte driver. I''ll reboot the open-source PCI sensor, that should application the ASCII bus. The PCI hard drive is down, compress the cross-platform pixel so we can generate the ADP sensor.', 6, 5, '2024-01-25 14:08:29', '2024-01-25 17:02:19'),
  (6, 'We need to compress the cross-platform SDD array. The CSS system is down, back up the wireless matrix so we can hack the XML bandwidth. Try to synthesize the OCR matrix, maybe it will connect the multi-byte firewall.', 4, 5, '2023-10-30 20:11:09', '2023-10-31 05:31:40'),
  (7, 'Use the back-end ADP matrix, then you can compress the redundant card. You can''t override the matrix without backing up the open-source HDD bus. The XML bandwidth is down, index the mobile firewall so we can bypass the FTP application.', 10, 2, '2024-01-26 07:37:55', '2024-01-27 12:14:41'),
  (8, 'I''ll connect the open-source CLI microchip, that should alarm the USB program. Use the back-end EXE monitor, then you can parse the redundant interface. You can''t navigate the array without transmitting the multi-byte OCR system.', 5, 7, '2023-07-27 13:14:53', '2023-07-27 22:49:52'),
  (9, 'If we reboot the circuit, we can get to the SDD circuit through the cross-platform XSS transmitter. If we calculate the microchip, we can get to the XML bandwidth through the haptic PCI microchip. Try to generate the XML monitor, maybe it will calculate the wireless capacitor.', 12, 1, '2024-01-14 09:56:45', '2024-01-16 07:52:07'),
  (10, 'You can''t copy the matrix without indexing the neural DNS card. I''ll index the redundant ASCII program, that should program the VGA hard drive. Bypassing the system won''t do anything, we need to calculate the solid state VGA circuit.', 10, 5, '2024-01-29 22:18:03', '2024-01-30 18:52:49'),
  (11, 'We need to calculate the redundant IP bandwidth. We need to synthesize the redundant SMTP transmitter. You can''t copy the circuit without transmitting the virtual TCP sensor.', 1, 4, '2023-06-28 06:09:32', '2023-07-01 02:44:20'),
  (12, 'Try to navigate the JBOD array, maybe it will compress the cross-platform system. Connecting the circuit won''t do anything, we need to hack the online COM transmitter. The OCR transmitter is down, hack the virtual feed so we can program the USB hard drive.', 4, 5, '2023-11-19 01:52:31', '2023-11-19 19:43:41'),
  (13, 'You can''t navigate the alarm without generating the haptic SQL card. I''ll index the 1080p RAM sensor, that should port the COM card. I''ll transmit the primary USB sensor, that should system the OCR application.', 11, 3, '2024-01-20 16:40:27', '2024-01-21 19:21:08'),
  (14, 'Bypassing the matrix won''t do anything, we need to program the optical SSL matrix. Parsing the firewall won''t do anything, we need to parse the back-end EXE monitor. We need to navigate the online VGA transmitter.', 7, 2, '2024-02-01 08:18:57', '2024-02-02 23:10:44'),
  (15, 'The COM interface is down, quantify the digital bus so we can navigate the AI pixel. We need to input the 1080p COM microchip. We need to index the cross-platform PCI bandwidth.', 12, 5, '2023-06-27 10:51:25', '2023-06-28 22:50:27'),
  (16, 'Try to bypass the SQL bandwidth, maybe it will generate the primary monitor. Compressing the firewall won''t do anything, we need to back up the multi-byte XSS pixel. We need to override the online CLI panel.', 12, 4, '2023-07-11 21:54:00', '2023-07-13 10:59:56')
ON CONFLICT DO NOTHING;
INSERT INTO "tags" ("id", "name", "created_at", "updated_at") VALUES
  (1, 'settler', '2023-06-27 19:09:52', '2023-06-28 13:48:12'),
  (2, 'juggernaut', '2023-01-15 09:34:29', '2023-01-16 04:20:45'),
  (3, 'siege', '2023-05-12 11:29:00', '2023-05-14 05:58:29'),
  (4, 'essence', '2023-05-27 06:25:24', '2023-05-27 14:30:45'),
  (5, 'cricket', '2023-07-31 17:07:24', '2023-08-02 19:27:21'),
  (6, 'academics', '2023-08-07 21:38:13', '2023-08-09 17:09:44'),
  (7, 'deployment', '2023-03-04 14:53:11', '2023-03-06 23:25:49'),
  (8, 'farm', '2023-01-14 10:37:44', '2023-01-17 10:29:01')
ON CONFLICT DO NOTHING;
INSERT INTO "post_tags" ("post_id", "tag_id", "created_at") VALUES
  (1, 1, '2023-07-03 01:41:58'),
  (1, 6, '2023-08-16 18:28:07'),
  (2, 1, '2023-06-29 16:53:07'),
  (2, 7, '2023-03-20 06:42:03'),
  (3, 4, '2024-01-06 03:43:44'),
  (3, 5, '2024-01-20 22:40:51'),
  (4, 2, '2023-10-31 16:33:21'),
  (4, 5, '2023-11-01 18:44:37'),
  (5, 6, '2023-08-10 16:38:33'),
  (5, 8, '2023-06-30 00:15:48'),
  (6, 4, '2024-01-28 00:23:53'),
  (6, 7, '2024-01-25 13:22:13'),
  (7, 4, '2024-02-09 09:10:54'),
  (7, 7, '2024-02-01 13:59:19'),
  (8, 1, '2024-01-16 17:53:09'),
  (8, 2, '2024-01-25 03:34:35'),
  (9, 5, '2024-01-22 11:17:43'),
  (9, 6, '2024-01-21 09:50:59'),
  (10, 1, '2024-01-28 14:39:57'),
  (10, 8, '2024-02-06 02:00:01'),
  (11, 1, '2023-06-27 20:27:16'),
  (11, 5, '2023-08-01 22:10:00'),
  (12, 5, '2023-08-02 06:37:38'),
  (12, 7, '2023-06-25 10:14:39')
ON CONFLICT DO NOTHING;

COMMIT;

-- Ids continue after the highest seeded id by themselves (rowid): nothing to reset.
