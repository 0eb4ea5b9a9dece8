/** The first migration's up and db/schema.sql render their CREATE TABLEs once (render/sql-files.ts sharedCreate):
 *  the shared text is taken only when the up's statements are schema.sql's own, and both files come out as when
 *  each rendered its own (the golden tests hold the whole files). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModel, compileFor } from '../../src/core/design.js';
import { EMPTY, planDiff } from '../../src/diff/plan.js';
import { dialectOf } from '../../src/dialects/registry.js';
import { migrationPair, schemaHead, schemaSql, sharedCreate, type Meta } from '../../src/render/sql-files.js';
import type { Answers } from '../../src/state/answers-schema.js';

const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');
const meta: Meta = { date: '2026-01-02', orm: 'none', style: 'schema-first' };
const example = (name: string) => JSON.parse(readFileSync(join(EXAMPLES, `${name}.json`), 'utf8')) as Answers;
const cycle = { entities: 'Team: name, lead_id:optional\nLead: name, team_id', relations: [] } as unknown as Answers;
const designs: [string, Answers][] = [...['blog', 'saas', 'shop'].map((n): [string, Answers] => [n, example(n)]), ['cycle', cycle]];

function first(a: Answers, db: Answers['db']) {
  const d = dialectOf(db);
  const model = buildModel(a);
  const diff = planDiff(EMPTY, compileFor(model, { db, scale: 'team' }), d.caps);
  return { d, model, diff, up: d.group?.(diff.up, [EMPTY, diff.schema]) ?? diff.up };
}

describe.each(designs)('%s', (_name, a) => {
  test.each(['postgres', 'mysql', 'sqlite'] as const)('%s: shared, and both files as rendered alone', (db) => {
    const { d, model, diff, up } = first(a, db);
    const emitted = sharedCreate(d, up, diff.schema);
    expect(emitted).toEqual(expect.stringContaining('CREATE TABLE'));
    expect(schemaSql(d, model, diff.schema, meta, emitted)).toBe(schemaSql(d, model, diff.schema, meta));
    const lead = schemaHead(d, model, diff.schema, meta);
    const v = { version: '20260102030405', date: meta.date, name: 'init_schema', tool: 'kei-migrate', lead };
    const shared = migrationPair(d, up, { ...v, emitted });
    const alone = migrationPair(d, up, v);
    expect(shared.up).toBe(alone.up);
    expect(shared.down).toBe(alone.down);
  });
});

test('an up that is not schema.sql\'s own statements shares nothing', () => {
  const { d, diff, up } = first(example('shop'), 'postgres');
  expect(sharedCreate(d, [...up].reverse(), diff.schema)).toBeUndefined();
  expect(sharedCreate(d, up.slice(1), diff.schema)).toBeUndefined();
  // equal tables, not the same ones: nothing deep is compared, so nothing is shared
  const other = up.map((s) => (s.kind === 'createTable' ? { ...s, table: { ...s.table } } : s));
  expect(sharedCreate(d, other, diff.schema)).toBeUndefined();
  const deferred = up.map((s) => (s.kind === 'createTable' ? { ...s, deferred: [...s.deferred, 'fk_x'] } : s));
  expect(sharedCreate(d, deferred, diff.schema)).toBeUndefined();
});
