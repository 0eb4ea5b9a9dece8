/** Several typed lines on one screen (the entity list): Enter checks the line and opens the next, ↑↓ go back to
 *  a line to edit it, a blank line at the end finishes, a line emptied and left is dropped. A refused line
 *  stays on the prompt, editable, with the reason under it; the other lines are kept. */
import { createPrompt, useEffect, useKeypress, useState } from '@inquirer/core';
import type { Check } from '../io.js';
import { nextHeader, screen } from './session.js';
import { bold, cyan, dim, green, help, red, windowed } from './style.js';

export interface LinesConfig { header: string; message: string; intro?: string; prefill?: string[]; check?: Check; single?: boolean }

const joined = (ls: string[]) => ls.map((l) => l.trim()).filter(Boolean).join('\n');
const short = (t: string) => (t.length > 70 ? `${t.slice(0, 69)}…` : t);

const linesPrompt = createPrompt<string, LinesConfig>((config, done) => {
  const [rows, setRows] = useState<string[]>(() => [...(config.prefill ?? []).map((l) => l.trim()).filter(Boolean), '']);
  const [at, setAt] = useState(0);
  const [value, setValue] = useState(rows[0]);
  const [error, setError] = useState<string | undefined>();
  const [finished, setFinished] = useState(false);
  useEffect((rl) => { if (rows[0]) rl.write(rows[0]); }, []);
  useKeypress((key, rl) => {
    if (finished) return;
    const load = (i: number, next: string[]) => {
      rl.clearLine(0);
      rl.write(next[i]);
      setRows(next); setAt(i); setValue(next[i]); setError(undefined);
    };
    const here = [...rows];
    if (key.name === 'up' || key.name === 'down') {
      here[at] = value; // readline has already put a history entry on its line
      const to = key.name === 'up' ? Math.max(0, at - 1) : Math.min(here.length - 1, at + 1);
      return load(to, here);
    }
    if (key.name !== 'return' && key.name !== 'enter') { setValue(rl.line); setError(undefined); return; }
    const line = value.trim();
    here[at] = line;
    const lastRow = at === here.length - 1;
    if (!line && !lastRow) { here.splice(at, 1); return load(at, here); } // emptied: dropped
    if (!line || config.single) {
      const text = joined(here);
      const ok = !text ? (config.single ? 'type one paragraph' : 'type at least one line') : config.check ? config.check(text) : true;
      if (ok === true) { setRows(here); setFinished(true); return done(text); }
      rl.write(value);
      return setError(ok);
    }
    const ok = config.check ? config.check(joined(here.slice(0, at + 1))) : true;
    if (ok !== true) { rl.write(value); return setError(ok); }
    if (lastRow) here.push('');
    load(at + 1, here);
  });
  if (finished) {
    const n = joined(rows).split('\n').length;
    return `${green('✔')} ${config.header} ${bold(config.message)} ${cyan(config.single ? short(joined(rows)) : `${n} line${n === 1 ? '' : 's'}`)}`;
  }
  const num = (i: number) => (config.single ? '' : dim(`${String(i + 1).padStart(2)} `));
  const all = rows.map((l, i) => `  ${num(i)}${l}`); // the lines that fit around the one edited
  const shown = windowed(all, at, 6 + (config.intro?.split('\n').length ?? 0));
  const cut = shown.indexOf(all[at]);
  const before = shown.slice(0, cut);
  const after = shown.slice(cut + 1).filter((l) => l.trim());
  const top = [config.header, bold(config.message), ...(config.intro ? [dim(config.intro)] : []), ...before];
  const keys = config.single ? 'Enter to finish' : 'Enter: next line · ↑↓: edit another line · blank line at the end: finish';
  const bottom = [...after, ...(error ? [red(`>> ${error}`)] : []), help(keys)];
  return [[...top, `${cyan('❯')} ${num(at)}${value}`].join('\n'), bottom.join('\n')];
});

export const textLines = (c: Omit<LinesConfig, 'header'>) => screen(() => linesPrompt({ ...c, header: nextHeader() }));
