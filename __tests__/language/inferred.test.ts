/**
 * Issue 16, inference that says what it did: every inferred type, default, UNIQUE, CHECK and FK is listed, a
 * bare name that reads as a number or a date but became text gets a hint, and a typed field that gives up an
 * inference says so once. Listed in the review (the wizard's DDL view), in db-schema's report (printed by the
 * bin too) and, for what a change adds, in the report of db-entity / db-field.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildModel } from '../../src/core/design.js';
import { buildInit } from '../../src/core/init.js';
import { inferredLines } from '../../src/model/inferred.js';
import { reviewInferred } from '../../src/wizard/review.js';
import { reviewText, withInferred } from '../../src/wizard/paint.js';
import { answers, init, step } from '../entity-cases.js';
import { runBin } from '../support/bin-run.js';
import { tempDir } from '../support/temp.js';

const lines = (entities: string, relations: Parameters<typeof buildModel>[0]['relations'] = []) =>
  inferredLines(buildModel({ entities, relations }), relations);

test.each([
  ['Post: slug', 'Post.slug: string, UNIQUE inferred from the name'],
  ['Loan: due_at', 'Loan.due_at: timestamp, DEFAULT now() inferred from the name'],
  ['User: email', 'User.email: string(320), UNIQUE, the email CHECK inferred from the name'],
  ['Post: view_count', 'Post.view_count: integer, DEFAULT 0, CHECK >= 0 inferred from the name'],
  ['Order: total_amount', 'Order.total_amount: decimal, DEFAULT 0, CHECK >= 0 inferred from the name'],
  ['User: is_admin', 'User.is_admin: boolean, DEFAULT false inferred from the name'],
  ['Order: amount', 'Order.amount: text — did you mean decimal? (amount:decimal, or name it *_amount)'],
  ['Item: quantity', 'Item.quantity: text — did you mean integer? (quantity:integer, or name it *_count)'],
  ['Person: birthday', 'Person.birthday: text — did you mean date? (birthday:date)'],
  ['Post: title, body', 'Post: title, body: text (a bare name no rule knows; type it to change, e.g. title:string(80))'],
  ['Post: slug:string(80)', 'Post.slug: typed string(80), so without the UNIQUE a bare slug gets (add :unique to keep it)'],
  ['User: email:string(100)',
    'User.email: typed string(100), so without the UNIQUE and the email CHECK a bare email gets (add :unique:email to keep them)'],
  ['User: email:string(100):unique', 'User.email: typed string(100), so without the email CHECK a bare email gets (add :email to keep it)'],
  ['Post: view_count:bigint', 'Post.view_count: typed bigint, so without the DEFAULT 0 and CHECK >= 0 a bare view_count gets (add :default(0):nonneg to keep them)'],
  ['Loan: due_at:date', 'Loan.due_at: typed date, so without the DEFAULT now() a bare due_at gets (add :default(now) to keep it)'],
])('%s → %s', (entities, line) => {
  expect(lines(entities)).toEqual([line]);
});

test('what a typed field keeps or the user removed on purpose is not listed as lost', () => {
  expect(lines('Post: slug:string(80):unique, title:string(80)')).toEqual([]);
  expect(lines('Loan: due_at:datetime, returned_at:datetime:optional, paid_at:datetime:default(none)')).toEqual([]);
  expect(lines('Post: view_count:integer:default(0):nonneg')).toEqual([]);
});

test('an FK from the <entity>_id rule is listed; one the spec declares, or a ref(…), is not', () => {
  const inferred = lines('Author: name:string\nBook: author_id');
  expect(inferred).toEqual(['Book.author_id: key type inferred from the name', 'Book.author_id: FK → Author inferred from the name']);
  expect(lines('Author: name:string\nBook: author_id', [{ from: 'Author', to: 'Book', kind: 'one-to-many' }]))
    .toEqual(['Book.author_id: key type inferred from the name']);
  expect(lines('Author: name:string\nBook: writer:ref(Author)')).toEqual([]);
  expect(lines('Author: name:string\nBook: author_id:bigint')).toEqual(['Book.author_id: FK → Author inferred from the name']);
});

test('the review lists them after the DDL (SQL comment lines) and says so under the view', async () => {
  const a = { ...answers('postgres'), entities: 'Post: slug, amount', relations: [] };
  const text = withInferred(await reviewText('CREATE TABLE x ();\n'), reviewInferred(a));
  expect(text.lines).toEqual(['CREATE TABLE x ();', '',
    '-- What the names gave (inferred; type a field or add a modifier to change it):',
    '--   Post.slug: string, UNIQUE inferred from the name',
    '--   Post.amount: text — did you mean decimal? (amount:decimal, or name it *_amount)']);
  expect(text.note).toBe('2 inferences listed at the end of the view (scroll down): what the names gave');
  expect(withInferred(await reviewText('SELECT 1;\n'), []).note).toBeUndefined();
});

test("db-schema's report lists every inference; db-field's lists only what it adds", () => {
  const built = buildInit({ ...answers('sqlite'), entities: 'Author: name\nBook: slug:string(80), price_amount, author_id', relations: [] },
    undefined, join(tempDir('inferred'), 'nowhere'), new Date('2026-01-02T03:04:05Z'));
  expect(built.report).toContain('Inferred:     Book.slug: typed string(80), so without the UNIQUE a bare slug gets (add :unique to keep it)\n');
  expect(built.report).toContain('Inferred:     Book.price_amount: decimal, DEFAULT 0, CHECK >= 0 inferred from the name\n');
  expect(built.report).toContain('Inferred:     Book.author_id: FK → Author inferred from the name\n');
  const field = step(init('sqlite').design, { kind: 'field', entities: 'Book: page_count, amount:optional' }).evolved.report;
  expect(field.split('\n').filter((l) => l.startsWith('Inferred:'))).toEqual([
    'Inferred:     Book.page_count: integer, DEFAULT 0, CHECK >= 0 inferred from the name',
    'Inferred:     Book.amount: text — did you mean decimal? (amount:decimal, or name it *_amount)']);
  const entity = step(init('sqlite').design, { kind: 'entity', entities: 'Shelf: code:string(8), book_id' }).evolved.report;
  expect(entity.split('\n').filter((l) => l.startsWith('Inferred:'))).toEqual([
    'Inferred:     Shelf.book_id: key type inferred from the name', // code is typed and gives up nothing
    'Inferred:     Shelf.book_id: FK → Book inferred from the name']);
});

test('the bin prints them in the report (needs `npm run build`)', () => {
  const dest = tempDir('inferred-bin');
  const spec = join(dest, 'spec.json');
  writeFileSync(spec, JSON.stringify({ ...answers('sqlite'), entities: 'Member: username:string(40), amount', relations: [], seed: 'skip' }));
  const r = runBin(resolve('.'), ['db-schema', '--', '--spec', spec, '--dest', join(dest, 'app')], dest);
  expect(r.err).toEqual([]);
  expect(r.status).toBe(0);
  expect(r.out).toContain('Inferred:     Member.username: typed string(40), so without the UNIQUE a bare username gets (add :unique to keep it)');
  expect(r.out).toContain('Inferred:     Member.amount: text — did you mean decimal? (amount:decimal, or name it *_amount)');
});
