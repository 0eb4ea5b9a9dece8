/** The final report block, as text (the next-step command block: next-steps.ts). */
import type { Answers } from '../state/answers-schema.js';
import type { Design } from '../state/design-schema.js';
import { libraries, runnerLabel, SCALE_LABEL } from '../render/catalogue.js';
import { render } from '../render/hbs.js';
import { inferredLines } from '../model/inferred.js';
import { inferredSummary } from './inferred-summary.js';

/** `text.split('\n').length - 1`, without the array (schema.sql at 10,000 entities: 132,000 lines). */
function newlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
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
    lines: schemaText ? newlines(schemaText) : 'unchanged',
    indexes: tables.reduce((n, t) => n + t.indexes.length, 0),
    fks: tables.reduce((n, t) => n + t.foreignKeys.length, 0),
    constraints: tables.reduce((n, t) => n + 1 + t.uniques.length + t.checks.length, 0),
    migrations: mig ? `${mig}${d.migrations[0].down !== d.migrations[0].up ? ' (+ down)' : ' (up and down in one file)'}` : d.handoff ? `none (${d.handoff})` : 'none',
    runner: runnerLabel(a),
    seed, libraries: libraries(a.orm, a.db), shortened: d.schema?.shortened ?? [], notes,
    inferred: d.model ? inferredSummary(inferredLines(d.model, a.relations ?? [])) : [],
    next: 'see the command block above; then `npx plop db-entity` to evolve the design',
  });
}
