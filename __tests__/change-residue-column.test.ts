/**
 * The refusals of core/residue-columns.ts, in memory (the engine proofs: import/import-residue-column*.test.ts): a
 * change that alters a column the residue redefines stops in one line naming the column and the object with three
 * ways on; a "residue": {"drop"} name the change does not alter is refused, naming what may be given; code of the
 * residue naming a column the change drops or renames stops it; a bad "residue" key or value is one line. Nothing is
 * written (planChange throws before any file). The rule's own results: the notes, `yields`, `carries`, the design.
 */
import { CASES, base, change, LINES, type Case } from './change-cases.js';
import { parseChange } from '../src/change/spec.js';
import type { Design, ResidueObject } from '../src/state/design-schema.js';

const SIZE: ResidueObject = { kind: 'column', name: 'books.title', reason: 'type varchar(90) (the language gives text)',
  sql: [{ phase: 4, sql: 'ALTER TABLE `books` MODIFY COLUMN `title` varchar(90) NOT NULL AFTER `id`;' }] };
const INDEX: ResidueObject = { kind: 'index', name: 'books books_format_prefix', reason: 'the language cannot say it',
  sql: [{ phase: 5, sql: 'CREATE INDEX `books_format_prefix` ON `books` (`format`(4));' }] };
const withResidue = (...residue: ResidueObject[]): Design => ({ ...base('mysql'), residue });
const retitle: Case = { lines: { Book: LINES.Book.replace('title', 'title:optional') }, kinds: ['alterColumn'] };
const line = (f: () => unknown) => {
  try { f(); } catch (e) { return (e as Error).message; }
  throw new Error('not refused');
};

describe('db-change: a column the residue redefines', () => {
  test('altered: refused in one line (the column, the object, three ways on); with "drop" the language wins', () => {
    const design = withResidue(SIZE, INDEX);
    expect(line(() => change(design, retitle))).toBe('db-change: this change alters books.title, which the residue redefines '
      + '(db/residue.sql: column books.title: type varchar(90) (the language gives text)), so the migration would undo it on '
      + 'the database and db/residue.sql undo the change on a fresh one; either leave that field as it is in this change, or let the '
      + 'language\'s definition win with "residue": {"drop": ["books.title"]} (db-change: the object leaves the residue, the '
      + 'migration restates the column), or write the change yourself as a data step ("data": {"up": "…sql"})');
    expect(line(() => change(design, { ...retitle, extra: { residue: { drop: ['books.isbn'] } } }))).toBe('db-change: residue.drop: '
      + 'books.isbn is no column this change alters that the residue redefines (allowed: a "table.column" of db/residue.sql\'s '
      + 'column objects this change alters: books.title)');
    const given = { ...retitle, extra: { residue: { drop: ['books.title'] } } };
    const online = { ...design, answers: { ...design.answers, safety: 'online' } } as Design; // expand steps would not restate it
    expect(line(() => change(online, given))).toMatch(/^db-change: residue\.drop: not under safety online .*data step/);
    const out = change(design, given);
    expect(out.design.residue).toEqual([INDEX]);
    expect(out.up).toMatch(/^-- books\.title: the language's definition wins \("residue": \{"drop"\}\): column books\.title leaves/m);
    // the down: the column back to the language's old definition, then the residue's statements again
    expect(out.down).toContain(`MODIFY COLUMN \`title\` TEXT NOT NULL;\n-- column books.title: ${SIZE.reason}\n${SIZE.sql[0].sql}\n`);
    // a change that leaves the column alone keeps the residue as it was
    expect(change(design, CASES.addIndex).design.residue).toEqual([SIZE, INDEX]);
  });

  test('dropped or renamed: code of the residue naming the column stops the change; the column\'s own objects follow', () => {
    const noFormat: Case = { lines: { Book: LINES.Book.replace(', format:text', '') }, kinds: ['dropColumn'], extra: { allowDestructive: true } };
    expect(line(() => change(withResidue(INDEX), noFormat))).toBe('db-change: this change drops books.format, which index books '
      + 'books_format_prefix of the residue (db/residue.sql) names, and db-change cannot rewrite it; either leave that field as it is '
      + 'in this change, or first change or take out that object in db/design.json\'s "residue" (and on the database), or write the '
      + 'change yourself as a data step ("data": {"up": "…sql"})');
    const noTitle: Case = { lines: { Book: LINES.Book.replace('title, ', '') }, kinds: ['dropColumn'], extra: { allowDestructive: true } };
    const dropped = change(withResidue(SIZE), noTitle);
    expect(dropped.design.residue).toBeUndefined();
    expect(dropped.up).toMatch(/^-- books\.title: its residue \(db\/residue\.sql: column books\.title\) goes with the column/m);
    const renamed = change(withResidue(SIZE), { lines: { Book: LINES.Book.replace('title', 'heading') }, kinds: ['renameColumn'],
      extra: { renames: [{ from: 'Book.title', to: 'Book.heading' }] } });
    expect(renamed.design.residue).toEqual([{ ...SIZE, name: 'books.heading',
      sql: [{ phase: 4, sql: 'ALTER TABLE `books` MODIFY COLUMN `heading` varchar(90) NOT NULL AFTER `id`;' }] }]);
  });

  test('added: a column the residue adds too (db-verify --adopt kept it) stops the change', () => {
    const kept: ResidueObject = { kind: 'column', name: 'authors.country', reason: 'adopted from the live database',
      sql: [{ phase: 4, sql: 'ALTER TABLE `authors` ADD COLUMN `country` varchar(2) NULL;' }] };
    expect(line(() => change(withResidue(kept), CASES.addColumnBackfill))).toBe('db-change: this change adds authors.country, which '
      + 'the residue adds too (db/residue.sql: column authors.country: adopted from the live database); either give the field '
      + 'another name, or leave it out of the design (db/residue.sql keeps making it)');
  });

  test('the "residue" key: one line for a key or a name it does not take', () => {
    expect(line(() => parseChange('change.json', { entities: 'A: x', residue: { dorp: ['a.x'] } })))
      .toBe("change.json: residue: unknown key 'dorp'; did you mean drop? (allowed: drop)");
    expect(line(() => parseChange('change.json', { entities: 'A: x', residue: { drop: ['Ax'] } })))
      .toBe('change.json: residue.drop.0: table.column, as db/residue.sql names it');
  });
});
