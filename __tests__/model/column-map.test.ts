/** `column(Name)` and a mixed-case `@table(Name)`: a field stored under the database's own column name (db-import). */
import { buildModel, compileFor } from '../../src/core/design.js';
import { writeEntities } from '../../src/model/write-entities.js';
import { UserError } from '../../src/cli/errors.js';

const entities = [
  'Artist: artist_id:integer:pk:column(ArtistId), name:string(120):optional:column(Name), @timestamps(none), @table(Artist)',
  'Album: album_id:integer:pk:column(AlbumId), artist_id:ref(Artist, restrict):column(ArtistId), title:string(160), '
    + '@index(artist_id, title), @timestamps(none), @table(Album)',
].join('\n');

test('columns, key, index and the FK (both ends) take the column(…) names; the table keeps its case', () => {
  const m = buildModel({ entities, relations: [] });
  expect(m.relations).toEqual([expect.objectContaining({ from: 'Artist', to: 'Album', column: 'artist_id' })]);
  const s = compileFor(m, { db: 'sqlite', scale: 'team', timestamps: 'none' });
  const album = s.tables.find((t) => t.name === 'Album')!;
  expect(album.columns.map((c) => c.name)).toEqual(['AlbumId', 'ArtistId', 'title']);
  expect(album.primaryKey.columns).toEqual(['AlbumId']);
  expect(album.indexes.map((i) => i.columns)).toContainEqual(['ArtistId', 'title']);
  expect(album.foreignKeys.map((f) => [f.column, f.refTable, f.refColumn])).toEqual([['ArtistId', 'Artist', 'ArtistId']]);
  expect(s.tables.find((t) => t.name === 'Artist')!.columns.map((c) => c.name)).toEqual(['ArtistId', 'Name']);
});

test('the design text says column(…) again, and reads back to the same model', () => {
  const m = buildModel({ entities, relations: [] });
  const text = writeEntities(m);
  expect(text).toMatch(/album_id:integer:column\(AlbumId\), .*@pk\(album_id\)/);
  expect(buildModel({ entities: text, relations: [] }).entities).toEqual(m.entities);
});

test('a column(…) or @table(…) that is no name is refused in one line', () => {
  expect(() => buildModel({ entities: 'Album: title:column(Album Title)', relations: [] }))
    .toThrow(new UserError("entities line 1 (Album) field 'title' column: 'Album Title' is not a valid name (letters, digits and _; not starting with a digit)"));
  expect(() => buildModel({ entities: 'Album: title, @table(9Album)', relations: [] })).toThrow(/'9Album' is not a valid name/);
});

test('check(expr) on a table with column(…) names is refused in one line (its expression names fields)', () => {
  const m = buildModel({ entities: 'Item: qty:integer:column(Qty):check(qty > 0), @table(Item)', relations: [] });
  expect(() => compileFor(m, { db: 'postgres', scale: 'team' }))
    .toThrow(new UserError('Item: qty: check(expr), where(…) and expression keys do not go with column(…) yet; leave them out'));
});
