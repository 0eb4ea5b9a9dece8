/**
 * Two tables whose names make the same entity (`Album` and `albums` → Album): both stay entities, deterministically.
 * `albums` is Album's own table name and keeps it; `Album` becomes Album2 with `@table(Album)`; the FK between them
 * is a ref to Album2; the round trip on each engine is exact, nothing left to the residue. Before, both tables were
 * entity Album and the import stopped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEngine } from '../support/engines.js';
import { roundTrip } from './roundtrip.js';
import { entityNames } from '../../src/import/entity-names.js';

const SQL = (id: string) => {
  const q = (n: string) => (id === 'mysql' ? `\`${n}\`` : `"${n}"`);
  return `CREATE TABLE ${q('Album')} (${q('AlbumId')} INTEGER PRIMARY KEY, ${q('Title')} VARCHAR(160) NOT NULL);
CREATE TABLE ${q('albums')} (${q('id')} INTEGER PRIMARY KEY, ${q('name')} VARCHAR(80) NOT NULL, ${q('album_id')} INTEGER NOT NULL,
  CONSTRAINT ${q('fk_albums_album')} FOREIGN KEY (${q('album_id')}) REFERENCES ${q('Album')} (${q('AlbumId')}));
CREATE INDEX ${q('ix_albums_album_id')} ON ${q('albums')} (${q('album_id')});`;
};

test('the names: the conventional table keeps the entity, the other takes the next free one, in any order', () => {
  expect([...entityNames(['Album', 'albums']).entries()].sort()).toEqual([['Album', 'Album2'], ['albums', 'Album']]);
  expect(entityNames(['albums', 'Album'])).toEqual(entityNames(['Album', 'albums']));
  expect([...entityNames(['Album', 'ALBUM']).values()].sort()).toEqual(['Album', 'Album2']);
});

for (const id of ['postgres', 'mysql', 'sqlite'] as const) {
  describeEngine(id, 'db-import of two tables with one entity name', () => {
    test('Album and albums: Album2 @table(Album) and Album, a ref across them, exact round trip', async () => {
      const trip = await roundTrip(id, SQL(id));
      try {
        expect(trip.run.status).toBe(0);
        const design = JSON.parse(readFileSync(join(trip.dest, 'db', 'design.json'), 'utf8'));
        const lines = (design.answers.entities as string).split('\n');
        expect(lines).toHaveLength(2);
        expect(lines.find((l) => l.startsWith('Album:'))).toMatch(/^Album: .*album_id:ref\(Album2, [a-z-]+\).*@timestamps\(none\)$/);
        expect(lines.find((l) => l.startsWith('Album2:'))).toMatch(/^Album2: album_id:integer:pk:column\(AlbumId\), .*@table\(Album\)$/);
        expect(trip.residue).not.toMatch(/CREATE TABLE/i);
        expect(trip.diffs).toEqual([]);
      } finally {
        await trip.source.close();
      }
    }, 180000);
  });
}
