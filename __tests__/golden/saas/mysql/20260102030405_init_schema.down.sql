-- kei-migrate: init_schema down (generated 2026-01-02)
-- Reverts 20260102030405_init_schema.sql: children first, parents last.

-- IRREVERSIBLE: invoices holds production data; manual restore required.
-- Abort reverse migration.
SET NAMES utf8mb4;

SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'irreversible: init_schema';

DROP TABLE IF EXISTS `organization_users`;

-- IRREVERSIBLE: kept `invoices`

DROP TABLE IF EXISTS `tasks`;

DROP TABLE IF EXISTS `projects`;

DROP TABLE IF EXISTS `users`;

DROP TABLE IF EXISTS `organizations`;
