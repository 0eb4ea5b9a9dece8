/** Pick any number of items on one screen (Space toggles, ↑↓ move, Enter ends; none is a valid answer). */
import { createPrompt, useKeypress, useState } from '@inquirer/core';
import type { Choice } from '../choices.js';
import { nextHeader, screen } from './session.js';
import { bold, cyan, dim, green, help, HIDE, POINTER, windowed } from './style.js';

export interface MultiConfig { header: string; message: string; choices: Choice[]; none: string }

const multiPrompt = createPrompt<string[], MultiConfig>((config, done) => {
  const { choices } = config;
  const [on, setOn] = useState<string[]>([]);
  const [at, setAt] = useState(0);
  const [finished, setFinished] = useState(false);
  useKeypress((key) => {
    if (finished) return;
    if (key.name === 'up') setAt(Math.max(0, at - 1));
    else if (key.name === 'down') setAt(Math.min(choices.length - 1, at + 1));
    else if (key.name === 'space') {
      const v = choices[at].value;
      setOn(on.includes(v) ? on.filter((x) => x !== v) : [...on, v]);
    } else if (key.name === 'return' || key.name === 'enter') {
      setFinished(true);
      done(choices.map((c) => c.value).filter((v) => on.includes(v)));
    }
  });
  const picked = choices.filter((c) => on.includes(c.value)).map((c) => c.label);
  if (finished) return `${green('✔')} ${config.header} ${bold(config.message)} ${cyan(picked.join(', ') || config.none)}`;
  const rows = choices.map((c, i) => `${i === at ? cyan(POINTER) : ' '} ${on.includes(c.value) ? green('◉') : '◯'} ${c.label}  ${dim(c.hint)}`);
  const sum = dim(`  selected: ${picked.join(', ') || config.none}`);
  return [config.header, bold(config.message), ...windowed(rows, at, 5), sum, help('↑↓ move · Space select/unselect · Enter confirm')].join('\n') + HIDE;
});

export const multi = (c: Omit<MultiConfig, 'header'>) => screen(() => multiPrompt({ ...c, header: nextHeader() }));
