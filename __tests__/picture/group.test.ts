/** @group(name): an entity's section of the picture; it changes no SQL, and is refused twice or malformed. */
import { buildModel, compileFor } from '../../src/core/design.js';
import { userError } from '../support/design.js';

const model = (entities: string) => buildModel({ entities, relations: [] });

test('@group(name) is kept on the entity and changes no table', () => {
  const grouped = model('Invoice: total_amount, @group(billing)\nUser: email');
  expect(grouped.entities.map((e) => e.group)).toEqual(['billing', undefined]);
  const plain = model('Invoice: total_amount\nUser: email');
  expect(compileFor(grouped, { db: 'postgres', scale: 'team' })).toEqual(compileFor(plain, { db: 'postgres', scale: 'team' }));
});

test('@group given twice, or with no name, is one clear line', () => {
  expect(userError(() => model('Invoice: total_amount, @group(a), @group(b)'))).toMatch(/@group given twice; give it once/);
  expect(userError(() => model('Invoice: total_amount, @group()'))).toMatch(/@group/);
});
