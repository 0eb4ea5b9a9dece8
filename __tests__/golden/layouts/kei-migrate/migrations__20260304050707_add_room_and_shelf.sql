-- kei-migrate: add_room_and_shelf (generated 2026-03-04)
-- db/schema.sql holds the whole schema as it stands after the latest migration.

<SQL 13 lines>

<SQL 13 lines>
