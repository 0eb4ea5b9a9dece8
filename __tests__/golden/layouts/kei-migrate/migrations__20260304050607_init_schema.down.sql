-- kei-migrate: init_schema down (generated 2026-03-04)
-- Reverts 20260304050607_init_schema.sql: children first, parents last.
<SQL 1 lines>

<SQL 1 lines>

<SQL 1 lines>

<SQL 1 lines>

<SQL 1 lines>
