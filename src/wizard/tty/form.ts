/** Several decisions on one screen: a row each (↑↓ between rows; ←→ or Space changes the value in place; Enter
 *  opens the row's values as a list with their descriptions, ↑↓ pick, Enter closes it and moves on; Enter on
 *  "Continue" ends). Every row shows its value's one-line description and why it was preselected. */
import { createPrompt, useKeypress, useState } from '@inquirer/core';
import type { Choice } from '../choices.js';
import { nextHeader, screen } from './session.js';
import { bold, cyan, dim, green, help, HIDE, POINTER, yellow } from './style.js';

/** A row's values may depend on the other rows' (a default follows the type): a function of the values. */
export interface FormRow { key: string; label: string; choices: Choice[] | ((values: Record<string, string>) => Choice[]); value?: string; reason?: string }
const choicesOf = (r: FormRow, values: Record<string, string>) => (typeof r.choices === 'function' ? r.choices(values) : r.choices);
export interface FormConfig {
  header: string; message: string; rows: FormRow[]; submit?: string;
  /** A warning under the rows for the current values (e.g. an unsafe combination), or nothing. */
  warn?: (values: Record<string, string>) => string | undefined;
}

const step = (cs: Choice[], v: string, by: number) => {
  const i = cs.findIndex((c) => c.value === v);
  return cs[(i + by + cs.length) % cs.length].value;
};

const formPrompt = createPrompt<Record<string, string>, FormConfig>((config, done) => {
  const { rows } = config;
  const [values, setValues] = useState<Record<string, string>>(() => {
    const v: Record<string, string> = {};
    for (const r of rows) v[r.key] = r.value ?? choicesOf(r, v)[0].value;
    return v;
  });
  const [changed, setChanged] = useState<string[]>([]);
  const [at, setAt] = useState(0);
  const [open, setOpen] = useState(false);
  const [finished, setFinished] = useState(false);
  const last = rows.length; // the Continue row
  const change = (r: FormRow, by: number) => {
    const next = { ...values, [r.key]: step(choicesOf(r, values), values[r.key], by) };
    for (const o of rows) { // a row whose values follow this one keeps its value only while it is offered
      const cs = choicesOf(o, next);
      if (!cs.some((c) => c.value === next[o.key])) next[o.key] = cs[0].value;
    }
    setValues(next);
    if (!changed.includes(r.key)) setChanged([...changed, r.key]);
  };
  useKeypress((key) => {
    if (finished) return;
    const enter = key.name === 'return' || key.name === 'enter';
    if (open) {
      if (key.name === 'up' || key.name === 'down') change(rows[at], key.name === 'up' ? -1 : 1);
      else if (enter || key.name === 'escape') { setOpen(false); if (enter) setAt(at + 1); }
      return;
    }
    if (key.name === 'up') setAt(Math.max(0, at - 1));
    else if (key.name === 'down' || key.name === 'tab') setAt(Math.min(last, at + 1));
    else if (at < last && ['left', 'right', 'space'].includes(key.name)) change(rows[at], key.name === 'left' ? -1 : 1);
    else if (enter && at < last) setOpen(true);
    else if (enter) { setFinished(true); done(values); }
  });
  const width = Math.max(...rows.map((r) => r.label.length));
  const label = (r: FormRow) => choicesOf(r, values).find((c) => c.value === values[r.key])!;
  if (finished) {
    return `${green('✔')} ${config.header} ${bold(config.message)} ${cyan(rows.map((r) => label(r).label).join(' · '))}`;
  }
  const out = [config.header, bold(config.message)];
  rows.forEach((r, i) => {
    const c = label(r);
    const focus = i === at;
    const value = focus ? cyan(`◂ ${c.label} ▸`) : c.label;
    out.push(`${focus ? cyan(POINTER) : ' '} ${r.label.padEnd(width)}  ${value}  ${dim(c.hint)}`);
    if (focus && open) out.push(...choicesOf(r, values).map((x) => (x.value === c.value ? cyan(`    ${POINTER} ${x.label}  `) + dim(x.hint) : `      ${x.label}  ${dim(x.hint)}`)));
    else if (focus) out.push(dim(`    ${choicesOf(r, values).map((x) => (x.value === c.value ? `[${x.label}]` : x.label)).join(' · ')}`));
    if (r.reason && !changed.includes(r.key)) out.push(dim(`    ${r.reason}`));
  });
  const warning = config.warn?.(values);
  if (warning) out.push(yellow(`! ${warning}`));
  out.push(`${at === last ? cyan(POINTER) : ' '} ${bold(config.submit ?? 'Continue')}`);
  out.push(help(open ? '↑↓ pick · Enter take it and go on · Esc close' : `↑↓ rows · ←→ or Space change the value · Enter list the values · Enter on ${config.submit ?? 'Continue'} ends`));
  return out.join('\n') + HIDE;
});

export const form = (c: Omit<FormConfig, 'header'>) => screen(() => formPrompt({ ...c, header: nextHeader() }));
