/**
 * db-verify: integrity, lint, replay, drift — one progress line per step, then every finding as
 * `file:line rule-id message — fix`; `--json` prints one JSON document instead. Exit 0 clean, 1 findings,
 * 2 could not verify (no design, no engine, a refused scratch database, an unreachable live database).
 */
import { requireDesign } from '../state/store.js';
import { dialectOf } from '../dialects/registry.js';
import { isUserError } from '../cli/errors.js';
import { CouldNotVerify, findingLine, type Finding, type StepResult } from './finding.js';
import { migrationTexts } from './migrations.js';
import { integrity } from './integrity.js';
import { lint } from './lint/index.js';
import { lintContext } from './lint/context.js';
import { replay } from './replay.js';
import { openScratch } from './scratch.js';
import { drift, type DriftOptions } from './drift.js';
import type { FileRecord } from '../io/files.js';

export interface VerifyOptions extends DriftOptions {
  dest: string; json: boolean; env: NodeJS.ProcessEnv; say(line: string): void;
  /** Where to replay (tests share one PGlite through it); default openScratch. */
  scratch?: typeof openScratch;
}
export interface Verified { exit: 0 | 1 | 2; steps: StepResult[]; findings: Finding[]; error?: string; files: FileRecord[] }

const result = (step: StepResult['step'], findings: Finding[], ok: string): StepResult =>
  ({ step, status: findings.length ? 'findings' : 'ok', summary: findings.length ? `${findings.length} finding${findings.length === 1 ? '' : 's'}` : ok, findings });

export async function verify(o: VerifyOptions): Promise<Verified> {
  const steps: StepResult[] = [];
  const files: FileRecord[] = [];
  const show = (s: StepResult) => { steps.push(s); if (!o.json) o.say(`${s.step.padEnd(10)} ${s.status === 'ok' ? 'ok' : s.status}: ${s.summary}`); };
  try {
    const design = requireDesign(o.dest, 'db-verify');
    const d = dialectOf(design.answers.db!);
    const texts = migrationTexts(o.dest, design);
    if (!o.json) o.say(`db-verify: ${design.schema!.tables.length} tables, ${design.migrations.length} migrations, ${d.label}`);
    show(result('integrity', integrity(o.dest, design, texts), `${texts.length} migrations as written, versions in order, every down undoes its up`));
    const l = lint(lintContext(design, d, texts));
    const off = l.off.map((x) => `${x.rule} off (${x.reason})${x.silenced ? `, ${x.silenced} silenced` : ''}`);
    show({ ...result('lint', l.findings, 'no finding'), summary: [result('lint', l.findings, 'no finding').summary, ...off].join('; ') });
    const scratch = await (o.scratch ?? openScratch)(d.id, o.env);
    try {
      const r = await replay(o.dest, design, d, texts, scratch);
      show({ ...result('replay', r.findings, r.summary), summary: r.findings.length ? `${r.findings.length} findings (${r.summary})` : r.summary });
      const dr = await drift(o.dest, design, d, texts, r.catalogAt, o);
      files.push(...dr.files);
      show(dr.step);
    } finally { await scratch.reset(); await scratch.close(); }
  } catch (e) {
    const msg = e instanceof CouldNotVerify || isUserError(e) ? e.message : undefined;
    if (msg === undefined) throw e;
    const findings = steps.flatMap((s) => s.findings);
    if (!o.json) for (const x of findings) o.say(findingLine(x));
    if (!o.json) o.say(`could not verify: ${msg}`);
    return { exit: 2, steps, findings, error: msg, files: [] };
  }
  const findings = steps.flatMap((s) => s.findings);
  if (!o.json) for (const x of findings) o.say(findingLine(x));
  return { exit: findings.length ? 1 : 0, steps, findings, files };
}
