/** Issue 16, the stricter reader: each slip is refused in one line that names the place and the closest correct form. */
import { modelOf, schemaOf, userError } from '../support/design.js';

test.each([
  ['Loan due:date', /^entities line 1: 'Loan due:date' has no ':' after the entity name \(it would read as entity 'Loan due' with a field 'date'\); write 'Loan: due:date'$/],
  ['Tool: name\nLoan due:date, returned_at', /^entities line 2: .*write 'Loan: due:date, returned_at'$/],
  ['Loan due:optional', /write 'Loan: due:optional'$/],
  ['User: notes:optinal', /^entities line 1 \(User\) field 'notes': unknown type 'optinal' .*; did you mean 'optional'\?$/],
  ['User: notes:text:optinal', /^entities line 1 \(User\) field 'notes': unknown modifier 'optinal' .*; did you mean 'optional'\?$/],
  ['User: qty:integer:defualt(0)', /unknown modifier 'defualt\(0\)' .*; did you mean 'default\(0\)'\?$/],
  ['User: title:strng(80)', /unknown type 'strng\(80\)' .*; did you mean 'string\(80\)'\?$/],
  ['Loan: returned_at:timestamp:optional', /unknown type 'timestamp' .*; did you mean 'datetime'\?$/],
  ['Loan: fee:numeric(10,2)', /unknown type 'numeric\(10,2\)' .*; did you mean 'decimal\(10,2\)'\?$/],
  ['Loan: code:varchar(80)', /unknown type 'varchar\(80\)' .*; did you mean 'string\(80\)'\?$/],
  ['Loan: at:timestamptz', /did you mean 'datetime\(tz\)'\?$/],
  ['Loan: n:int, m:bool', /unknown type 'int' .*; did you mean 'integer'\?$/],
  ['User: title, @idnex(title)', /unknown directive '@idnex\(title\)' .*; did you mean '@index\(title\)'\?$/],
  ['User: email:string(320), email:unique', /^entities line 1 \(User\): field 'email' appears twice; give it once, with every modifier in one item \(first: 'email:string\(320\)'\)$/],
  ['User: created_at, created_at', /field 'created_at' appears twice/],
])('%j', (entities, message) => {
  expect(userError(() => modelOf({ entities }))).toMatch(message);
});

test('a far-off word gets no guess; the forms that work today still read', () => {
  expect(userError(() => modelOf({ entities: 'User: notes:frobnicate' }))).not.toMatch(/did you mean/);
  const m = modelOf({ entities: 'Order Item: quantity:integer\nSession\nLoan due\nUser: email, name:string(80):optional' });
  expect(m.entities.map((e) => [e.name, e.fields.map((f) => f.name)])).toEqual([
    ['OrderItem', ['quantity']], ['Session', []], ['LoanDue', []], ['User', ['email', 'name']],
  ]);
});

test.each([
  ['Loan: a, @unique(a) where()', /where\(\) is empty/],
  ['Loan: a, @unique(a) wher(a > 0)', /@unique\(a\) is followed by 'wher\(a > 0\)'; only where\(expr\) may follow/],
  ['Loan: a, @unique(a) where(nope IS NULL)', /^Loan: @unique\(a\): where\(nope IS NULL\) names 'nope', which is neither a column/],
  ['Loan: a, @index(lower(zz))', /^Loan: @index\(lower\(zz\)\): @index\(lower\(zz\)\) names 'zz'/],
  ['Loan: a, @index(b) where(a > 0)', /^Loan: @index\(b\) names 'b', which is not a column of loans/],
  ['Loan: a, @index(a; drop) where(a > 0)', /not an expression every engine reads alike/],
  ['Loan: a, @unique(lower(a), lower(a))', /names a key part twice/],
  ['Loan: a, b:integer:serial', /b: serial generates the table's own integer key/],
  ['Loan: a:auto', /auto keeps updated_at current on every update; it belongs on updated_at/],
  ['Loan: id:identity(sometimes)', /identity\(sometimes\) is not a key generation/],
  ['Loan: qty:unsigned', /unsigned goes with smallint, integer or bigint \(e\.g\. qty:integer:unsigned\), not an inferred type$/],
  ['Loan: qty:text:unsigned', /unsigned goes with smallint, integer or bigint .*, not text$/],
])('partial/expression indexes and key generation: %j', (entities, message) => {
  expect(userError(() => schemaOf('postgres', { entities }))).toMatch(message);
});
