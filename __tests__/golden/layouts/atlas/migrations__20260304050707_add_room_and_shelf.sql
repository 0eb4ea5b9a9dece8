-- atlas:delimiter -- end
-- atlas:txmode none

-- atlas: add_room_and_shelf (generated 2026-03-04)
-- db/schema.sql holds the whole schema as it stands after the latest migration.

<SQL 8 lines>
-- end

<SQL 1 lines>
-- end

<SQL 4 lines>
-- end

<SQL 9 lines>
-- end

<SQL 4 lines>
-- end
