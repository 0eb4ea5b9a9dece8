-- atlas:delimiter -- end

-- atlas: init_schema (generated 2026-03-04)
-- db/schema.sql holds the whole schema as it stands after the latest migration.
-- db/schema.sql: the design's single source of truth (db-scaffold)
-- Generated: 2026-03-04
-- DB: SQLite · ORM: none · style: schema-first
-- Entities: 3 · relations: 2 · tables: 4

<SQL 6 lines>
-- end

<SQL 4 lines>
-- end

<SQL 12 lines>
-- end

<SQL 1 lines>
-- end

<SQL 4 lines>
-- end

<SQL 7 lines>
-- end

<SQL 4 lines>
-- end

<SQL 8 lines>
-- end

<SQL 1 lines>
-- end
