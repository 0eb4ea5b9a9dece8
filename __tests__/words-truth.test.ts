/** Words that say what happens: each message with its new text asserted and the old one gone. */
import { CASES as CHANGES, base, change } from './change-cases.js';
import { init, step } from './entity-cases.js';
import { nextSteps } from '../src/report/next-steps.js';
import { runnerLabel } from '../src/render/catalogue.js';
import { CHOICES } from '../src/wizard/choices.js';
import { nextLine } from '../src/report/evolve.js';
import { inPhase, nextHeader } from '../src/wizard/tty/session.js';
import { MYSQL_REPAIR } from '../src/report/change.js';
import type { Design } from '../src/state/design-schema.js';

const changeLines = (db: 'postgres' | 'mysql' | 'sqlite', name: string) =>
  change(base(db), CHANGES[name]).report.split('\n').filter((l) => l.startsWith('Change:'));

test.each([
  ['renameColumn', ['Change:       column books.title renamed to headline']],
  ['dropUnique', ['Change:       unique books (isbn) removed']],
  ['addIndex', ['Change:       index books (subtitle) added']],
  ['fkSetNull', ['Change:       reference covers.book_id → books changed', 'Change:       column covers.book_id changed']],
  ['renameTable', [expect.stringMatching(/^Change: {7}table tags renamed to labels$/)]],
])('db-change report, %s: in user words, no operation names', (name, want) => {
  const lines = changeLines('postgres', name);
  expect(lines).toEqual(expect.arrayContaining(want));
  expect(lines.join('\n')).not.toMatch(/renameColumn|dropUnique|addIndex|alterColumn|ForeignKey|renameTable|×/);
});

test('db-change report on MySQL says a failed migration may need the repair; PostgreSQL does not', () => {
  expect(change(base('mysql'), CHANGES.narrowSize).report).toContain(`Note:         ${MYSQL_REPAIR}`);
  expect(change(base('postgres'), CHANGES.narrowSize).report).not.toContain('cannot roll back');
});

test('db-entity report: one field is "1 field", not "1 fields"', () => {
  const r = step(init('postgres').design, { kind: 'entity', entities: 'Badge: label' }).evolved.report;
  expect(r).toMatch(/^Added: {8}Badge \(badges: 1 field\)$/m);
  expect(r).not.toContain('1 fields');
});

test('next steps: no chmod/.gitignore reminder (the tool did both; an existing loose file gets its own note)', () => {
  for (const runner of ['binary', 'later'] as const) {
    const text = nextSteps({ db: 'postgres', orm: 'none', runner });
    expect(text).not.toMatch(/Reminder|must be chmod 600/);
    expect(text).toContain('set -a && . ./secrets/db.env && set +a');
  }
});

test('the binary runner is what it is: cargo install from source, not a prebuilt binary', () => {
  const binary = CHOICES.runner.choices.find((c) => c.value === 'binary')!;
  expect(binary.label).toBe('Install from source with cargo (system-wide)');
  expect(runnerLabel({ orm: 'none', runner: 'binary' })).toBe('kei-migrate built from source by cargo install (system-wide)');
  expect(nextSteps({ db: 'postgres', orm: 'none', runner: 'binary' })).toMatch(/cargo install --git \S+ kei-migrate/);
  expect(JSON.stringify([binary, runnerLabel({ orm: 'none', runner: 'binary' })])).not.toMatch(/prebuilt/i);
});

test("the next step follows the recorded runner: a hand-off of SQLAlchemy never says prisma", () => {
  const design = { answers: { orm: 'sqlalchemy' }, handoff: 'alembic makes the migrations' } as unknown as Design;
  const line = nextLine(undefined, design);
  expect(line).toMatch(/^Next: {9}no SQL migration was written \(alembic makes the migrations\); make it with alembic revision/);
  expect(line).not.toMatch(/prisma/);
  expect(nextLine(undefined, { answers: { orm: 'prisma' } } as unknown as Design)).toMatch(/npx prisma migrate dev/);
});

test("a later generator's preview is not headed as a phase of db-schema", () => {
  inPhase(4);
  expect(nextHeader()).toMatch(/Phase 4\/5 — migrations/);
  inPhase(0);
  const h = nextHeader().replace(/\x1b\[[0-9;]*m/g, '');
  expect(h).toMatch(/^Preview and confirm · step \d+/);
  expect(h).not.toMatch(/Phase/);
});
