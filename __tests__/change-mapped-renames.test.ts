/**
 * db-change renames on a design with `column(…)` and `@table(Name)` (db-import's Chinook names): a column rename
 * (Album.title, column Title → headline, column Headline) and a table rename (Artist → Performer, its @table and
 * key field with it, the ref in Album following) on the three engines, with rows: up → down → up, every value kept.
 * Before, a field rename looked for a column named as the field and stopped ("Album has no field title").
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEachEngine, openEngine, type EngineId } from './support/engines.js';
import { buildInit } from '../src/core/init.js';
import { planChange } from '../src/change/plan.js';
import { ChangeSpec } from '../src/change/spec.js';

const NOWHERE = join(tmpdir(), 'db-scaffold-no-such-dir');
const ARTIST = 'Artist: artist_id:integer:pk:column(ArtistId), name:string(120):optional:column(Name), @timestamps(none), @table(Artist)';
const ALBUM = 'Album: album_id:integer:pk:column(AlbumId), artist_id:ref(Artist, restrict):column(ArtistId), title:string(160):column(Title), @timestamps(none), @table(Album)';
const CASES = {
  column: { entities: `${ARTIST}\n${ALBUM.replace('title:string(160):column(Title)', 'headline:string(160):column(Headline)')}`,
    renames: [{ from: 'Album.title', to: 'Album.headline' }], table: 'Album', col: 'Headline', gone: 'Title' },
  // @table(Album) → @table(Records) alone: the table renamed, the entity and its fields as they were
  directive: { entities: `${ARTIST}\n${ALBUM.replace('@table(Album)', '@table(Records)')}`, renames: [], table: 'Records', col: 'Title', gone: 'Album' },
  // the entity, its @table and its key field renamed (Artist.artist_id → Performer.performer_id, column ArtistId kept)
  table: { entities: `${ARTIST.replace(/^Artist: artist_id/, 'Performer: performer_id').replace('@table(Artist)', '@table(Performer)')}\n`
    + ALBUM.replace('artist_id:ref(Artist', 'performer_id:ref(Performer'),
  renames: [{ from: 'Artist', to: 'Performer' }, { from: 'Artist.artist_id', to: 'Performer.performer_id' }, { from: 'Album.artist_id', to: 'Album.performer_id' }],
  table: 'Performer', col: 'Name', gone: 'Artist' },
};

function design(db: EngineId) {
  return buildInit({
    intake: 'Music: artists make albums.', db, orm: 'none', scale: 'team', style: 'schema-first', migctl: 'manual',
    entities: `${ARTIST}\n${ALBUM}`, relations: [], review: 'accept', runner: 'later', irreversible: [],
  }, undefined, NOWHERE, new Date('2026-03-04T05:06:07Z'));
}

describeEachEngine('db-change renames on column(…) / @table(Name) designs', (id) => {
  const q = (n: string) => (id === 'mysql' ? `\`${n}\`` : `"${n}"`);
  for (const [name, c] of Object.entries(CASES)) {
    test(`${name} rename: up → down → up, rows kept`, async () => {
      const built = design(id);
      const initUp = built.files.find((f) => f.path.endsWith('_init_schema.sql'))!.body;
      const out = planChange(built.design, ChangeSpec.parse({ entities: c.entities, relations: [], renames: c.renames }), NOWHERE, new Date('2026-03-05T05:06:07Z'));
      expect(out.up).toMatch({ column: /RENAME COLUMN .Title. TO .Headline./, directive: /RENAME (TABLE .Album. )?TO .Records./, table: /RENAME (TABLE .Artist. )?TO .Performer./ }[name]!);
      const album = name === 'directive' ? 'Records' : 'Album';
      const e = await openEngine(id);
      try {
        await e.exec(initUp);
        await e.exec(`INSERT INTO ${q('Artist')} (${q('Name')}) VALUES ('AC/DC');
INSERT INTO ${q('Album')} (${q('ArtistId')}, ${q('Title')}) VALUES (1, 'Back in Black');`);
        const cat0 = await e.catalog();
        for (const step of [out.up!, out.down!, out.up!]) await e.exec(step);
        const cat = await e.catalog();
        expect(cat.tables[c.table].columns.map((x) => x.name)).toContain(c.col);
        expect(Object.keys(cat.tables).concat(cat.tables[album].columns.map((x) => x.name))).not.toContain(c.gone);
        const got = await e.query(`SELECT a.${q(name === 'column' ? 'Headline' : 'Title')} AS t, p.${q('Name')} AS n FROM ${q(album)} a
          JOIN ${q(name === 'table' ? 'Performer' : 'Artist')} p ON p.${q('ArtistId')} = a.${q('ArtistId')}`);
        expect(got).toEqual([{ t: 'Back in Black', n: 'AC/DC' }]);
        await e.exec(out.down!);
        expect(await e.catalog()).toEqual(cat0);
      } finally { await e.close(); }
    });
  }
});
