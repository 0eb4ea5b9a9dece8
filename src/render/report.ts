/** The final report block and the next-step command block (4f), as text. */
import type { Answers } from '../state/answers-schema.js';
import type { Design } from '../state/design-schema.js';
import { handoff, libraries, RUNNER_LABEL, SCALE_LABEL } from './catalogue.js';
import { render } from './hbs.js';

export function nextSteps(a: Pick<Answers, 'db' | 'orm' | 'runner'>): string {
  const h = handoff(a.orm);
  const r = a.runner;
  return render('next-steps', {
    dialect: a.db, runnerLabel: RUNNER_LABEL[r], handoff: h ?? (r === 'existing' ? 'point your runner at migrations/ (plain <ts>_<name>.sql + .down.sql)' : ''),
    cargoSnippet: !h && r === 'cargo-path-dep', installBinary: !h && r === 'binary', kei: !h && (r === 'cargo-path-dep' || r === 'binary'),
    later: !h && r === 'later',
  });
}

export function report(d: Design, schemaText: string, notes: string[]): string {
  const a = d.answers as Answers;
  const tables = d.schema?.tables ?? [];
  const junctions = tables.filter((t) => t.kind === 'junction').length;
  const mig = d.migrations.map((m) => m.up).join(', ');
  const seed = !d.seed ? 'not chosen yet (`npx plop db-seed`)' : d.seed.tier === 'skip' ? 'seed skipped' : `${d.seed.tier} → ${d.seed.file}`;
  return render('report', {
    app: a.intake.length > 100 ? `${a.intake.slice(0, 99).trimEnd()}…` : a.intake,
    dialect: a.db, orm: a.orm, style: a.style, scale: SCALE_LABEL[a.scale], migctl: a.migctl,
    tables: tables.length, entities: tables.length - junctions, junctions,
    relations: (d.model?.relations ?? []).filter((r) => r.kind !== 'none').length,
    lines: schemaText ? schemaText.split('\n').length - 1 : 'unchanged',
    indexes: tables.reduce((n, t) => n + t.indexes.length, 0),
    fks: tables.reduce((n, t) => n + t.foreignKeys.length, 0),
    constraints: tables.reduce((n, t) => n + 1 + t.uniques.length + t.checks.length, 0),
    migrations: mig ? `${mig} (+ .down.sql)` : d.handoff ? `none (${d.handoff})` : 'none',
    runner: RUNNER_LABEL[a.runner] ?? a.runner,
    seed, libraries: libraries(a.orm, a.db), shortened: d.schema?.shortened ?? [], notes,
    next: d.handoff ? d.handoff : 'see the command block above; then `npx plop db-entity` to evolve the design',
  });
}
