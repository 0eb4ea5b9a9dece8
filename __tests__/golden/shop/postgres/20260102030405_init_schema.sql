-- kei-migrate: init_schema (generated 2026-01-02)
-- db/schema.sql holds the whole schema as it stands after the latest migration.
-- db/schema.sql: the design's single source of truth (db-scaffold)
-- Generated: 2026-01-02
-- DB: PostgreSQL · ORM: none · style: schema-first
-- Entities: 6 · relations: 5 · tables: 6

CREATE OR REPLACE FUNCTION "set_updated_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."updated_at" IS NOT DISTINCT FROM OLD."updated_at" THEN
    NEW."updated_at" := now();
  END IF;
  RETURN NEW;
END;
$$;

CREATE TABLE IF NOT EXISTS "customers" (
  "id" BIGINT GENERATED ALWAYS AS IDENTITY,
  "email" VARCHAR(320) NOT NULL,
  "name" TEXT NOT NULL,
  "phone" VARCHAR(255),
  "created_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT "pk_customers" PRIMARY KEY ("id"),
  CONSTRAINT "uq_customers_email" UNIQUE ("email"),
  CONSTRAINT "ck_customers_email_format" CHECK ("email" LIKE '%@%')
);
CREATE OR REPLACE TRIGGER "trg_customers_updated_at" BEFORE UPDATE ON "customers" FOR EACH ROW EXECUTE FUNCTION "set_updated_at"();

CREATE TABLE IF NOT EXISTS "profiles" (
  "id" BIGINT GENERATED ALWAYS AS IDENTITY,
  "bio" TEXT,
  "avatar_url" TEXT,
  "birthday" DATE,
  "customer_id" BIGINT NOT NULL,
  "created_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT "pk_profiles" PRIMARY KEY ("id"),
  CONSTRAINT "uq_profiles_customer_id" UNIQUE ("customer_id"),
  CONSTRAINT "fk_profiles_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE
);
CREATE OR REPLACE TRIGGER "trg_profiles_updated_at" BEFORE UPDATE ON "profiles" FOR EACH ROW EXECUTE FUNCTION "set_updated_at"();

CREATE TABLE IF NOT EXISTS "categories" (
  "id" BIGINT GENERATED ALWAYS AS IDENTITY,
  "name" VARCHAR(255) NOT NULL,
  "slug" VARCHAR(255) NOT NULL,
  "created_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT "pk_categories" PRIMARY KEY ("id"),
  CONSTRAINT "uq_categories_name" UNIQUE ("name"),
  CONSTRAINT "uq_categories_slug" UNIQUE ("slug")
);
CREATE OR REPLACE TRIGGER "trg_categories_updated_at" BEFORE UPDATE ON "categories" FOR EACH ROW EXECUTE FUNCTION "set_updated_at"();

CREATE TABLE IF NOT EXISTS "products" (
  "id" BIGINT GENERATED ALWAYS AS IDENTITY,
  "name" TEXT NOT NULL,
  "sku" VARCHAR(255) NOT NULL,
  "price_amount" NUMERIC(18,2) NOT NULL DEFAULT 0,
  "stock_count" INTEGER NOT NULL DEFAULT 0,
  "is_active" BOOLEAN NOT NULL DEFAULT FALSE,
  "category_id" BIGINT NOT NULL,
  "created_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT "pk_products" PRIMARY KEY ("id"),
  CONSTRAINT "uq_products_sku" UNIQUE ("sku"),
  CONSTRAINT "ck_products_price_amount_nonneg" CHECK ("price_amount" >= 0),
  CONSTRAINT "ck_products_stock_count_nonneg" CHECK ("stock_count" >= 0),
  CONSTRAINT "fk_products_category_id" FOREIGN KEY ("category_id") REFERENCES "categories" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "ix_products_category_id" ON "products" ("category_id");
CREATE OR REPLACE TRIGGER "trg_products_updated_at" BEFORE UPDATE ON "products" FOR EACH ROW EXECUTE FUNCTION "set_updated_at"();

CREATE TABLE IF NOT EXISTS "orders" (
  "id" BIGINT GENERATED ALWAYS AS IDENTITY,
  "status" TEXT NOT NULL,
  "total_amount" NUMERIC(18,2) NOT NULL DEFAULT 0,
  "placed_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "customer_id" BIGINT NOT NULL,
  "created_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT "pk_orders" PRIMARY KEY ("id"),
  CONSTRAINT "ck_orders_status_allowed" CHECK ("status" IN ('pending', 'paid', 'shipped', 'cancelled')),
  CONSTRAINT "ck_orders_total_amount_nonneg" CHECK ("total_amount" >= 0),
  CONSTRAINT "fk_orders_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "ix_orders_customer_id" ON "orders" ("customer_id");
CREATE OR REPLACE TRIGGER "trg_orders_updated_at" BEFORE UPDATE ON "orders" FOR EACH ROW EXECUTE FUNCTION "set_updated_at"();

CREATE TABLE IF NOT EXISTS "order_items" (
  "id" BIGINT GENERATED ALWAYS AS IDENTITY,
  "quantity_count" INTEGER NOT NULL DEFAULT 0,
  "unit_amount" NUMERIC(18,2) NOT NULL DEFAULT 0,
  "order_id" BIGINT NOT NULL,
  "product_id" BIGINT NOT NULL,
  "created_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT "pk_order_items" PRIMARY KEY ("id"),
  CONSTRAINT "ck_order_items_quantity_count_nonneg" CHECK ("quantity_count" >= 0),
  CONSTRAINT "ck_order_items_unit_amount_nonneg" CHECK ("unit_amount" >= 0),
  CONSTRAINT "fk_order_items_order_id" FOREIGN KEY ("order_id") REFERENCES "orders" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_order_items_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "ix_order_items_order_id" ON "order_items" ("order_id");
CREATE INDEX IF NOT EXISTS "ix_order_items_product_id" ON "order_items" ("product_id");
CREATE OR REPLACE TRIGGER "trg_order_items_updated_at" BEFORE UPDATE ON "order_items" FOR EACH ROW EXECUTE FUNCTION "set_updated_at"();
