/** The relations matrix on one screen: a row per candidate pair (kind ←→, ON DELETE with d), a keep/drop row per
 *  entity with no relation, a row to add any pair (self-reference included, the FK column typed), then Done. */
import { createPrompt, useKeypress, useState } from '@inquirer/core';
import type { Relation } from '../../state/model-schema.js';
import { defaultColumn } from '../../model/relations.js';
import { junctionName } from '../../model/naming.js';
import { defaultAction, FK_ACTIONS, FK_HINT, kindsOf, toRelation, type PairRow } from '../kinds.js';
import { nextHeader, screen } from './session.js';
import { bold, cyan, dim, green, help, HIDE, POINTER, red, SHOW, windowed, yellow } from './style.js';

export interface MatrixConfig {
  header: string; entities: string[]; rows: (PairRow & { why?: string })[];
  loose: (rels: Relation[]) => string[];
  /** db-relation: Done needs at least one relation. */
  needOne?: boolean;
}
export interface MatrixAnswer { relations: Relation[]; drop: string[] }
interface Adding { stage: 0 | 1 | 2; from: number; to: number }

const cycle = <T>(xs: readonly T[], x: T, by: number) => xs[(xs.indexOf(x) + by + xs.length) % xs.length];
/** The junction table a many-to-many row makes (as compile names it: a typed name, else a_bs). */
const junctionOf = (r: PairRow) => (r.column && !r.column.endsWith('_id') ? r.column : junctionName(r.a, r.b));
const linked = (r: PairRow) => r.kind !== 'none' && r.kind !== 'many-to-many';

const matrixPrompt = createPrompt<MatrixAnswer, MatrixConfig>((config, done) => {
  const names = config.entities;
  const [rows, setRows] = useState(config.rows);
  const [drop, setDrop] = useState<string[]>([]);
  const [at, setAt] = useState(0);
  const [adding, setAdding] = useState<Adding | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [typed, setTyped] = useState('');
  const [finished, setFinished] = useState(false);
  const answers = (rs: PairRow[]) => rs.filter((r) => !r.held).map(toRelation); // a held row is the entity lines' own
  const loose = [...new Set([...config.loose(answers(rows)), ...drop])];
  const addAt = rows.length + loose.length;
  useKeypress((key, rl) => {
    if (finished) return;
    setError(undefined);
    const enter = key.name === 'return' || key.name === 'enter';
    if (adding) {
      const by = key.name === 'left' ? -1 : key.name === 'right' || key.name === 'space' ? 1 : 0;
      if (key.name === 'escape') return setAdding(undefined);
      if (adding.stage < 2 && by) return setAdding({ ...adding, [adding.stage ? 'to' : 'from']: ((adding.stage ? adding.to : adding.from) + by + names.length) % names.length });
      if (!enter) return adding.stage === 2 ? setTyped(rl.line) : undefined;
      const [a, b] = [names[adding.from], names[adding.to]];
      if (adding.stage < 2) {
        if (adding.stage === 1) { rl.clearLine(0); rl.write(defaultColumn(a, b)); setTyped(defaultColumn(a, b)); }
        return setAdding({ ...adding, stage: (adding.stage + 1) as 1 | 2 });
      }
      const column = typed.trim() || defaultColumn(a, b);
      if (!/^[a-z][a-z0-9_]*_id$/.test(column)) { rl.write(column); return setError(`FK column '${column}': lower-case letters, digits, _ and ending in _id`); }
      setRows([...rows, { a, b, kind: 'a-b', column }]);
      setAdding(undefined);
      return setAt(rows.length);
    }
    if (key.name === 'up') return setAt(Math.max(0, at - 1));
    if (key.name === 'down' || key.name === 'tab') return setAt(Math.min(addAt + 1, at + 1));
    const row = rows[at];
    const by = key.name === 'left' ? -1 : key.name === 'right' ? 1 : 0;
    if (row?.held && (by || key.name === 'd')) return setError(`${row.held} holds it: change it in the entity lines, or later with db-change`);
    if (row && by) return setRows(rows.map((r, i) => (i === at ? { ...r, kind: cycle(kindsOf(r.a, r.b).map((k) => k.value), r.kind, by) } : r)));
    if (row && key.name === 'd' && linked(row)) {
      return setRows(rows.map((r, i) => (i === at ? { ...r, onDelete: cycle(FK_ACTIONS, r.onDelete ?? defaultAction(r.kind), 1) } : r)));
    }
    const name = at >= rows.length && at < addAt ? loose[at - rows.length] : undefined;
    if (name && (by || key.name === 'space')) return setDrop(drop.includes(name) ? drop.filter((d) => d !== name) : [...drop, name]);
    if (!enter) return;
    if (at < addAt) return setAt(at + 1);
    if (at === addAt) return setAdding({ stage: 0, from: 0, to: 0 });
    const relations = answers(rows).filter((r) => !drop.includes(r.from) && !drop.includes(r.to));
    if (config.needOne && !relations.some((r) => r.kind !== 'none')) return setError('no relation yet: set a kind with ←→ or add a pair');
    setFinished(true);
    done({ relations, drop });
  });
  const set = rows.filter((r) => r.kind !== 'none').length;
  if (finished) return `${green('✔')} ${config.header} ${bold('Relations')} ${cyan(`${set} set${drop.length ? `, dropped ${drop.join(', ')}` : ''}`)}`;
  const mark = (i: number) => (i === at ? cyan(POINTER) : ' ');
  const width = Math.max(10, ...rows.map((r) => `${r.a} ↔ ${r.b}`.length));
  const body: string[] = [];
  let focusLine = 0;
  rows.forEach((r, i) => {
    const kinds = kindsOf(r.a, r.b);
    const k = kinds.find((x) => x.value === r.kind) ?? kinds[0];
    const fk = linked(r) ? `  on delete: ${r.onDelete ?? defaultAction(r.kind)}` : r.kind === 'many-to-many' ? `  junction ${junctionOf(r)}, cascade` : '';
    const col = r.kind === 'a-b' || r.kind === 'one-to-one' ? `  FK ${r.b}.${r.column ?? defaultColumn(r.a, r.b)}` : '';
    if (i === at) focusLine = body.length;
    const label = r.held ? k.label : i === at ? cyan(`◂ ${k.label} ▸`) : k.label; // a held row has no ◂ ▸: nothing to cycle
    body.push(`${mark(i)} ${`${r.a} ↔ ${r.b}`.padEnd(width)}  ${label}${dim(fk + col + (r.held ? `  held by ${r.held}, read-only` : ''))}`);
    if (i === at) body.push(dim(`    ${k.hint}${linked(r) ? `; on delete ${r.onDelete ?? defaultAction(r.kind)}: ${FK_HINT[r.onDelete ?? defaultAction(r.kind)]}` : ''}${r.why ? ` (${r.why})` : ''}`));
  });
  loose.forEach((n, j) => body.push(`${mark(rows.length + j)} ${yellow(n.padEnd(width))}  ${drop.includes(n) ? red('drop it') : 'keep it'}${dim(' (no relation yet: ←→ keep / drop)')}`));
  if (at >= rows.length) focusLine = body.length - 1;
  const out = [config.header, bold('Relations between the entities'), ...windowed(body, focusLine, 8)];
  const tail: string[] = [];
  if (adding) {
    const pick = (i: number, on: boolean) => (on ? cyan(`◂ ${names[i]} ▸`) : names[i]);
    out.push(`${cyan(POINTER)} Add: ${pick(adding.from, adding.stage === 0)} ↔ ${pick(adding.to, adding.stage === 1)}${adding.stage === 2 ? `  FK column in ${names[adding.to]}: ${typed}` : ''}`);
  } else out.push(`${mark(addAt)} + Add a pair ${dim('(any two entities, or one entity twice for a self-reference)')}`);
  tail.push(`${mark(addAt + 1)} ${bold('Done')}`);
  if (error) tail.push(red(`>> ${error}`));
  tail.push(help(adding ? '←→ pick the entity · Enter next · Esc cancel' : '↑↓ rows · ←→ kind · d on delete · Enter next / add / Done'));
  if (adding?.stage === 2) return [out.join('\n') + SHOW, tail.join('\n')]; // the typed column is on the cursor's line
  out.push(...tail);
  return out.join('\n') + HIDE;
});

export const matrix = (c: Omit<MatrixConfig, 'header'>) => screen(() => matrixPrompt({ ...c, header: nextHeader() }));
