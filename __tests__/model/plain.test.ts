/** `@plain(owner_id, …)`: `<entity>_id` columns said once to be plain numbers, not FKs (no relation per column). */
import { buildModel, compileFor, unlinkedIdFields } from '../../src/core/design.js';
import { candidatePairs } from '../../src/model/relations.js';
import { writeEntities } from '../../src/model/write-entities.js';
import { UserError } from '../../src/cli/errors.js';

const entities = 'Member: name\nOwner: name\nLoan: member_id, owner_id, legacy_id, @plain(owner_id, legacy_id)';

test('a @plain column gets no relation, no FK, no candidate pair and no note; the others link as before', () => {
  const m = buildModel({ entities, relations: [] });
  expect(m.relations).toEqual([{ from: 'Member', to: 'Loan', kind: 'one-to-many', column: 'member_id' }]);
  const loans = compileFor(m, { db: 'postgres', scale: 'team' }).tables.find((t) => t.name === 'loans')!;
  expect(loans.foreignKeys.map((f) => f.column)).toEqual(['member_id']);
  expect(loans.columns.map((c) => c.name)).toEqual(expect.arrayContaining(['owner_id', 'legacy_id']));
  expect(candidatePairs(m.entities, '')).toEqual([['Member', 'Loan']]);
  expect(unlinkedIdFields(m)).toEqual([]);
  expect(writeEntities(m)).toMatch(/^Loan: member_id, owner_id, legacy_id, @plain\(owner_id, legacy_id\)$/m);
});

test('without @plain the same column is an FK; a @plain naming no field is refused in one line', () => {
  expect(buildModel({ entities: entities.replace(', @plain(owner_id, legacy_id)', ''), relations: [] }).relations
    .map((r) => r.column)).toEqual(['member_id', 'owner_id']);
  expect(() => buildModel({ entities: 'Loan: owner_id, @plain(ownr_id)', relations: [] }))
    .toThrow(new UserError("entities line 1 (Loan): @plain(ownr_id) names ownr_id, which is no field of Loan (fields: owner_id)"));
});
