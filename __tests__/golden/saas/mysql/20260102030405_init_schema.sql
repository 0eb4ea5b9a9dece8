-- kei-migrate: init_schema (generated 2026-01-02)
-- db/schema.sql holds the whole schema as it stands after the latest migration.
-- db/schema.sql: the design's single source of truth (db-scaffold)
-- Generated: 2026-01-02
-- DB: MySQL/MariaDB · ORM: drizzle · style: code-first
-- Entities: 5 · relations: 5 · tables: 6

SET NAMES utf8mb4;

CREATE TABLE IF NOT EXISTS `organizations` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `plan` VARCHAR(16) NOT NULL,
  `seat_count` INT NOT NULL DEFAULT 0,
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  KEY `ix_organizations_deleted_at` (`deleted_at`),
  UNIQUE KEY `uq_organizations_slug` (`slug`),
  CONSTRAINT `ck_organizations_plan_allowed` CHECK (CAST(`plan` AS BINARY) IN ('free', 'team', 'enterprise')),
  CONSTRAINT `ck_organizations_seat_count_nonneg` CHECK (`seat_count` >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `users` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(320) NOT NULL,
  `display_name` TEXT NOT NULL,
  `is_staff` BOOLEAN NOT NULL DEFAULT FALSE,
  `last_login_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  KEY `ix_users_deleted_at` (`deleted_at`),
  UNIQUE KEY `uq_users_email` (`email`),
  CONSTRAINT `ck_users_email_format` CHECK (`email` LIKE '%@%')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `projects` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `is_archived` BOOLEAN NOT NULL DEFAULT FALSE,
  `organization_id` BIGINT UNSIGNED NOT NULL,
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  KEY `ix_projects_organization_id` (`organization_id`),
  KEY `ix_projects_deleted_at` (`deleted_at`),
  UNIQUE KEY `uq_projects_slug` (`slug`),
  CONSTRAINT `fk_projects_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `tasks` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `title` TEXT NOT NULL,
  `description` TEXT NULL,
  `status` VARCHAR(16) NOT NULL,
  `due_on` DATE NULL,
  `project_id` BIGINT UNSIGNED NOT NULL,
  `assignee_id` BIGINT UNSIGNED NOT NULL,
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  KEY `ix_tasks_project_id` (`project_id`),
  KEY `ix_tasks_assignee_id` (`assignee_id`),
  KEY `ix_tasks_deleted_at` (`deleted_at`),
  CONSTRAINT `ck_tasks_status_allowed` CHECK (CAST(`status` AS BINARY) IN ('todo', 'doing', 'done')),
  CONSTRAINT `fk_tasks_project_id` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_tasks_assignee_id` FOREIGN KEY (`assignee_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `invoices` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `number` VARCHAR(255) NOT NULL,
  `total_amount` DECIMAL(18,2) NOT NULL DEFAULT 0,
  `issued_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `paid_at` TIMESTAMP NULL,
  `organization_id` BIGINT UNSIGNED NOT NULL,
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  KEY `ix_invoices_organization_id` (`organization_id`),
  KEY `ix_invoices_deleted_at` (`deleted_at`),
  UNIQUE KEY `uq_invoices_number` (`number`),
  CONSTRAINT `ck_invoices_total_amount_nonneg` CHECK (`total_amount` >= 0),
  CONSTRAINT `fk_invoices_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `organization_users` (
  `organization_id` BIGINT UNSIGNED NOT NULL,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`organization_id`, `user_id`),
  KEY `ix_organization_users_user_id_organization_id` (`user_id`, `organization_id`),
  CONSTRAINT `fk_organization_users_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_organization_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
