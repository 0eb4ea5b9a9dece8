/** The spec key `timezone` (issue 16): `local` makes every point in time not typed datetime(tz|local) a timestamp without time zone. */
import type { Table } from '../state/physical-schema.js';

export function withTimezone(tables: Table[], timezone: 'tz' | 'local' | undefined): Table[] {
  if (timezone !== 'local') return tables;
  return tables.map((t) => ({
    ...t,
    columns: t.columns.map((c) => ((c.type.kind === 'datetime' || c.type.kind === 'timestamp') && c.type.local === undefined
      ? { ...c, type: { ...c.type, local: true } } : c)),
  }));
}
