/**
 * Every runner layout on one design and a later change (SQLite, whose cycle down must run outside a
 * transaction): golden files per layout, and names and markers checked against each tool's documented format.
 */
import { join } from 'node:path';
import { GOLDEN, readGolden } from '../support/golden.js';
import { atlasSum } from '../../src/runners/atlas-sum.js';
import { initAndChange } from '../support/project.js';
import type { Answers } from '../../src/state/answers-schema.js';

/** The files a layout makes for init + the cycle change, by path (design.json and secrets left out). */
function layout(over: Partial<Answers>): Record<string, string> {
  const { written } = initAndChange('sqlite', over, 'layout');
  return Object.fromEntries(written.filter((f) => !/design\.json|secrets|gitignore|^db\/schema\.(sql|md|svg|dbml)$/.test(f.path)).map((f) => [f.path, f.body]));
}

/** The layout without the SQL it wraps (the SQL has golden files and engine runs of its own; atlas.sum hashes it):
 *  comment lines (markers, headers) kept, each run of SQL lines folded to one line counting them. */
function shape(body: string): string {
  const out: string[] = [];
  for (const line of body.split('\n')) {
    if (line.startsWith('--') || line.startsWith('h1:') || / h1:/.test(line) || !line.trim()) out.push(line);
    else if (/^<SQL \d+ lines>$/.test(out[out.length - 1] ?? '')) out[out.length - 1] = `<SQL ${Number(out[out.length - 1].match(/\d+/)![0]) + 1} lines>`;
    else out.push('<SQL 1 lines>');
  }
  return out.join('\n');
}

const flat = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([p, b]) => [p.replace(/\//g, '__'), shape(b)]));

const CASES_BY_LAYOUT: [string, Partial<Answers>][] = [
  ['kei-migrate', { runner: 'binary' }], ['dbmate', { runner: 'existing', existing: 'dbmate' }],
  ['goose', { runner: 'existing', existing: 'goose' }], ['golang-migrate', { runner: 'existing', existing: 'golang-migrate' }],
  ['sqlx', { runner: 'existing', existing: 'sqlx' }], ['atlas', { runner: 'existing', existing: 'atlas' }],
];

test.each(CASES_BY_LAYOUT)('%s: the files match the golden set', (name, over) => {
  const files = flat(layout(over));
  expect(files).toEqual(readGolden(join(GOLDEN, 'layouts', name), files));
});

/** The tools' documented formats: what each one parses from a file name and which markers it reads. */
test('file names and markers follow each tool', () => {
  const names = (over: Partial<Answers>) => Object.keys(layout(over)).sort();
  expect(names({ runner: 'binary' }).map((n) => n.replace(/\d{14}/, 'TS'))).toEqual(['migrations/TS_init_schema.down.sql', 'migrations/TS_init_schema.sql',
    'migrations/TS_add_room_and_shelf.down.sql', 'migrations/TS_add_room_and_shelf.sql']);
  // golang-migrate: {version}_{title}.up.{extension} / .down.; sqlx reversible: <VERSION>_<DESCRIPTION>.up.sql / .down.sql
  for (const existing of ['golang-migrate', 'sqlx'] as const) {
    const ns = names({ runner: 'existing', existing });
    expect(ns).toHaveLength(4);
    for (const n of ns) expect(n).toMatch(/^migrations\/\d{14}_[a-z_]+\.(up|down)\.sql$/);
  }
  const sqlx = layout({ runner: 'existing', existing: 'sqlx' });
  const change = Object.entries(sqlx).filter(([p]) => p.includes('add_room'));
  for (const [, body] of change) expect(body.split('\n')[0]).toBe('-- no-transaction'); // sqlx reads it on the first line
  // goose: one file, `-- +goose Up` before `-- +goose Down`, StatementBegin/End balanced around each body
  for (const body of Object.values(layout({ runner: 'existing', existing: 'goose' }))) {
    const marks = body.split('\n').filter((l) => l.startsWith('-- +goose'));
    expect(marks.filter((m) => m !== '-- +goose NO TRANSACTION')).toEqual(['-- +goose Up', '-- +goose StatementBegin', '-- +goose StatementEnd', '-- +goose Down', '-- +goose StatementBegin', '-- +goose StatementEnd']);
  }
  // dbmate: `-- migrate:up` then `-- migrate:down`, in db/migrations/ (dbmate's default folder)
  for (const [p, body] of Object.entries(layout({ runner: 'existing', existing: 'dbmate' }))) {
    expect(p).toMatch(/^db\/migrations\/\d{14}_[a-z_]+\.sql$/);
    expect(body.split('\n')[0]).toMatch(/^-- migrate:up( transaction:false)?$/);
    expect(body).toMatch(/\n-- migrate:down( transaction:false)?\n/);
  }
});

test('atlas.sum is the hash Atlas computes over the directory, and follows every new migration', () => {
  const files = layout({ runner: 'existing', existing: 'atlas' });
  const ups = Object.entries(files).filter(([p]) => /^migrations\/\d{14}_[a-z_]+\.sql$/.test(p)).map(([p, body]) => ({ name: p.slice('migrations/'.length), body }));
  expect(ups).toHaveLength(2);
  expect(files['migrations/atlas.sum']).toBe(atlasSum(ups));
  const lines = files['migrations/atlas.sum'].trimEnd().split('\n');
  expect(lines[0]).toMatch(/^h1:[A-Za-z0-9+/]{43}=$/);
  expect(lines.slice(1).map((l) => l.split(' ')[0])).toEqual(ups.map((u) => u.name).sort());
  expect(Object.keys(files).filter((p) => p.startsWith('migrations/down/'))).toHaveLength(2); // outside Atlas's *.sql glob
  // statements end at '-- end' lines (triggers and $$ bodies whole); the cycle's down turns SQLite's foreign keys
  // off, so that file also runs outside a transaction
  expect(ups.map((u) => u.body.split('\n').slice(0, 2))).toEqual([['-- atlas:delimiter -- end', ''], ['-- atlas:delimiter -- end', '-- atlas:txmode none']]);
});
