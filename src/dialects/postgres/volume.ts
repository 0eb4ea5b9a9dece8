/** PostgreSQL's volume SQL: generate_series over bigint, interval arithmetic on timestamptz, casts on insert. */
import type { VolumeSql } from '../volume.js';
import { pgType } from './types.js';

export const pgVolume: VolumeSql = {
  series: (lo, hi) => `generate_series(CAST(${lo} AS bigint), ${hi}) AS s(n)`,
  concat: (parts) => `(${parts.join(' || ')})`,
  idiv: (a, b) => `((${a}) / (${b}))`,
  ratio: (x, by) => `(CAST(${x} AS double precision) / ${by})`,
  floor: (x) => `CAST(floor(${x}) AS bigint)`,
  // timestamptz from the start: no time-zone conversion per row (a date is taken in the session's zone, two days later)
  instant: (at, secs) => `(TIMESTAMPTZ '${at}+00' + (${secs}) * INTERVAL '1 second')`,
  dateOf: (ts, days) => `(CAST(${ts} AS date) + CAST(${days} AS integer))`,
  pad: (x, width) => `lpad(CAST(${x} AS text), ${width}, '0')`,
  pick: (i, items) => `(ARRAY[${items.join(', ')}])[1 + ${i}]`,
  typed: (x, c) => `CAST(${x} AS ${pgType({ ...c, identity: false })})`,
  beforeConflict: '',
};
