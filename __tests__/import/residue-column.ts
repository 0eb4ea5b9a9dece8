/**
 * The originals and steps of import-residue-column*.test.ts: a column whose type the language cannot say (MariaDB's
 * MEDIUMINT: the language says integer; PostgreSQL's interval with its default: the language says text), imported
 * through its live URL for dbmate (the baseline marked applied there), then changed by db-change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffCatalogs, type CatalogDifference } from '../../src/catalog/diff.js';
import { dialectOf } from '../../src/dialects/registry.js';
import { residueRecords } from '../../src/render/residue-sql.js';
import { verify } from '../../src/verify/run.js';
import { runBin } from '../support/bin-run.js';
import { openReadable, type Readable } from '../support/readable.js';
import { PKG, roundTrip, urlOf } from './roundtrip.js';

export type Id = 'mysql' | 'postgres';
const UNICODE_CI = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

export const COLUMN: Record<Id, { sql: string; key: string; field: string; value: string }> = {
  mysql: { key: 'people.qty', field: 'qty', value: 'SELECT qty AS v FROM people',
    sql: `CREATE TABLE people (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, name varchar(50) NOT NULL, qty mediumint NOT NULL,
  note varchar(40)) ${UNICODE_CI};
INSERT INTO people (name, qty) VALUES ('ann', 7);` },
  postgres: { key: 'people.span', field: 'span', value: 'SELECT span::text AS v FROM people',
    sql: `CREATE TABLE people (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name varchar(50) NOT NULL,
  span interval NOT NULL DEFAULT '1 day', note varchar(40));
INSERT INTO people (name, span) VALUES ('ann', '2 hours');` },
};

/** The differences but the runner's own table (only the imported database has dbmate's schema_migrations). */
export const mine = (ds: CatalogDifference[]) => ds.filter((x) => x.object !== 'table schema_migrations');
export const file = (dest: string, p: string) => readFileSync(join(dest, p), 'utf8');
export const designOf = (dest: string) => JSON.parse(file(dest, 'db/design.json'));
/** db/residue.sql as db-verify replays it (empty when none is left). */
export const residueOf = (dest: string) => residueRecords(designOf(dest))[0]?.body ?? '';

/** db-change with the design's entity lines edited by `edit`, and `extra` keys beside them. */
export function change(dest: string, edit: (lines: string) => string, extra: Record<string, unknown> = {}) {
  const design = designOf(dest);
  const spec = join(dest, 'change.json');
  writeFileSync(spec, JSON.stringify({ entities: edit(design.answers.entities), relations: design.answers.relations, ...extra }));
  return runBin(PKG, ['db-change', '--', '--spec', spec, '--dest', dest], dest);
}

/** The up and the down of the design's `n`th migration (dbmate: one file). */
export function pairOf(dest: string, n: number) {
  const m = designOf(dest).migrations[n];
  const [up, down] = file(dest, m.up).split(/^-- migrate:down/m);
  return { up, down, version: m.version as string };
}

/** The original imported, the baseline marked applied on it as the printed step says; a MariaDB scratch for db-verify. */
export async function imported(id: Id) {
  const trip = await roundTrip(id, COLUMN[id].sql, ['--runner', 'existing', '--existing', 'dbmate']);
  const out = trip.run.out;
  const from = out.findIndex((l) => l.endsWith("<<'SQL'"));
  await trip.source.exec(out.slice(from + 1, out.indexOf('SQL', from)).join('\n'));
  const scratch = id === 'mysql' ? await openReadable('mysql') : undefined;
  const fresh = await openReadable(id);
  const read = (db: Readable) => dialectOf(id).readCatalog(db.conn);
  /** The migration `n` applied to the imported database (and recorded as dbmate does). */
  const apply = async (n: number) => {
    const p = pairOf(trip.dest, n);
    await trip.source.exec(p.up);
    await trip.source.exec(`INSERT INTO schema_migrations (version) VALUES ('${p.version}');`);
    return p;
  };
  /** db-verify's lines on the imported database (drift against the migrations + db/residue.sql replayed). */
  const check = async () => {
    const lines: string[] = [];
    const env = { ...process.env, DATABASE_URL: scratch ? urlOf('mysql', scratch) : '' };
    await verify({ dest: trip.dest, url: urlOf(id, trip.source), json: false, env, say: (l) => lines.push(l), adopt: false, revert: false });
    return lines.join('\n');
  };
  /** A fresh database made as db-verify replays it (the ups, then db/residue.sql) against the imported one: no difference. */
  const replayed = async (ups: string[]) => {
    for (const sql of [...ups, residueOf(trip.dest)].filter((s) => s.trim())) await fresh.exec(sql);
    return mine(diffCatalogs(await read(trip.source), await read(fresh)));
  };
  const close = () => Promise.all([trip.source.close(), scratch?.close(), fresh.close()]);
  return { trip, apply, check, replayed, read, close, value: async () => (await trip.source.conn.query(COLUMN[id].value))[0] };
}
