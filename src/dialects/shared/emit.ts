/**
 * The emitters most engines write alike; a dialect spreads them first and overrides only what differs
 * (PostgreSQL's DROP TABLE … CASCADE, MySQL's indexes inside ALTER TABLE). `self` is read when a statement is
 * emitted, so a dialect can hand itself in while it is being defined.
 */
import type { Dialect, Emitters } from '../dialect.js';
import { createIndexSql } from './ddl.js';

type Base = Pick<Emitters, 'createTriggerFunction' | 'dropTriggerFunction' | 'dropTable' | 'addIndex' | 'dropIndex' | 'renameColumn'>;

export function baseEmitters(self: () => Dialect): Base {
  const q = (name: string) => self().quote(name);
  return {
    createTriggerFunction: () => [], // only an engine whose triggers call a function (caps.triggerFunction) creates one
    dropTriggerFunction: () => [],
    dropTable: ({ table: t, irreversible, dependents }) =>
      irreversible ? [`-- IRREVERSIBLE: kept ${q(t.name)}`] : [...(dependents ?? []), `DROP TABLE IF EXISTS ${q(t.name)};`],
    addIndex: ({ after, index }) => [createIndexSql(self(), after, index, true)],
    dropIndex: ({ index }) => [`DROP INDEX IF EXISTS ${q(index.name)};`],
    renameColumn: ({ after, from, to }) => [`ALTER TABLE ${q(after.name)} RENAME COLUMN ${q(from)} TO ${q(to)};`],
  };
}
