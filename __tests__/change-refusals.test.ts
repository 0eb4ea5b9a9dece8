/** db-change's refusals through the package bin, no terminal: exit 1, one `[ERROR]` line, the tree unchanged.
 *  Each test starts from its own copy (modes and times kept) of one blog tree db-schema wrote. */
import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageCopy } from './support/build.js';
import { runBin } from './support/bin-run.js';
import { snapshot } from './support/tree.js';
import { tempDir } from './support/temp.js';
import { copyTree } from './support/tree-hash.js';

const BLOG = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'blog.json');
const ENTITIES = 'User: email, username, display_name, bio:text:optional, is_admin\n' +
  'Post: title, slug, body:text, status:enum(draft|published|archived), published_at:optional, view_count, author_id\n' +
  'Comment: body:text, post_id, user_id\nTag: name:string:unique';
const RELATIONS = [{ from: 'User', to: 'Post', kind: 'one-to-many', column: 'author_id' }, { from: 'Post', to: 'Tag', kind: 'many-to-many' }];

let pkg = '';
let blog = '';
beforeAll(() => {
  pkg = packageCopy();
  blog = tempDir('change-refuse');
  expect(runBin(pkg, ['db-schema', '--', '--spec', BLOG], blog).status).toBe(0);
});

const blogAt = (): string => copyTree(blog, 'change-refuse-blog');

function change(dest: string, spec: object) {
  const file = join(dest, 'change.json');
  writeFileSync(file, JSON.stringify({ relations: RELATIONS, ...spec }));
  return runBin(pkg, ['db-change', '--', '--spec', 'change.json'], dest, { DB_SCAFFOLD_NOW: '2026-01-03T03:04:05Z' });
}

function refuses(dest: string, spec: object, message: RegExp): void {
  writeFileSync(join(dest, 'change.json'), '');
  const before = snapshot(dest);
  const r = change(dest, spec);
  expect(r).toMatchObject({ status: 1, out: [] });
  expect(r.err).toEqual([expect.stringMatching(message)]);
  const after = snapshot(dest);
  delete after['change.json'];
  delete before['change.json'];
  expect(after).toEqual(before);
}

test('a field that disappears while another appears, without renames: one line naming both', () => {
  refuses(blogAt(), { entities: ENTITIES.replace('Post: title,', 'Post: headline,') },
    /^\[ERROR\] db-change: Post\.title disappears and Post\.headline appears: a rename or a drop and a new one\? .*"renames": \[\{"from": "Post\.title", "to": "Post\.headline"\}\]/);
});

test('an entity that disappears while another appears: one line naming both', () => {
  refuses(blogAt(), { entities: ENTITIES.replace('Tag:', 'Label:'), relations: [RELATIONS[0], { ...RELATIONS[1], to: 'Label' }] },
    /^\[ERROR\] db-change: Tag disappears and Label appears: /);
});

test('a drop without confirmation: one line, data may be lost', () => {
  refuses(blogAt(), { entities: ENTITIES.replace(', bio:text:optional', '') },
    /^\[ERROR\] db-change: this change drops column users\.bio: data may be lost; confirm with "allowDestructive": true/);
});

test('a narrowing change without confirmation: flagged as possibly lossy', () => {
  refuses(blogAt(), { entities: ENTITIES.replace('display_name,', 'display_name:string,') },
    /^\[ERROR\] db-change: this change narrows users\.display_name: text → string\(255\): data may be lost/);
});

test('NOT NULL on an existing column without a default or backfill', () => {
  refuses(blogAt(), { entities: ENTITIES.replace('bio:text:optional', 'bio:text') },
    /^\[ERROR\] db-change: users\.bio becomes NOT NULL and existing rows may hold NULL there; .*"backfill": \{"User\.bio": "''"\} \(or "fail": stop if a row holds NULL\)$/);
});

test('an edited migration stops the run, naming the file', () => {
  const dest = blogAt();
  appendFileSync(join(dest, 'migrations', '20260102030405_init_schema.down.sql'), '\n-- tweak\n');
  refuses(dest, { entities: ENTITIES.replace('Post: title,', 'Post: title, subtitle:optional,') },
    /^\[ERROR\] migrations\/20260102030405_init_schema\.down\.sql: edited after it was written/);
});

test('a deleted migration stops the run, naming the file', () => {
  const dest = blogAt();
  rmSync(join(dest, 'migrations', '20260102030405_init_schema.down.sql'));
  refuses(dest, { entities: ENTITIES.replace('Post: title,', 'Post: title, subtitle:optional,') },
    /^\[ERROR\] migrations\/20260102030405_init_schema\.down\.sql: deleted, but db\/design\.json records it/);
});

test('the same change confirmed and renamed: one new pair, schema.sql and the state written', () => {
  const dest = blogAt();
  const r = change(dest, {
    entities: ENTITIES.replace('Post: title,', 'Post: headline,').replace(', bio:text:optional', ''),
    renames: [{ from: 'Post.title', to: 'Post.headline' }], allowDestructive: true,
  });
  expect(r.err).toEqual([]);
  const picture = ['db/schema.md', 'db/schema.svg', 'db/schema.dbml'].map((p) => `written   ${p}`);
  expect(r.out.slice(0, 7)).toEqual(['written   migrations/20260103030405_change_posts_and_users.sql',
    'written   migrations/20260103030405_change_posts_and_users.down.sql', 'written   db/schema.sql', ...picture, 'written   db/design.json']);
  expect(r.out).toContain('Note:         DESTRUCTIVE: drops column users.bio; the down restores the structure, the data does not come back.');
  const again = change(dest, { entities: ENTITIES.replace('Post: title,', 'Post: headline,').replace(', bio:text:optional', '') });
  expect(again.err).toEqual(['[ERROR] db-change: nothing to change; the design in the spec is the design in db/design.json']);
});

test('db-entity checks the written migrations too before it writes anything', () => {
  const dest = blogAt();
  appendFileSync(join(dest, 'migrations', '20260102030405_init_schema.sql'), '\n-- tweak\n');
  const before = snapshot(dest);
  const r = runBin(pkg, ['db-entity', '--', '--entities', 'Badge: label'], dest, { DB_SCAFFOLD_NOW: '2026-01-03T03:04:05Z' });
  expect(r).toMatchObject({ status: 1, out: [] });
  expect(r.err).toEqual([expect.stringMatching(/^\[ERROR\] migrations\/20260102030405_init_schema\.sql: edited after it was written/)]);
  expect(snapshot(dest)).toEqual(before);
});

test('an enum value renamed onto a value the field keeps (renameValues): one line naming the field', () => {
  const entities = ENTITIES.replace('enum(draft|published|archived)', 'enum(draft|published|retired)');
  refuses(blogAt(), { entities, renameValues: { 'Post.status': { archived: 'gone' } } },
    /^\[ERROR\] renameValues\.Post\.status\.archived: "gone" is not a value of the new Post\.status \(draft, published, retired\)$/);
});
