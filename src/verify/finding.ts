/** What db-verify reports: findings (each `file:line rule-id message — fix`) grouped by the step that found them. */
export type Step = 'integrity' | 'lint' | 'replay' | 'drift';

export interface Finding { step: Step; file: string; line: number; rule: string; message: string; fix: string }

export const findingLine = (f: Finding) => `${f.file}:${f.line} ${f.rule} ${f.message} — ${f.fix}`;

/** A step that could not run to its end (no engine, no database, a refused scratch database): exit 2. */
export class CouldNotVerify extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CouldNotVerify';
  }
}

export interface StepResult { step: Step; status: 'ok' | 'findings' | 'skipped' | 'failed'; summary: string; findings: Finding[] }
