-- kei-migrate: init_schema (generated 2026-01-02)
-- db/schema.sql holds the whole schema as it stands after the latest migration.
-- db/schema.sql: the design's single source of truth (db-scaffold)
-- Generated: 2026-01-02
-- DB: SQLite · ORM: drizzle · style: code-first
-- Entities: 5 · relations: 5 · tables: 6

CREATE TABLE IF NOT EXISTS "organizations" (
  "id" INTEGER PRIMARY KEY,
  "name" TEXT NOT NULL,
  "slug" VARCHAR(255) NOT NULL,
  "plan" TEXT NOT NULL,
  "seat_count" INTEGER NOT NULL DEFAULT 0,
  "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "deleted_at" DATETIME,
  CONSTRAINT "uq_organizations_slug" UNIQUE ("slug"),
  CONSTRAINT "ck_organizations_plan_allowed" CHECK ("plan" IN ('free', 'team', 'enterprise')),
  CONSTRAINT "ck_organizations_seat_count_nonneg" CHECK ("seat_count" >= 0)
);
CREATE INDEX IF NOT EXISTS "ix_organizations_alive" ON "organizations" ("id") WHERE "deleted_at" IS NULL;
CREATE TRIGGER IF NOT EXISTS "trg_organizations_updated_at" AFTER UPDATE ON "organizations" FOR EACH ROW WHEN NEW."updated_at" = OLD."updated_at"
BEGIN
  UPDATE "organizations" SET "updated_at" = CURRENT_TIMESTAMP WHERE "id" = NEW."id";
END;

CREATE TABLE IF NOT EXISTS "users" (
  "id" INTEGER PRIMARY KEY,
  "email" VARCHAR(320) NOT NULL,
  "display_name" TEXT NOT NULL,
  "is_staff" BOOLEAN NOT NULL DEFAULT FALSE,
  "last_login_at" DATETIME,
  "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "deleted_at" DATETIME,
  CONSTRAINT "uq_users_email" UNIQUE ("email"),
  CONSTRAINT "ck_users_email_format" CHECK ("email" LIKE '%@%')
);
CREATE INDEX IF NOT EXISTS "ix_users_alive" ON "users" ("id") WHERE "deleted_at" IS NULL;
CREATE TRIGGER IF NOT EXISTS "trg_users_updated_at" AFTER UPDATE ON "users" FOR EACH ROW WHEN NEW."updated_at" = OLD."updated_at"
BEGIN
  UPDATE "users" SET "updated_at" = CURRENT_TIMESTAMP WHERE "id" = NEW."id";
END;

CREATE TABLE IF NOT EXISTS "projects" (
  "id" INTEGER PRIMARY KEY,
  "name" TEXT NOT NULL,
  "slug" VARCHAR(255) NOT NULL,
  "is_archived" BOOLEAN NOT NULL DEFAULT FALSE,
  "organization_id" INTEGER NOT NULL,
  "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "deleted_at" DATETIME,
  CONSTRAINT "uq_projects_slug" UNIQUE ("slug"),
  CONSTRAINT "fk_projects_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "ix_projects_organization_id" ON "projects" ("organization_id");
CREATE INDEX IF NOT EXISTS "ix_projects_alive" ON "projects" ("id") WHERE "deleted_at" IS NULL;
CREATE TRIGGER IF NOT EXISTS "trg_projects_updated_at" AFTER UPDATE ON "projects" FOR EACH ROW WHEN NEW."updated_at" = OLD."updated_at"
BEGIN
  UPDATE "projects" SET "updated_at" = CURRENT_TIMESTAMP WHERE "id" = NEW."id";
END;

CREATE TABLE IF NOT EXISTS "tasks" (
  "id" INTEGER PRIMARY KEY,
  "title" TEXT NOT NULL,
  "description" TEXT,
  "status" TEXT NOT NULL,
  "due_on" DATE,
  "project_id" INTEGER NOT NULL,
  "assignee_id" INTEGER NOT NULL,
  "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "deleted_at" DATETIME,
  CONSTRAINT "ck_tasks_status_allowed" CHECK ("status" IN ('todo', 'doing', 'done')),
  CONSTRAINT "fk_tasks_project_id" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_tasks_assignee_id" FOREIGN KEY ("assignee_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "ix_tasks_project_id" ON "tasks" ("project_id");
CREATE INDEX IF NOT EXISTS "ix_tasks_assignee_id" ON "tasks" ("assignee_id");
CREATE INDEX IF NOT EXISTS "ix_tasks_alive" ON "tasks" ("id") WHERE "deleted_at" IS NULL;
CREATE TRIGGER IF NOT EXISTS "trg_tasks_updated_at" AFTER UPDATE ON "tasks" FOR EACH ROW WHEN NEW."updated_at" = OLD."updated_at"
BEGIN
  UPDATE "tasks" SET "updated_at" = CURRENT_TIMESTAMP WHERE "id" = NEW."id";
END;

CREATE TABLE IF NOT EXISTS "invoices" (
  "id" INTEGER PRIMARY KEY,
  "number" VARCHAR(255) NOT NULL,
  "total_amount" NUMERIC(18,2) NOT NULL DEFAULT 0,
  "issued_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "paid_at" DATETIME,
  "organization_id" INTEGER NOT NULL,
  "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "deleted_at" DATETIME,
  CONSTRAINT "uq_invoices_number" UNIQUE ("number"),
  CONSTRAINT "ck_invoices_total_amount_nonneg" CHECK ("total_amount" >= 0),
  CONSTRAINT "fk_invoices_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "ix_invoices_organization_id" ON "invoices" ("organization_id");
CREATE INDEX IF NOT EXISTS "ix_invoices_alive" ON "invoices" ("id") WHERE "deleted_at" IS NULL;
CREATE TRIGGER IF NOT EXISTS "trg_invoices_updated_at" AFTER UPDATE ON "invoices" FOR EACH ROW WHEN NEW."updated_at" = OLD."updated_at"
BEGIN
  UPDATE "invoices" SET "updated_at" = CURRENT_TIMESTAMP WHERE "id" = NEW."id";
END;

CREATE TABLE IF NOT EXISTS "organization_users" (
  "organization_id" INTEGER NOT NULL,
  "user_id" INTEGER NOT NULL,
  "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "pk_organization_users" PRIMARY KEY ("organization_id", "user_id"),
  CONSTRAINT "fk_organization_users_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE,
  CONSTRAINT "fk_organization_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "ix_organization_users_user_id_organization_id" ON "organization_users" ("user_id", "organization_id");
