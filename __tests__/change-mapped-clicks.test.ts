/**
 * db-change's three ways to say one rename on a `column(…)` / `@table(Name)` design (db-import's Chinook names), in
 * process with the terminal's answers given in turn: the spec with its renames, the spec without them (the terminal
 * asks "Album.title disappears and Album.headline appears", rename clicked) and the click edit (the field
 * renamed). All three write the same migration and schema files, byte for byte (db/design.json too, for the spec
 * that says the lines the click writes): the column follows the new name as the design
 * spells it (Title → Headline), the field's id kept; an entity renamed by clicks renames the ref(…) fields to it.
 * Before, the question named the column (Album.Title, no id kept), a clicked entity rename left ref(Artist) behind,
 * and the click kept column(Title): "nothing to change".
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildInit } from '../src/core/init.js';
import { planChange } from '../src/change/plan.js';
import { ChangeSpec } from '../src/change/spec.js';
import { Model } from '../src/state/model-schema.js';
import { buildModel } from '../src/core/design.js';
import { askChange } from '../src/wizard/change.js';
import { resolveAmbiguities } from '../src/wizard/change-renames.js';
import type { Inquirer } from '../src/wizard/io.js';

const NOWHERE = join(tmpdir(), 'db-scaffold-no-such-dir');
const AT = new Date('2026-03-05T05:06:07Z');
const ARTIST = 'Artist: artist_id:integer:pk:column(ArtistId), name:string(120):optional:column(Name), @timestamps(none), @table(Artist)';
const ALBUM = 'Album: album_id:integer:pk:column(AlbumId), artist_id:ref(Artist, restrict):column(ArtistId), title:string(160):column(Title), @timestamps(none), @table(Album)';

/** The terminal's answers by question name; every question asked is kept. */
function answers(a: Record<string, string>): Inquirer & { asked: string[] } {
  const asked: string[] = [];
  return { asked, prompt: async (qs: object[]) => {
    const q = qs[0] as { name: string; message: string };
    asked.push(q.message);
    if (!(q.name in a)) throw new Error(`unexpected question: ${q.message}`);
    return { [q.name]: a[q.name] };
  } };
}

const CASES: [string, string, { from: string; to: string }[], Record<string, string>, RegExp][] = [
  ['a field (column Title → Headline)', `${ARTIST}\n${ALBUM.replace('title:string(160):column(Title)', 'headline:string(160):column(Headline)')}`,
    [{ from: 'Album.title', to: 'Album.headline' }], { entity: 'Album', target: 'f:title', change: 'renameField', to: 'headline' },
    /RENAME COLUMN "Title" TO "Headline"/],
];

describe('db-change: one rename on a column(…) design, three ways, the same files', () => {
  const built = buildInit({
    intake: 'Music: artists make albums.', db: 'postgres', orm: 'none', scale: 'team', style: 'schema-first', migctl: 'manual',
    entities: `${ARTIST}\n${ALBUM}`, relations: [], review: 'accept', runner: 'later', irreversible: [],
  }, undefined, NOWHERE, new Date('2026-03-04T05:06:07Z'));
  const files = (out: ReturnType<typeof planChange>) => out.files.map((f) => [f.path, f.body]);

  test.each(CASES)('%s', async (_, entities, renames, clicks, up) => {
    const spec = planChange(built.design, ChangeSpec.parse({ entities, relations: [], renames }), NOWHERE, AT);
    expect(spec.up).toMatch(up);
    const terminal = answers({ rename: 'rename' });
    const said = await resolveAmbiguities(terminal, built.design, ChangeSpec.parse({ entities, relations: [] }));
    expect(terminal.asked).toEqual([`${renames[0].from} disappears and ${renames[0].to} appears`]);
    expect(files(planChange(built.design, said, NOWHERE, AT))).toEqual(files(spec));
    const clicked = (await askChange(answers(clicks), built.design, NOWHERE)) as { model: unknown };
    const click = planChange(built.design, ChangeSpec.parse({}), NOWHERE, AT, Model.parse(clicked.model));
    // the click stores the lines it writes (@pk, the relation said): all but design.json byte for byte; and the
    // spec that says those lines writes design.json byte for byte too
    const other = (out: ReturnType<typeof planChange>) => files(out).filter(([p]) => p !== 'db/design.json');
    expect(other(click)).toEqual(other(spec));
    const lines = click.design.answers;
    const same = planChange(built.design, ChangeSpec.parse({ entities: lines.entities, relations: lines.relations, renames }), NOWHERE, AT);
    expect(files(click)).toEqual(files(same));
  });

  test('an entity renamed by clicks: the ref(…) fields to it follow, the lines it stores read back', async () => {
    const click = answers({ entity: 'Artist', target: 'rename', to: 'Performer' });
    const clicked = (await askChange(click, built.design, NOWHERE)) as { model: unknown };
    const out = planChange(built.design, ChangeSpec.parse({}), NOWHERE, AT, Model.parse(clicked.model));
    expect(out.design.answers.entities).toMatch(/artist_id:ref\(Performer, restrict\)/);
    const again = buildModel({ entities: out.design.answers.entities!, relations: out.design.answers.relations! });
    expect(again.entities.find((e) => e.name === 'Album')!.fields.find((f) => f.name === 'artist_id')!.ref!.entity).toBe('Performer');
  });
});
