/** A long text on one screen (the DDL, a migration preview) that scrolls (↑↓, PgUp/PgDn, Home/End; q closes
 *  the view), with the actions to choose from under it (←→ or Tab, Enter). */
import { createPrompt, useKeypress, useState } from '@inquirer/core';
import type { Choice } from '../choices.js';
import { nextHeader, screen } from './session.js';
import { bold, cyan, dim, fit, green, help, HIDE, inverse } from './style.js';

export interface PagerConfig {
  header: string; title: string; lines: string[]; actions: Choice[];
  /** Colouring of one visible line (applied after the line is cut to the terminal width). */
  paint?: (line: string, index: number) => string;
  /** Shown between the text and the actions (e.g. "db/seed.sql is stale"). */
  note?: string;
}

const RESERVED = 7; // header, title, note, actions, action hint, help, the cursor row

const pagerPrompt = createPrompt<string, PagerConfig>((config, done) => {
  const { lines, actions } = config;
  const page = Math.max(5, (process.stdout.rows || 24) - RESERVED - (config.note ? config.note.split('\n').length : 0));
  const maxTop = Math.max(0, lines.length - page);
  const [top, setTop] = useState(0);
  const [pick, setPick] = useState(0);
  const [open, setOpen] = useState(true);
  const [finished, setFinished] = useState(false);
  useKeypress((key) => {
    if (finished) return;
    const scroll = (to: number) => { setOpen(true); setTop(Math.min(maxTop, Math.max(0, to))); };
    const move = (by: number) => setPick((pick + by + actions.length) % actions.length);
    switch (key.name) {
      case 'up': return scroll(top - 1);
      case 'down': return scroll(top + 1);
      case 'pageup': return scroll(top - page);
      case 'pagedown': case 'space': return scroll(top + page);
      case 'home': return scroll(0);
      case 'end': return scroll(maxTop);
      case 'left': return move(-1);
      case 'right': case 'tab': return move(1);
      case 'q': return setOpen(!open);
      case 'return': case 'enter': setFinished(true); return done(actions[pick].value);
    }
  });
  if (finished) return `${green('✔')} ${config.header} ${bold(config.title)} ${cyan(actions[pick].label)}`;
  const paint = config.paint ?? ((l: string) => l);
  const shown = open ? lines.slice(top, top + page) : [];
  const where = lines.length > page ? `lines ${top + 1}–${Math.min(lines.length, top + page)} of ${lines.length}` : `${lines.length} lines`;
  const out = [config.header, `${bold(config.title)} ${dim(open ? `(${where})` : '(view closed: ↑↓ opens it again)')}`];
  out.push(...shown.map((l, i) => paint(fit(l), top + i)));
  if (config.note) out.push(config.note);
  out.push(actions.map((a, i) => (i === pick ? inverse(` ${a.label} `) : ` ${a.label} `)).join(' '));
  out.push(dim(`  ${actions[pick].hint}`));
  out.push(help('↑↓ PgUp PgDn Home End scroll · q close the view · ←→ choose · Enter confirm'));
  return out.join('\n') + HIDE;
});

export const pager = (c: Omit<PagerConfig, 'header'>) => screen(() => pagerPrompt({ ...c, header: nextHeader() }));
