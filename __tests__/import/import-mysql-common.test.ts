/**
 * db-import of two things most MySQL/MariaDB schemas hold: a signed BIGINT AUTO_INCREMENT id (Django's, and any
 * `id bigint AUTO_INCREMENT`) is `id:bigint` — the language's automatic id is BIGINT UNSIGNED — so neither it nor
 * the FKs pointing at it go to the residue; MariaDB's JSON (a LONGTEXT in utf8mb4_bin with the json_valid CHECK
 * named after the column) is `json`. The round trip is exact on the real MariaDB; the server's utf8mb4 default
 * collation, which the reader takes for the migrations' own, is said in the report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEngine } from '../support/engines.js';
import { roundTrip } from './roundtrip.js';

const SQL = `CREATE TABLE orders (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, total decimal(12,2) NOT NULL, meta json DEFAULT NULL,
  extra json NOT NULL);
CREATE TABLE order_lines (order_id bigint NOT NULL, line_no smallint NOT NULL, sku char(12) NOT NULL, PRIMARY KEY (order_id, line_no),
  CONSTRAINT fk_lines_order FOREIGN KEY (order_id) REFERENCES orders (id));
CREATE TABLE notes (id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY, body longtext, CONSTRAINT body CHECK (char_length(body) > 0));`;

describeEngine('mysql', 'db-import: a signed bigint id, JSON', () => {
  test('id:bigint and json in the entity text, none of them in the residue; the round trip exact', async () => {
    const trip = await roundTrip('mysql', SQL);
    try {
      expect(trip.diffs).toEqual([]);
      const entities = JSON.parse(readFileSync(join(trip.dest, 'db', 'design.json'), 'utf8')).answers.entities as string;
      expect(entities).toContain('Order: id:bigint, total:decimal(12,2), meta:json:optional, extra:json, ');
      expect(entities).toMatch(/^OrderLine: order_id:ref\(Order, restrict\), /m);
      expect(entities).toMatch(/^Note: body:text:optional/m); // the automatic id (unsigned) left out; a longtext is no JSON
      expect(trip.residue).not.toMatch(/orders\.(id|meta|extra)|order_lines|foreign key/);
      const [{ coll }] = await trip.source.conn.query('SELECT @@collation_database AS coll') as { coll: string }[];
      const kept = trip.run.out.filter((l) => l.startsWith('Not kept: '));
      // the server's utf8mb4 default, read as the migrations' own utf8mb4_unicode_ci, is said
      expect(kept).toEqual(coll === 'utf8mb4_unicode_ci' ? [] : [`Not kept: ${coll}, this database's default collation, of its `
        + `tables and text columns: the migrations make them utf8mb4_unicode_ci; to keep it, give the text fields collate(${coll}) (db-change)`]);
    } finally {
      await trip.source.close();
    }
  }, 120000);
});
