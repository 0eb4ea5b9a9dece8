-- kei-migrate: init_schema (generated 2026-01-02)
-- db/schema.sql holds the whole schema as it stands after the latest migration.
-- db/schema.sql: the design's single source of truth (db-scaffold)
-- Generated: 2026-01-02
-- DB: PostgreSQL · ORM: drizzle · style: code-first
-- Entities: 5 · relations: 5 · tables: 6

CREATE OR REPLACE FUNCTION "set_updated_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."updated_at" IS NOT DISTINCT FROM OLD."updated_at" THEN
    NEW."updated_at" := now();
  END IF;
  RETURN NEW;
END;
$$;

CREATE TABLE IF NOT EXISTS "organizations" (
  "id" BIGINT GENERATED ALWAYS AS IDENTITY,
  "name" TEXT NOT NULL,
  "slug" VARCHAR(255) NOT NULL,
  "plan" TEXT NOT NULL,
  "seat_count" INTEGER NOT NULL DEFAULT 0,
  "created_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "deleted_at" TIMESTAMPTZ,
  CONSTRAINT "pk_organizations" PRIMARY KEY ("id"),
  CONSTRAINT "uq_organizations_slug" UNIQUE ("slug"),
  CONSTRAINT "ck_organizations_plan_allowed" CHECK ("plan" IN ('free', 'team', 'enterprise')),
  CONSTRAINT "ck_organizations_seat_count_nonneg" CHECK ("seat_count" >= 0)
);
CREATE INDEX IF NOT EXISTS "ix_organizations_alive" ON "organizations" ("id") WHERE "deleted_at" IS NULL;
CREATE OR REPLACE TRIGGER "trg_organizations_updated_at" BEFORE UPDATE ON "organizations" FOR EACH ROW EXECUTE FUNCTION "set_updated_at"();

CREATE TABLE IF NOT EXISTS "users" (
  "id" BIGINT GENERATED ALWAYS AS IDENTITY,
  "email" VARCHAR(320) NOT NULL,
  "display_name" TEXT NOT NULL,
  "is_staff" BOOLEAN NOT NULL DEFAULT FALSE,
  "last_login_at" TIMESTAMPTZ,
  "created_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "deleted_at" TIMESTAMPTZ,
  CONSTRAINT "pk_users" PRIMARY KEY ("id"),
  CONSTRAINT "uq_users_email" UNIQUE ("email"),
  CONSTRAINT "ck_users_email_format" CHECK ("email" LIKE '%@%')
);
CREATE INDEX IF NOT EXISTS "ix_users_alive" ON "users" ("id") WHERE "deleted_at" IS NULL;
CREATE OR REPLACE TRIGGER "trg_users_updated_at" BEFORE UPDATE ON "users" FOR EACH ROW EXECUTE FUNCTION "set_updated_at"();

CREATE TABLE IF NOT EXISTS "projects" (
  "id" BIGINT GENERATED ALWAYS AS IDENTITY,
  "name" TEXT NOT NULL,
  "slug" VARCHAR(255) NOT NULL,
  "is_archived" BOOLEAN NOT NULL DEFAULT FALSE,
  "organization_id" BIGINT NOT NULL,
  "created_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "deleted_at" TIMESTAMPTZ,
  CONSTRAINT "pk_projects" PRIMARY KEY ("id"),
  CONSTRAINT "uq_projects_slug" UNIQUE ("slug"),
  CONSTRAINT "fk_projects_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "ix_projects_organization_id" ON "projects" ("organization_id");
CREATE INDEX IF NOT EXISTS "ix_projects_alive" ON "projects" ("id") WHERE "deleted_at" IS NULL;
CREATE OR REPLACE TRIGGER "trg_projects_updated_at" BEFORE UPDATE ON "projects" FOR EACH ROW EXECUTE FUNCTION "set_updated_at"();

CREATE TABLE IF NOT EXISTS "tasks" (
  "id" BIGINT GENERATED ALWAYS AS IDENTITY,
  "title" TEXT NOT NULL,
  "description" TEXT,
  "status" TEXT NOT NULL,
  "due_on" DATE,
  "project_id" BIGINT NOT NULL,
  "assignee_id" BIGINT NOT NULL,
  "created_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "deleted_at" TIMESTAMPTZ,
  CONSTRAINT "pk_tasks" PRIMARY KEY ("id"),
  CONSTRAINT "ck_tasks_status_allowed" CHECK ("status" IN ('todo', 'doing', 'done')),
  CONSTRAINT "fk_tasks_project_id" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_tasks_assignee_id" FOREIGN KEY ("assignee_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "ix_tasks_project_id" ON "tasks" ("project_id");
CREATE INDEX IF NOT EXISTS "ix_tasks_assignee_id" ON "tasks" ("assignee_id");
CREATE INDEX IF NOT EXISTS "ix_tasks_alive" ON "tasks" ("id") WHERE "deleted_at" IS NULL;
CREATE OR REPLACE TRIGGER "trg_tasks_updated_at" BEFORE UPDATE ON "tasks" FOR EACH ROW EXECUTE FUNCTION "set_updated_at"();

CREATE TABLE IF NOT EXISTS "invoices" (
  "id" BIGINT GENERATED ALWAYS AS IDENTITY,
  "number" VARCHAR(255) NOT NULL,
  "total_amount" NUMERIC(18,2) NOT NULL DEFAULT 0,
  "issued_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "paid_at" TIMESTAMPTZ,
  "organization_id" BIGINT NOT NULL,
  "created_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "deleted_at" TIMESTAMPTZ,
  CONSTRAINT "pk_invoices" PRIMARY KEY ("id"),
  CONSTRAINT "uq_invoices_number" UNIQUE ("number"),
  CONSTRAINT "ck_invoices_total_amount_nonneg" CHECK ("total_amount" >= 0),
  CONSTRAINT "fk_invoices_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "ix_invoices_organization_id" ON "invoices" ("organization_id");
CREATE INDEX IF NOT EXISTS "ix_invoices_alive" ON "invoices" ("id") WHERE "deleted_at" IS NULL;
CREATE OR REPLACE TRIGGER "trg_invoices_updated_at" BEFORE UPDATE ON "invoices" FOR EACH ROW EXECUTE FUNCTION "set_updated_at"();

CREATE TABLE IF NOT EXISTS "organization_users" (
  "organization_id" BIGINT NOT NULL,
  "user_id" BIGINT NOT NULL,
  "created_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT "pk_organization_users" PRIMARY KEY ("organization_id", "user_id"),
  CONSTRAINT "fk_organization_users_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE,
  CONSTRAINT "fk_organization_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "ix_organization_users_user_id_organization_id" ON "organization_users" ("user_id", "organization_id");
