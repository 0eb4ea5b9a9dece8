/** The rows of keys-sql.test.ts (shared with engines-rows.test.ts, which runs each design on the engines). */
import type { DialectId } from '../../src/dialects/dialect.js';

export type Row = [string, string, string, Record<DialectId, string[]>];

export const KEYS: Row[] = [
  ['id:uuid: a uuid key with a generated default', 'Account: id:uuid, name', 'accounts', {
    postgres: ['"id" UUID NOT NULL DEFAULT gen_random_uuid()', 'CONSTRAINT "pk_accounts" PRIMARY KEY ("id")'],
    mysql: ['`id` CHAR(36) NOT NULL DEFAULT (UUID())', 'PRIMARY KEY (`id`)'],
    sqlite: ['"id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))', 'CONSTRAINT "pk_accounts" PRIMARY KEY ("id")'],
  }],
  ['id:integer: an integer identity', 'Store: id:integer, name', 'stores', {
    postgres: ['"id" INTEGER GENERATED ALWAYS AS IDENTITY'], mysql: ['`id` INT NOT NULL AUTO_INCREMENT'], sqlite: ['"id" INTEGER PRIMARY KEY'],
  }],
  ['id:string(n): the app gives the key', 'Sku: id:string(20), name', 'skus', {
    postgres: ['"id" VARCHAR(20) NOT NULL', 'CONSTRAINT "pk_skus" PRIMARY KEY ("id")'],
    mysql: ['`id` VARCHAR(20) NOT NULL', 'PRIMARY KEY (`id`)'],
    sqlite: ['"id" VARCHAR(20) NOT NULL', 'CONSTRAINT "pk_skus" PRIMARY KEY ("id")'],
  }],
  ['an FK to a uuid key is a uuid', 'Account: id:uuid, name\nLogin: account_id', 'logins', {
    postgres: ['"account_id" UUID NOT NULL'], mysql: ['`account_id` CHAR(36) NOT NULL'], sqlite: ['"account_id" TEXT NOT NULL'],
  }],
  ['@pk(a, b) composite key; the leading FK needs no extra index', 'Film: title\nActor: name\nFilmActor: actor_id, film_id, @pk(actor_id, film_id)', 'film_actors', {
    postgres: ['CONSTRAINT "pk_film_actors" PRIMARY KEY ("actor_id", "film_id")', 'CREATE INDEX IF NOT EXISTS "ix_film_actors_film_id" ON "film_actors" ("film_id");'],
    mysql: ['PRIMARY KEY (`actor_id`, `film_id`)', 'KEY `ix_film_actors_film_id` (`film_id`)'],
    sqlite: ['CONSTRAINT "pk_film_actors" PRIMARY KEY ("actor_id", "film_id")', 'CREATE INDEX IF NOT EXISTS "ix_film_actors_film_id" ON "film_actors" ("film_id");'],
  }],
  ['@unique(a, b) and @index(a, b)', 'Person: first_name:string(45), last_name:string(45), email:string(50), @unique(email, last_name), @index(last_name, first_name)', 'people', {
    postgres: ['CONSTRAINT "uq_people_email_last_name" UNIQUE ("email", "last_name")', 'CREATE INDEX IF NOT EXISTS "ix_people_last_name_first_name" ON "people" ("last_name", "first_name");'],
    mysql: ['UNIQUE KEY `uq_people_email_last_name` (`email`, `last_name`)', 'KEY `ix_people_last_name_first_name` (`last_name`, `first_name`)'],
    sqlite: ['CONSTRAINT "uq_people_email_last_name" UNIQUE ("email", "last_name")', 'CREATE INDEX IF NOT EXISTS "ix_people_last_name_first_name" ON "people" ("last_name", "first_name");'],
  }],
  ['@timestamps(created): created_at only, no trigger', 'Event: name, @timestamps(created)', 'events', {
    postgres: ['"created_at" TIMESTAMPTZ NOT NULL DEFAULT now()'], mysql: ['`created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP'], sqlite: ['"created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP'],
  }],
  ['@soft-delete: deleted_at and the live-rows index', 'Post: title, @soft-delete', 'posts', {
    postgres: ['"deleted_at" TIMESTAMPTZ', 'CREATE INDEX IF NOT EXISTS "ix_posts_alive" ON "posts" ("id") WHERE "deleted_at" IS NULL;'],
    mysql: ['`deleted_at` TIMESTAMP NULL', 'KEY `ix_posts_deleted_at` (`deleted_at`)'],
    sqlite: ['"deleted_at" DATETIME', 'CREATE INDEX IF NOT EXISTS "ix_posts_alive" ON "posts" ("id") WHERE "deleted_at" IS NULL;'],
  }],
  ['@soft-delete: a unique holds over live rows (partial unique index where the engine has them)', 'Member: handle:string(40):unique, @soft-delete', 'members', {
    postgres: ['CREATE UNIQUE INDEX IF NOT EXISTS "uq_members_handle" ON "members" ("handle") WHERE "deleted_at" IS NULL;'],
    mysql: ['UNIQUE KEY `uq_members_handle` (`handle`)'],
    sqlite: ['CREATE UNIQUE INDEX IF NOT EXISTS "uq_members_handle" ON "members" ("handle") WHERE "deleted_at" IS NULL;'],
  }],
  ['typed deleted_at = soft delete with that type; typed created_at keeps its type', 'Note: body, created_at:date, deleted_at:datetime:optional', 'notes', {
    postgres: ['"created_at" DATE NOT NULL DEFAULT CURRENT_DATE', '"deleted_at" TIMESTAMPTZ'],
    mysql: ['`created_at` DATE NOT NULL DEFAULT (CURRENT_DATE)', '`deleted_at` DATETIME NULL'],
    sqlite: ['"created_at" DATE NOT NULL DEFAULT CURRENT_DATE', '"deleted_at" DATETIME'],
  }],
  ['@table(name): the exact table name', 'Category: name:string(25), @table(category)', 'category', {
    postgres: ['CREATE TABLE IF NOT EXISTS "category" ('], mysql: ['CREATE TABLE IF NOT EXISTS `category` ('], sqlite: ['CREATE TABLE IF NOT EXISTS "category" ('],
  }],
];

