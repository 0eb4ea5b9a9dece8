/** db-change catalogue: one small library made by db-scaffold's own init, then one change per kind (in memory). */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Relation } from '../src/state/model-schema.js';
import type { Design } from '../src/state/design-schema.js';
import type { DialectId } from '../src/dialects/dialect.js';
import { buildInit } from '../src/core/init.js';
import { planChange } from '../src/change/plan.js';
import type { Result as Changed } from '../src/core/pipeline.js';
import { ChangeSpec } from '../src/change/spec.js';

export const CLOCK = new Date('2026-03-04T05:06:07Z');
const LATER = new Date('2026-03-05T05:06:07Z');
const NOWHERE = join(tmpdir(), 'db-scaffold-no-such-dir');

export const LINES = {
  Author: 'Author: name, bio:text:optional, is_active',
  Book: 'Book: title, isbn:string(20):unique, pages:integer:index, status:enum(draft|live), format:text, price_amount, stock_count, subtitle:optional, author_id',
  Tag: 'Tag: name:string:unique',
  Cover: 'Cover: url',
};
export const RELATIONS: Relation[] = [
  { from: 'Book', to: 'Tag', kind: 'many-to-many' },
  { from: 'Book', to: 'Cover', kind: 'one-to-one' },
];

export const SEED = `INSERT INTO authors (name, bio) VALUES ('Ann', 'poet'), ('Bob', NULL);
INSERT INTO books (title, isbn, pages, status, format, subtitle, author_id) VALUES ('Alpha', 'i-1', 100, 'draft', 'paper', NULL, 1), ('Beta', 'i-2', 200, 'live', 'ebook', 'two', 2), ('Gamma', 'i-3', 300, 'live', 'paper', NULL, 1);
INSERT INTO tags (name) VALUES ('sf'), ('poetry');
INSERT INTO book_tags (book_id, tag_id) VALUES (1, 1), (1, 2), (2, 1), (3, 2);
INSERT INTO covers (url, book_id) VALUES ('a.png', 1), ('b.png', 2);`;

export function base(db: DialectId): Design {
  return buildInit({
    intake: 'A library: authors write books; books have tags and covers.', db, orm: 'none', scale: 'team', style: 'schema-first',
    migctl: 'manual', entities: Object.values(LINES).join('\n'), relations: RELATIONS, review: 'accept', runner: 'later', irreversible: [],
  }, undefined, NOWHERE, CLOCK).design;
}

export interface Case {
  lines?: Partial<Record<keyof typeof LINES, string | null>>;   // null: the entity goes
  relations?: Relation[];
  extra?: Partial<ChangeSpec>;
  kinds: string[];          // statement kinds the up must hold
  lost?: string[];          // table.column (or table) whose values the change may drop or rewrite
  renamed?: Record<string, string>; // old → new (table or table.column) to compare rows after the up
}

const book = (from: string, to: string) => ({ Book: LINES.Book.replace(from, to) });
const sure = { allowDestructive: true };

export const CASES: Record<string, Case> = {
  intToBigint: { lines: book('pages:integer', 'pages:bigint'), kinds: ['alterColumn'] },
  textToString: { lines: book('title,', 'title:string,'), extra: sure, kinds: ['alterColumn'] },
  enumAddValue: { lines: book('enum(draft|live)', 'enum(draft|live|gone)'), kinds: ['dropCheck', 'addCheck'] },
  enumToText: { lines: book('status:enum(draft|live)', 'status:text'), kinds: ['dropCheck', 'alterColumn'] },
  textToEnum: { lines: book('format:text', 'format:enum(paper|ebook)'), extra: sure, kinds: ['alterColumn', 'addCheck'] },
  dropNotNull: { lines: book('title,', 'title:optional,'), kinds: ['alterColumn'] },
  setNotNullBackfill: { lines: book('subtitle:optional', 'subtitle'), extra: { backfill: { 'Book.subtitle': "'none'" } }, kinds: ['alterColumn'], lost: ['books.subtitle'] },
  dropDefault: { lines: book('stock_count', 'stock_count:integer'), kinds: ['dropCheck', 'alterColumn'] },
  addUnique: { lines: { Author: LINES.Author.replace('name,', 'name:unique,') }, kinds: ['addUnique'] },
  dropUnique: { lines: book('isbn:string(20):unique', 'isbn:string(20)'), kinds: ['dropUnique'] },
  widenSize: { lines: book('string(20)', 'string(40)'), kinds: ['alterColumn'] },
  narrowSize: { lines: book('string(20)', 'string(8)'), extra: sure, kinds: ['alterColumn'] },
  setDefault: { lines: book('pages:integer:index', 'pages:integer:index:default(1)'), kinds: ['alterColumn'] },
  fkSetNull: { relations: [RELATIONS[0], { ...RELATIONS[1], onDelete: 'set-null' }], kinds: ['dropForeignKey', 'addForeignKey', 'alterColumn'] },
  tableDirective: { lines: { Cover: 'Cover: url, @table(book_covers)' }, kinds: ['renameTable'], renamed: { covers: 'book_covers' } },
  addIndex: { lines: book('subtitle:optional', 'subtitle:optional:index'), kinds: ['addIndex'] },
  dropIndex: { lines: book('pages:integer:index', 'pages:integer'), kinds: ['dropIndex'] },
  fkOnDelete: { relations: [RELATIONS[0], { ...RELATIONS[1], kind: 'one-to-many' }], kinds: ['dropForeignKey', 'dropUnique', 'addIndex', 'addForeignKey'] },
  dropColumn: { lines: { Author: 'Author: name, is_active' }, extra: sure, kinds: ['dropColumn'], lost: ['authors.bio'] },
  dropRequiredColumn: { lines: book(' format:text,', ''), extra: sure, kinds: ['alterColumn', 'dropColumn'], lost: ['books.format'] },
  dropEntity: { lines: { Cover: null }, relations: [RELATIONS[0]], extra: sure, kinds: ['dropTable'], lost: ['covers'] },
  dropRelation: { relations: [RELATIONS[1]], extra: sure, kinds: ['dropTable'], lost: ['book_tags'] },
  renameTable: {
    lines: { Tag: 'Label: name:string:unique' }, relations: [{ from: 'Book', to: 'Label', kind: 'many-to-many' }, RELATIONS[1]],
    extra: { renames: [{ from: 'Tag', to: 'Label' }] }, kinds: ['renameTable', 'renameColumn'],
    renamed: { tags: 'labels', book_tags: 'book_labels', 'book_tags.tag_id': 'book_labels.label_id' },
  },
  renameColumn: {
    lines: book('title,', 'headline,'), extra: { renames: [{ from: 'Book.title', to: 'Book.headline' }] }, kinds: ['renameColumn'],
    renamed: { 'books.title': 'books.headline' },
  },
  // issue 22: on MariaDB the FK's own index goes only once the composite one leading with its column is there
  fkCompositeIndex: { lines: { Book: `${LINES.Book}, @index(author_id, pages)` }, kinds: ['addIndex', 'dropIndex'] },
  fkIndexNotLeading: { lines: { Book: `${LINES.Book}, @index(pages, author_id)` }, kinds: ['addIndex'] },
  addColumnBackfill: { lines: { Author: `${LINES.Author}, country` }, extra: { backfill: { 'Author.country': "'BE'" } }, kinds: ['addColumn', 'alterColumn'] },
  // @timestamps(…) changed later: the columns go (and the updated_at trigger, where the engine has one); the down brings them back
  timestampsNone: { lines: { Author: `${LINES.Author}, @timestamps(none)` }, extra: sure, kinds: ['dropColumn'], lost: ['authors.created_at', 'authors.updated_at'] },
  timestampsCreated: { lines: { Tag: `${LINES.Tag}, @timestamps(created)` }, extra: sure, kinds: ['dropColumn'], lost: ['tags.updated_at'] },
};

export function specOf(c: Case): ChangeSpec {
  const lines = Object.entries({ ...LINES, ...(c.lines ?? {}) }).flatMap(([, l]) => (l ? [l] : []));
  return ChangeSpec.parse({ entities: lines.join('\n'), relations: c.relations ?? RELATIONS, ...(c.extra ?? {}) });
}

export const change = (d: Design, c: Case): Changed => planChange(d, specOf(c), NOWHERE, LATER);
