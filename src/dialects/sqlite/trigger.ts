/** SQLite's kept-current `updated_at`: an AFTER UPDATE trigger per table (the engine has no ON UPDATE). */
import type { Table } from '../../state/physical-schema.js';
import { quoteWith } from '../shared/ddl.js';

const q = quoteWith('"');

/** The trigger of `t` (its `trigger` name set): the row's updated_at set to now when an UPDATE left it as it was. */
export function triggerSql(t: Pick<Table, 'name' | 'trigger' | 'primaryKey'>): string {
  const u = q('updated_at');
  return `CREATE TRIGGER IF NOT EXISTS ${q(t.trigger!)} AFTER UPDATE ON ${q(t.name)} FOR EACH ROW WHEN NEW.${u} = OLD.${u}\n` +
    `BEGIN\n  UPDATE ${q(t.name)} SET ${u} = CURRENT_TIMESTAMP WHERE ${t.primaryKey.columns.map((c) => `${q(c)} = NEW.${q(c)}`).join(' AND ')};\nEND;`;
}
