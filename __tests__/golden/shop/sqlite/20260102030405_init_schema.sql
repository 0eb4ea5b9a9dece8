-- kei-migrate: init_schema (generated 2026-01-02)
-- db/schema.sql holds the whole schema as it stands after the latest migration.
-- db/schema.sql: the design's single source of truth (db-scaffold)
-- Generated: 2026-01-02
-- DB: SQLite · ORM: none · style: schema-first
-- Entities: 6 · relations: 5 · tables: 6

CREATE TABLE IF NOT EXISTS "customers" (
  "id" INTEGER PRIMARY KEY,
  "email" VARCHAR(320) NOT NULL,
  "name" TEXT NOT NULL,
  "phone" VARCHAR(255),
  "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "uq_customers_email" UNIQUE ("email"),
  CONSTRAINT "ck_customers_email_format" CHECK ("email" LIKE '%@%')
);
CREATE TRIGGER IF NOT EXISTS "trg_customers_updated_at" AFTER UPDATE ON "customers" FOR EACH ROW WHEN NEW."updated_at" = OLD."updated_at"
BEGIN
  UPDATE "customers" SET "updated_at" = CURRENT_TIMESTAMP WHERE "id" = NEW."id";
END;

CREATE TABLE IF NOT EXISTS "profiles" (
  "id" INTEGER PRIMARY KEY,
  "bio" TEXT,
  "avatar_url" TEXT,
  "birthday" DATE,
  "customer_id" INTEGER NOT NULL,
  "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "uq_profiles_customer_id" UNIQUE ("customer_id"),
  CONSTRAINT "fk_profiles_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE
);
CREATE TRIGGER IF NOT EXISTS "trg_profiles_updated_at" AFTER UPDATE ON "profiles" FOR EACH ROW WHEN NEW."updated_at" = OLD."updated_at"
BEGIN
  UPDATE "profiles" SET "updated_at" = CURRENT_TIMESTAMP WHERE "id" = NEW."id";
END;

CREATE TABLE IF NOT EXISTS "categories" (
  "id" INTEGER PRIMARY KEY,
  "name" VARCHAR(255) NOT NULL,
  "slug" VARCHAR(255) NOT NULL,
  "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "uq_categories_name" UNIQUE ("name"),
  CONSTRAINT "uq_categories_slug" UNIQUE ("slug")
);
CREATE TRIGGER IF NOT EXISTS "trg_categories_updated_at" AFTER UPDATE ON "categories" FOR EACH ROW WHEN NEW."updated_at" = OLD."updated_at"
BEGIN
  UPDATE "categories" SET "updated_at" = CURRENT_TIMESTAMP WHERE "id" = NEW."id";
END;

CREATE TABLE IF NOT EXISTS "products" (
  "id" INTEGER PRIMARY KEY,
  "name" TEXT NOT NULL,
  "sku" VARCHAR(255) NOT NULL,
  "price_amount" NUMERIC(18,2) NOT NULL DEFAULT 0,
  "stock_count" INTEGER NOT NULL DEFAULT 0,
  "is_active" BOOLEAN NOT NULL DEFAULT FALSE,
  "category_id" INTEGER NOT NULL,
  "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "uq_products_sku" UNIQUE ("sku"),
  CONSTRAINT "ck_products_price_amount_nonneg" CHECK ("price_amount" >= 0),
  CONSTRAINT "ck_products_stock_count_nonneg" CHECK ("stock_count" >= 0),
  CONSTRAINT "fk_products_category_id" FOREIGN KEY ("category_id") REFERENCES "categories" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "ix_products_category_id" ON "products" ("category_id");
CREATE TRIGGER IF NOT EXISTS "trg_products_updated_at" AFTER UPDATE ON "products" FOR EACH ROW WHEN NEW."updated_at" = OLD."updated_at"
BEGIN
  UPDATE "products" SET "updated_at" = CURRENT_TIMESTAMP WHERE "id" = NEW."id";
END;

CREATE TABLE IF NOT EXISTS "orders" (
  "id" INTEGER PRIMARY KEY,
  "status" TEXT NOT NULL,
  "total_amount" NUMERIC(18,2) NOT NULL DEFAULT 0,
  "placed_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "customer_id" INTEGER NOT NULL,
  "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "ck_orders_status_allowed" CHECK ("status" IN ('pending', 'paid', 'shipped', 'cancelled')),
  CONSTRAINT "ck_orders_total_amount_nonneg" CHECK ("total_amount" >= 0),
  CONSTRAINT "fk_orders_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "ix_orders_customer_id" ON "orders" ("customer_id");
CREATE TRIGGER IF NOT EXISTS "trg_orders_updated_at" AFTER UPDATE ON "orders" FOR EACH ROW WHEN NEW."updated_at" = OLD."updated_at"
BEGIN
  UPDATE "orders" SET "updated_at" = CURRENT_TIMESTAMP WHERE "id" = NEW."id";
END;

CREATE TABLE IF NOT EXISTS "order_items" (
  "id" INTEGER PRIMARY KEY,
  "quantity_count" INTEGER NOT NULL DEFAULT 0,
  "unit_amount" NUMERIC(18,2) NOT NULL DEFAULT 0,
  "order_id" INTEGER NOT NULL,
  "product_id" INTEGER NOT NULL,
  "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "ck_order_items_quantity_count_nonneg" CHECK ("quantity_count" >= 0),
  CONSTRAINT "ck_order_items_unit_amount_nonneg" CHECK ("unit_amount" >= 0),
  CONSTRAINT "fk_order_items_order_id" FOREIGN KEY ("order_id") REFERENCES "orders" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_order_items_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "ix_order_items_order_id" ON "order_items" ("order_id");
CREATE INDEX IF NOT EXISTS "ix_order_items_product_id" ON "order_items" ("product_id");
CREATE TRIGGER IF NOT EXISTS "trg_order_items_updated_at" AFTER UPDATE ON "order_items" FOR EACH ROW WHEN NEW."updated_at" = OLD."updated_at"
BEGIN
  UPDATE "order_items" SET "updated_at" = CURRENT_TIMESTAMP WHERE "id" = NEW."id";
END;
