/**
 * SQLite changes to existing tables: what ALTER TABLE can do (indexes, renames) directly; a column's
 * type, NULL or default, a UNIQUE, CHECK or FK through the one rebuild recipe (rebuild.ts).
 */
import type { Step } from '../../model/statements.js';
import type { Default } from '../../state/model-schema.js';
import type { Table } from '../../state/physical-schema.js';
import { SQLITE_DEFAULTS } from './types.js';
import * as ddl from '../shared/ddl.js';
import { valueSql, type ChangeEmitters } from '../shared/alter.js';
import { rebuildTable } from './rebuild.js';
import { sqlite } from './index.js';
import { triggerSql } from './trigger.js';

const q = ddl.quoteWith('"');
const rebuild = (why: string) => ({ before, after, unreferenced }: Step) => rebuildTable(before, after, why, {}, {}, unreferenced);

const fillSql = (t: Table, f: Record<string, Default> = {}) =>
  Object.fromEntries(Object.entries(f).map(([c, v]) => [c, valueSql(sqlite, t.columns.find((x) => x.name === c)!, v, SQLITE_DEFAULTS)]));

/** addIndex, dropIndex and renameColumn: the base emitters (shared/emit.ts). */
export const sqliteChanges: Omit<ChangeEmitters, 'addIndex' | 'dropIndex' | 'renameColumn'> = {
  rebuildTable: ({ before, after, why, fill, values, unreferenced }) => rebuildTable(before, after, why.join(', '), fillSql(after, fill), values, unreferenced),
  alterColumn: ({ before, after, to, backfill, values, unreferenced: alone }) => rebuildTable(before, after, `change ${to.name}`,
    fillSql(after, backfill ? { [to.name]: backfill } : {}), values ? { [to.name]: values } : {}, alone),
  addUnique: (s) => rebuild(`add ${s.unique.name}`)(s),
  dropUnique: (s) => rebuild(`drop ${s.unique.name}`)(s),
  addCheck: (s) => rebuild(`add ${s.check.name}`)(s),
  dropCheck: (s) => rebuild(`drop ${s.check.name}`)(s),
  // the engine rewrites references (FKs, indexes, triggers); the trigger is made again under its new name
  renameTable: ({ before: b, after: a }) => [
    `ALTER TABLE ${q(b.name)} RENAME TO ${q(a.name)};`,
    ...(b.trigger ? [`DROP TRIGGER IF EXISTS ${q(b.trigger)};`] : []),
    ...(a.trigger ? [triggerSql(a)] : []),
  ],
  addTrigger: ({ after }) => [triggerSql(after)],
  dropTrigger: ({ before }) => [`DROP TRIGGER IF EXISTS ${q(before.trigger!)};`],
  // the comment is a line of the CREATE TABLE text (catalog-comments.ts reads it back): it changes through the rebuild
  commentTable: rebuild('set the comment line'),
};
