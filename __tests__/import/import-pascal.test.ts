/**
 * PascalCase names (Chinook's MySQL and SQLite ports, and our own `music` sample): the design holds every table as an
 * entity with `@table(Album)` and `column(AlbumId)`, FKs as refs across the mapped names, the key and index names
 * kept, and the round trip on each engine is exact with no table left to the residue.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEngine } from '../support/engines.js';
import { PKG, roundTrip } from './roundtrip.js';

for (const id of ['postgres', 'mysql', 'sqlite'] as const) {
  describeEngine(id, 'db-import of PascalCase names', () => {
    test('entities with @table/column(…), refs across the mapped names, exact round trip', async () => {
      const trip = await roundTrip(id, readFileSync(join(PKG, '__tests__', 'import', 'samples', 'music', `${id}.sql`), 'utf8'));
      try {
        const design = JSON.parse(readFileSync(join(trip.dest, 'db', 'design.json'), 'utf8'));
        const lines = (design.answers.entities as string).split('\n');
        expect(lines.map((l) => /^(\w+):.*@table\((\w+)\)$/.exec(l)?.slice(1))).toEqual(
          ['Album', 'Artist', 'PlaylistTrack', 'Track'].map((t) => [t, t]));
        expect(lines[0]).toMatch(/^Album: album_id:integer:pk:column\(AlbumId\), .*artist_id:ref\(Artist, cascade\):column\(ArtistId\)/);
        expect(lines[2]).toMatch(/track_id:ref\(Track, cascade\):column\(TrackId\).*@pk\(playlist_id, track_id\)/);
        expect(lines[3]).toMatch(/album_id:ref\(Album, set-null\):column\(AlbumId\):optional.*@index\(name, album_id\)/);
        expect(design.answers.names).toMatchObject({ ix_Album_artist_id: 'IFK_AlbumArtistId', ix_Track_name_album_id: 'IX_TrackNameAlbum' });
        expect(trip.residue).not.toMatch(/CREATE TABLE/i);
        expect(trip.diffs).toEqual([]);
      } finally {
        await trip.source.close();
      }
    }, 180000);
  });
}
