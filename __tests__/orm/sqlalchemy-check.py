"""Loads a generated models module (no unused import), checks the mappers, creates its tables on SQLite (or compiles them for
the design's dialect) and prints what it made as JSON: table -> {cols: [[column, notnull, pk]], fks: ['col -> table action']}
(SQLite also ix: ['name [unique] [partial]'], the indexes create_all made, partial and expression ones included)."""
import ast
import importlib.util
import json
import sys

import sqlalchemy as sa
from sqlalchemy.dialects import mysql, postgresql
from sqlalchemy.orm import configure_mappers
from sqlalchemy.schema import CreateIndex, CreateTable

path, dialect = sys.argv[1], sys.argv[2]
tree = ast.parse(open(path).read())
imported = {a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
if imported - used:
    sys.exit("unused imports: %s" % sorted(imported - used))
spec = importlib.util.spec_from_file_location("models", path)
models = importlib.util.module_from_spec(spec)
spec.loader.exec_module(models)
configure_mappers()
meta = models.Base.metadata
def fk_line(cols, table, ondelete):
    return "%s -> %s %s" % (",".join(cols), table, (ondelete or "no action").lower())  # SQLite reads NO ACTION back as none


if dialect != "sqlite":
    d = {"postgres": postgresql, "mysql": mysql}[dialect].dialect()
    for t in meta.sorted_tables:
        str(CreateTable(t).compile(dialect=d))
        for ix in t.indexes:
            str(CreateIndex(ix).compile(dialect=d))
    print(json.dumps({t.name: {
        "cols": [[c.name, int(not c.nullable), int(c.primary_key)] for c in t.columns],
        "fks": sorted(fk_line([e.parent.name for e in fk.elements], fk.referred_table.name, fk.ondelete) for fk in t.foreign_key_constraints),
    } for t in meta.sorted_tables}))
else:
    engine = sa.create_engine("sqlite://")
    meta.create_all(engine)
    inspector = sa.inspect(engine)
    with engine.connect() as c:
        out = {}
        for (name,) in c.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")):
            out[name] = {
                "cols": [[r[1], r[3], int(r[5] > 0)] for r in c.execute(sa.text('PRAGMA table_info("%s")' % name))],
                "fks": sorted(fk_line(f["constrained_columns"], f["referred_table"], f["options"].get("ondelete")) for f in inspector.get_foreign_keys(name)),
                "ix": sorted("%s%s%s" % (n, " unique" if sql.upper().startswith("CREATE UNIQUE") else "", " partial" if " WHERE " in sql.upper() else "")
                             for (n, sql) in c.execute(sa.text("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :t AND sql IS NOT NULL"), {"t": name})),
            }
        print(json.dumps(out))
