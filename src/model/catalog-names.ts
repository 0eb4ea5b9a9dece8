/**
 * Names an engine keeps for its own catalog are refused on every engine, so a design means the same on all
 * of them: `pg_…` tables (PostgreSQL resolves an unqualified `pg_class` to pg_catalog's, before the app's),
 * `sqlite_…` (SQLite refuses them), the catalog schemas' names (information_schema, mysql, performance_schema,
 * sys, pg_catalog, pg_toast), and PostgreSQL's system columns (`xmin`, `ctid`, …: CREATE TABLE fails).
 */
import type { Table } from '../state/physical-schema.js';
import { fail } from '../base/errors.js';

const PREFIXES: [string, string][] = [['pg_', 'PostgreSQL'], ['sqlite_', 'SQLite']];
const SCHEMAS: Record<string, string> = {
  information_schema: 'every engine', pg_catalog: 'PostgreSQL', pg_toast: 'PostgreSQL',
  mysql: 'MySQL and MariaDB', performance_schema: 'MySQL and MariaDB', sys: 'MySQL and MariaDB',
};
const SYSTEM_COLUMNS = ['tableoid', 'xmin', 'cmin', 'xmax', 'cmax', 'ctid'];

const fix = `give the entity @table(another_name) or rename it (a junction can be named with the relation's "column")`;

/** One line for the first table or column named like an engine's catalog. */
export function assertNoCatalogNames(tables: Table[]): void {
  for (const t of tables) {
    const name = t.name.toLowerCase();
    const p = PREFIXES.find(([pre]) => name.startsWith(pre));
    const table = `names: table '${t.name}'`;
    if (p) fail(`${table} starts with '${p[0]}', which ${p[1]} keeps for its system catalog (refused on every engine); ${fix}`);
    if (SCHEMAS[name]) fail(`${table} is the name of a system catalog of ${SCHEMAS[name]} (refused on every engine); ${fix}`);
    const c = t.columns.find((x) => SYSTEM_COLUMNS.includes(x.name.toLowerCase()));
    if (c) {
      fail(`names: column '${c.name}' of ${t.name} is a PostgreSQL system column name (refused on every engine); `
        + `rename the field (e.g. ${c.name}_value)`);
    }
  }
}
