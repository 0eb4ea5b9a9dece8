/**
 * SQLite writes catalog objects back (an import's residue) from the texts it keeps: a table whose
 * columns or constraints differ is rebuilt from its original CREATE TABLE (data copied), the
 * documented way to change a table SQLite cannot ALTER; indexes, views and triggers as written.
 */
import type { ReplayWriter, Replayed } from '../../catalog/replay.js';

const q = (n: string) => `"${n.replace(/"/g, '""')}"`;
const at = (phase: number, ...sql: string[]): Replayed[] => sql.map((s) => ({ phase, sql: s }));
const NEW = '__dbs_import_new';
const end = (s: string) => `${s.trim().replace(/;$/, '')};`;
/** The CREATE TABLE text under another name. */
const renamed = (sql: string, name: string) =>
  sql.replace(/^(\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?)("(?:[^"]|"")+"|`[^`]+`|\[[^\]]+\]|[^\s(]+)/i, `$1${q(name)}`);

const none = (): Replayed[] => [];

export const sqliteReplay: ReplayWriter = {
  createTable: (t) => at(4, end(t.sql ?? '')),
  addColumn: none,
  fixColumn: none,
  rebuild: (t, baseline) => {
    const common = t.columns.filter((c) => !c.generated && baseline.columns.some((b) => b.name === c.name && !b.generated));
    const list = common.map((c) => q(c.name)).join(', ');
    return at(4, // foreign keys off while the old table goes: dropping a parent with rows would delete (or refuse) its children's
      'PRAGMA foreign_keys = OFF;',
      end(renamed(t.sql ?? '', NEW)),
      ...(list ? [`INSERT INTO ${q(NEW)} (${list}) SELECT ${list} FROM ${q(t.name)};`] : []),
      `DROP TABLE ${q(t.name)};`,
      `ALTER TABLE ${q(NEW)} RENAME TO ${q(t.name)};`, 'PRAGMA foreign_keys = ON;');
  },
  addIndex: (_t, i) => at(5, end(i.sql ?? '')),
  dropIndex: (_t, i) => at(1, `DROP INDEX IF EXISTS ${q(i.name)};`),
  addUnique: none,
  dropUnique: none,
  addForeignKey: none,
  dropForeignKey: none,
  addCheck: none,
  dropCheck: none,
  tableComment: none, // a line of the CREATE TABLE text: createTable and rebuild carry it
  enumType: none,
  sequence: none,
  routine: none,
  dropRoutine: none,
  view: (v) => at(6, end(v.sql ?? `CREATE VIEW ${q(v.name)} AS ${v.definition}`)),
  trigger: (g) => at(7, end(g.sql)),
  dropTrigger: (g) => at(1, `DROP TRIGGER IF EXISTS ${q(g.name)};`),
  dropMade: (kind, name) => (kind === 'table' ? `DROP TABLE IF EXISTS ${q(name)};` : undefined),
};
