/**
 * SQLite's residue rebuilds a table the language cannot say (here `qty MEDIUMINT`) from its original CREATE TABLE after
 * the migrations, so any later change to that table would be lost on a fresh database (the rebuild makes the import's
 * table again, a column the change added gone, as this test shows by replaying it) while the imported database keeps it.
 * db-change on that table is refused in one line naming the table and the object, with the ways on; nothing is written.
 * A change to another table goes through as before.
 */
import initSqlJs from 'sql.js';
import { describeEngine } from '../support/engines.js';
import { roundTrip } from './roundtrip.js';
import { change, file } from './residue-column.js';

const SQL = `CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, qty MEDIUMINT NOT NULL);
CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);`;

describeEngine('sqlite', 'db-change of a table the residue rebuilds from its original text', () => {
  test('refused in one line, nothing written; another table changes as before', async () => {
    const trip = await roundTrip('sqlite', SQL);
    try {
      expect(trip.diffs).toEqual([]);
      expect(trip.residue).toContain('-- table people: rebuilt from its original text: qty: type mediumint');
      // what the refusal prevents: the ups with a column added, then db/residue.sql, leave the import's table
      const db = new (await initSqlJs()).Database();
      db.exec(trip.up);
      db.exec('ALTER TABLE people ADD COLUMN note TEXT;');
      db.exec(trip.residue);
      expect(db.exec("SELECT name FROM pragma_table_info('people')")[0].values.flat()).toEqual(['id', 'name', 'qty']);
      db.close();
      const before = file(trip.dest, 'db/design.json');
      const refused = change(trip.dest, (l) => l.replace(/^(Person: .*), @timestamps/m, '$1, note:text:optional, @timestamps'));
      expect(refused.status).not.toBe(0);
      expect(refused.err).toEqual(['[ERROR] db-change: this change alters table people, which the residue rebuilds from its '
        + 'original text after the migrations (db/residue.sql: table people: qty: type mediumint (the language gives integer)), so a '
        + 'fresh database would lose the change; either leave people as it is in this change, or write the change yourself as a data '
        + 'step ("data": {"up": "…sql"}), or first take table people out of db/design.json\'s "residue" (a fresh database then has '
        + 'the language\'s table; db-verify names what the live one keeps)']);
      expect(file(trip.dest, 'db/design.json')).toBe(before);
      const other = change(trip.dest, (l) => l.replace(/^(Note: .*), @timestamps/m, '$1, title:text:optional, @timestamps'));
      expect(other.err).toEqual([]);
      expect(file(trip.dest, 'db/residue.sql')).toBe(trip.residue);
    } finally { await trip.source.close(); }
  }, 120_000);
});
