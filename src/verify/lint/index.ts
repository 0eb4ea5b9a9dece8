/**
 * Lint: every rule over the design and its migrations; each finding `file:line rule-id message — fix`.
 * A rule switched off in the design (`"lint": {"ban-drop-column": "legacy table"}`) reports nothing and is
 * listed with its reason. Each rule has a page in docs/lint.md.
 */
import type { Finding } from '../finding.js';
import type { LintContext, Rule } from './context.js';
import { addingNotNullableField, addingRequiredField, banDropColumn, banDropTable } from './rules-data.js';
import { changingColumnType, constraintMissingNotValid, renamingColumn, renamingTable, requireConcurrentIndexCreation } from './rules-online.js';
import { offlineAtMultiReplica } from './rule-offline-scale.js';
import { checkDiffersByEngine, identifierTooLong, requireIndexForForeignKey } from './rules-schema.js';
import { fail } from '../../cli/errors.js';

export const RULES: Rule[] = [
  requireIndexForForeignKey, addingRequiredField, addingNotNullableField, banDropTable, banDropColumn,
  requireConcurrentIndexCreation, constraintMissingNotValid, renamingColumn, renamingTable, changingColumnType,
  identifierTooLong, checkDiffersByEngine, offlineAtMultiReplica,
];

export interface LintResult { findings: Finding[]; off: { rule: string; reason: string; silenced: number }[] }

export function lint(ctx: LintContext): LintResult {
  const off = ctx.design.lint ?? {};
  const ids = RULES.flatMap((r) => [r.id, ...(r.alias ? [r.alias] : [])]);
  const unknown = Object.keys(off).find((k) => !ids.includes(k));
  if (unknown) fail(`db/design.json: lint: unknown rule '${unknown}' (rules: ${RULES.map((r) => r.id).join(', ')})`);
  const findings: Finding[] = [];
  const silenced: LintResult['off'] = [];
  for (const r of RULES) {
    const found = r.check(ctx).map((f) => ({ ...f, step: 'lint' as const, rule: r.id }));
    const reason = off[r.id] ?? (r.alias ? off[r.alias] : undefined);
    if (reason !== undefined) silenced.push({ rule: r.id, reason, silenced: found.length });
    else findings.push(...found);
  }
  return { findings, off: silenced };
}
