/**
 * jest's test order (jest.config.js testSequencer). jest runs the files it has timed before slowest first (its
 * cache of the last run's durations), the others by file size, which on a fresh clone (CI) puts small files that
 * spawn a hundred runs near the end: one worker is then left with a long file while the other idles. Here a file
 * jest has not timed takes the seconds listed below (a full run's with 2 workers, on a loaded machine: the order is
 * what counts), so the slowest start first on a fresh clone too; the files not listed follow by size. Failed-first
 * and jest's own timings still win.
 */
import { readFileSync } from 'node:fs';
import Sequencer from '@jest/test-sequencer';

const BaseSequencer = Sequencer.default ?? Sequencer;

/** Seconds each file of 8 s or more took in a clean-clone CI run (`bash .ci/run`, 2 workers, idle machine), made from
 *  its log; refresh it when files are added or slowed (the order is what counts, not the seconds). */
const SECONDS = JSON.parse(readFileSync(new URL('./durations.json', import.meta.url), 'utf8'));

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
