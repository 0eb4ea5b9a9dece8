/**
 * jest's test order (jest.config.js testSequencer). jest runs the files it has timed before slowest first (its
 * cache of the last run's durations), the others by file size, which on a fresh clone (CI) puts small files that
 * spawn a hundred runs near the end: one worker is then left with a long file while the other idles. Here a file
 * jest has not timed takes the seconds listed below (a full run's with 2 workers, on a loaded machine: the order is
 * what counts), so the slowest start first on a fresh clone too; the files not listed follow by size. Failed-first
 * and jest's own timings still win.
 */
import Sequencer from '@jest/test-sequencer';

const BaseSequencer = Sequencer.default ?? Sequencer;

/** Seconds a file took in a full run (the files this branch sped up: alone, after), slowest first. */
const SECONDS = {
  'verify/drift-hand.test.ts': 396,
  'kill.test.ts': 207,
  'pack.test.ts': 205,
  'orm/drizzle-kit-engines.test.ts': 177,
  'import/import-applied.test.ts': 169,
  'online/load-postgres.test.ts': 168,
  'verify/drift-kinds.test.ts': 163,
  'language/default-engine-bin.test.ts': 157,
  'seed-volume.test.ts': 133,
  'verify/drift-unsaid.test.ts': 128,
  'wizard-resume.test.ts': 126,
  'online/squawk.test.ts': 117,
  'change-clicks-shape.test.ts': 110,
  'change-engines.test.ts': 101,
  'verify/drift.test.ts': 95,
  'import/import-residue.test.ts': 92,
  'property/changes.test.ts': 91,
  'db-schema-cli.test.ts': 87,
  'change-clicks.test.ts': 87,
  'help-typo.test.ts': 85,
  'change-clicks-values.test.ts': 85,
  'import/import-refusals.test.ts': 78,
  'catalog/readers.test.ts': 68,
  'trust-journal.test.ts': 64,
  'change-clicks-keys.test.ts': 64,
  'wizard-scale.test.ts': 62,
  'language/seed.test.ts': 62,
  'property/pure.test.ts': 60,
  'bin.test.ts': 57,
  'change-clicks-steps.test.ts': 54,
  'bin-refusals.test.ts': 52,
  'two-runs.test.ts': 50,
};

const relative = (path) => path.replace(/\\/g, '/').replace(/^.*\/__tests__\//, '');

export default class SlowFirst extends BaseSequencer {
  /** jest's cached duration of the file, else the listed one; undefined for neither. */
  time(test) {
    return super.time(test) ?? SECONDS[relative(test.path)];
  }

  sort(tests) {
    const size = (t) => t.context.hasteFS.getSize(t.path) ?? 0;
    const failed = (t) => (this.hasFailed(t) ? 1 : 0);
    for (const t of tests) t.duration = this.time(t);
    const slower = (a, b) => (b.duration ?? 0) - (a.duration ?? 0);
    return [...tests].sort((a, b) => failed(b) - failed(a) || slower(a, b) || size(b) - size(a));
  }
}
