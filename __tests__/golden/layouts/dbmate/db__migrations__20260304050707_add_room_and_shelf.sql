-- migrate:up transaction:false
-- dbmate: add_room_and_shelf (generated 2026-03-04)
-- db/schema.sql holds the whole schema as it stands after the latest migration.

<SQL 13 lines>

<SQL 13 lines>

-- migrate:down transaction:false
-- dbmate: add_room_and_shelf down (generated 2026-03-04)
-- Reverts 20260304050707_add_room_and_shelf.sql: children first, parents last.
<SQL 8 lines>

<SQL 1 lines>

<SQL 1 lines>

<SQL 1 lines>

<SQL 4 lines>
