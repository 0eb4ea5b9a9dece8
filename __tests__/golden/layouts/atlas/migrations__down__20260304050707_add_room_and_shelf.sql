-- atlas: add_room_and_shelf down (generated 2026-03-04)
-- Reverts 20260304050707_add_room_and_shelf.sql: children first, parents last.
<SQL 8 lines>

<SQL 1 lines>

<SQL 1 lines>

<SQL 1 lines>

<SQL 4 lines>
