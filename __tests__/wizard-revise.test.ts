/** Review revisions in a real terminal: entity lines come back editable (a new entity asks the matrix again,
 *  the answers given kept), relations revised in the matrix as answered, each followed by the diff.
 *  Needs `npm run build`. */
import './support/needs-tmux.js'; // the terminal tests need Debian's tmux
import { join, resolve } from 'node:path';
import { spawnTerm, type Term } from './support/pty.js';
import { atStep, relate, review, typeEntities } from './support/wizard-flow.js';
import { matrixRows } from './support/wizard-keys.js';
import { readOutputs } from './support/outputs.js';
import { tempDir } from './support/temp.js';

const root = resolve('.');
const PLOP = join(root, 'node_modules', 'plop', 'bin', 'plop.js');
let term: Term | undefined;
afterEach(async () => { await term?.kill(); term = undefined; });

test('revise entities, then relations: each shows the diff; the matrix comes back as answered', async () => {
  const dest = tempDir('revise');
  const given = ['--intake', 'A shop: customers place orders.', '--db', 'sqlite', '--orm', 'drizzle', '--scale', 'solo',
    '--style', 'code-first', '--migctl', 'manual', '--runner', 'later', '--seed', 'skip', '--irreversible', ''];
  term = await spawnTerm('node', [PLOP, 'db-schema', '--', '--dest', dest, ...given], { cwd: root, cols: 200, rows: 50 });
  await typeEntities(term, 1, ['Customer: email', 'Order: total_amount, customer_id']);
  await relate(term, 2, ['Right'], 3); // Customer ↔ Order: hinted Customer→Order, changed to Order→Customer
  await review(term, 3, 1); // Revise entities
  const lines = await atStep(term, 4);
  expect(lines).toMatch(/^❯ {2}1 Customer: email$/m); // the first line back, editable, the others under it
  expect(lines).toMatch(/^ {3}2 Order: total_amount, customer_id$/m);
  await term.type(', name');
  await term.send('Enter', 'Enter'); // keep the second line as it is
  await term.type('Product: sku, price_amount');
  await term.send('Enter', 'Enter');
  const again = await atStep(term, 5); // other entities: the matrix again, the answer kept
  expect(matrixRows(again)[0]).toMatch(/^Customer ↔ Order +◂ One-to-many \(Order→Customer\) ▸/);
  expect(again).toMatch(/Product +keep it/);
  await term.send('Left'); // back to Customer → Order
  await term.send(...Array(3).fill('Down'), 'Enter');
  const diff1 = await atStep(term, 6);
  expect(diff1).toMatch(/db\/schema\.sql — revision 1/);
  expect(diff1).toMatch(/^\d+ inferences listed at the end of the view \(scroll down\): what the names gave$/m); // issue 16
  expect(diff1).toMatch(/^\+CREATE TABLE IF NOT EXISTS "products" \($/m);
  expect(diff1).toMatch(/^-  "order_id" INTEGER,\n\+  "name" TEXT NOT NULL,$/m); // Customer → Order again, and the new field
  await term.send('Right', 'Right', 'Enter'); // Revise relations
  const m = await atStep(term, 7);
  expect(matrixRows(m)[0]).toMatch(/^Customer ↔ Order +◂ One-to-many \(Customer→Order\) ▸/);
  await term.send('d', 'd', ...Array(3).fill('Down'), 'Enter'); // on delete: restrict → no-action → cascade
  const diff2 = await atStep(term, 8);
  expect(diff2).toMatch(/db\/schema\.sql — revision 2/);
  await term.send('Enter'); // Accept
  expect(await term.exited(20_000)).toBe(0);
  const { sql, design } = readOutputs(dest);
  expect(design.answers.entities).toBe('Customer: email, name\nOrder: total_amount, customer_id\nProduct: sku, price_amount');
  expect(design.answers.relations).toEqual([{ from: 'Customer', to: 'Order', kind: 'one-to-many', column: 'customer_id', onDelete: 'cascade' }]);
  expect(sql).toContain('CREATE TABLE IF NOT EXISTS "products"');
  expect(sql).toMatch(/FOREIGN KEY \("customer_id"\) REFERENCES "customers" \("id"\) ON DELETE CASCADE/); // picked in the matrix
}, 90_000);

test('revise types removes an inferred default (and the diff shows it)', async () => {
  const dest = tempDir('revise-default');
  const given = ['--intake', 'A shop.', '--db', 'postgres', '--orm', 'none', '--scale', 'team', '--style', 'schema-first', '--migctl', 'hybrid',
    '--entities', 'Customer: email\nOrder: total_amount, customer_id', '--relations', '[]', '--runner', 'later', '--seed', 'skip', '--irreversible', ''];
  term = await spawnTerm('node', [PLOP, 'db-schema', '--', '--dest', dest, ...given], { cwd: root, cols: 200, rows: 50 });
  await review(term, 1, 3); // Revise types
  await term.waitFor('? Which field? (type, NULL)');
  await term.send('Down', 'Enter'); // Order.total_amount: decimal, default 0 (inferred)
  const form = await atStep(term, 3);
  expect(form).toMatch(/^ {2}Default +default\(0\) +as now$/m);
  await term.send('Down', 'Down', 'Right', 'Down', 'Enter'); // Default: No default; Apply
  const diff = await atStep(term, 4);
  expect(diff).toMatch(/^-  "total_amount" NUMERIC\(18,2\) NOT NULL DEFAULT 0,\n\+  "total_amount" NUMERIC\(18,2\) NOT NULL,$/m);
  await term.send('Enter');
  expect(await term.exited(20_000)).toBe(0);
  expect(readOutputs(dest).design.answers.entities).toMatch(/^Order: total_amount:decimal, customer_id$/m);
}, 60_000);
