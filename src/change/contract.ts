/**
 * `db-change -- --contract true` (safety online): the contract migrations the expand left in the design,
 * written once the new code runs on every replica; the design's schema does not change (the expand's
 * snapshot is already the new shape).
 */
import type { Design } from '../state/design-schema.js';
import type { Ready } from '../core/target.js';
import type { Result } from '../core/pipeline.js';
import { layoutPaths } from '../runners/layout.js';
import { versionsOnDisk } from '../core/disk-versions.js';
import { appendPhases } from '../core/migrate-online.js';
import { safetyOf } from '../core/safety.js';
import { stateRecord } from '../core/migrate.js';
import { isoDate } from '../core/paths.js';
import { fail } from '../cli/errors.js';
import { migrationLine } from '../report/evolve.js';

export function planContract(r: Ready, dest: string, clock: Date): Result {
  const { design } = r;
  const c = design.contract;
  if (!c) {
    return fail('db-change: --contract: no expand is waiting for its contract (safety online writes one for a rename or a drop); ' +
      'give the change itself in the spec, or set "safety": "online" in db/design.json answers first');
  }
  const next: Design = { ...design, migrations: [...design.migrations] };
  delete next.contract;
  const probe = layoutPaths(r.layout, '0', 'x');
  const out = appendPhases({
    t: r, design: next, onDisk: versionsOnDisk(dest, [probe.up, probe.down]), name: c.name, date: isoDate(clock), clock, dest,
    timeouts: safetyOf(design.answers).timeouts, notes: ['contract: run it once every replica runs the code that no longer uses the old shape'],
  }, c.phases);
  const files = [...out.files, stateRecord(next)];
  const body = (p?: string) => (p ? files.find((x) => x.path === p)?.body : undefined);
  const report = ['== db-change report ==', 'Change:       contract', migrationLine(next, out.migration),
    ...c.notes.map((n) => `Note:         done: ${n}`), 'Next:         apply it with your runner; its down brings the old shape back (and the sync) before the expand\'s down'];
  return {
    files, design: next, report: report.join('\n'), notes: [], schemaText: '', migration: out.migration,
    up: body(out.migration?.up), down: body(out.migration?.down), kinds: ['contract'],
  };
}
