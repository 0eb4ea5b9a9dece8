-- kei-migrate: init_schema (generated 2026-03-04)
-- db/schema.sql holds the whole schema as it stands after the latest migration.
-- db/schema.sql: the design's single source of truth (db-scaffold)
-- Generated: 2026-03-04
-- DB: SQLite · ORM: none · style: schema-first
-- Entities: 3 · relations: 2 · tables: 4

<SQL 10 lines>

<SQL 17 lines>

<SQL 11 lines>

<SQL 9 lines>
