/** The ORM files follow the design: db-entity (and db-field / db-relation, the same evolve) rewrites them;
 *  the first run says which layout SQLx picks up. */
import { answers, CASES, CLOCK, type Change } from '../entity-cases.js';
import { buildInit } from '../../src/core/init.js';
import { evolve } from '../../src/core/evolve.js';
import { addEntities, addFields } from '../../src/model/additions.js';
import { tempDir } from '../support/temp.js';
import type { Answers } from '../../src/state/answers-schema.js';

const FILE: [Answers['orm'], string, RegExp][] = [
  ['prisma', 'prisma/schema.prisma', /@@map\("rooms"\)/],
  ['drizzle', 'db/schema.ts', /export const rooms = sqliteTable\('rooms'/],
  ['sqlalchemy', 'db/models.py', /__tablename__ = "rooms"/],
];

test.each(FILE)('%s: %s is rewritten by db-entity and db-field', (orm, path, added) => {
  const dir = tempDir('rewrite');
  const runner = orm === 'drizzle' ? 'binary' : 'existing';
  const built = buildInit({ ...answers('sqlite'), orm, runner }, undefined, dir, CLOCK);
  const first = built.files.find((f) => f.path === path)!.body;
  expect(first).not.toMatch(added);
  const c = CASES.cycle as Extract<Change, { kind: 'entity' }>;
  const next = evolve(built.design, addEntities(built.design.model!, built.design.schema!, c.entities, c.relations ?? []), dir, new Date(CLOCK.getTime() + 60_000), 'db-entity');
  const second = next.files.find((f) => f.path === path)!.body;
  expect(second).toMatch(added);
  const third = evolve(next.design, addFields(next.design.model!, 'Book: subtitle_text:optional'), dir, new Date(CLOCK.getTime() + 120_000), 'db-field');
  expect(third.files.find((f) => f.path === path)!.body).toMatch(/subtitle_text|subtitleText/);
  expect(next.files.map((f) => f.path).pop()).toBe('db/design.json'); // the state still comes last
});

test('SQLx with sqlx-cli: the report says `sqlx migrate run` picks the migrations up', () => {
  const built = buildInit({ ...answers('postgres'), orm: 'sqlx', runner: 'existing', existing: 'sqlx' }, undefined, tempDir('sqlx'), CLOCK);
  expect(built.notes).toContain('migrations/ is in sqlx-cli\'s reversible layout: `sqlx migrate run` (and `sqlx::migrate!()`) picks it up');
  expect(built.files.map((f) => f.path).filter((p) => p.startsWith('migrations/'))).toEqual([expect.stringMatching(/^migrations\/\d{14}_init_schema\.up\.sql$/), expect.stringMatching(/^migrations\/\d{14}_init_schema\.down\.sql$/)]);
});
