/** The bench's table and goals, printed and written between the markers of BENCHMARKS.md (the text around them
 *  is written by hand: what each number means and, for a goal not reached, where the time goes). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Stats } from './bench-run.js';

export interface Row { key: string; label: string; base?: string }
export interface Goal { text: string; value: string; ok: boolean }

const ms = (x: number) => `${x.toFixed(0)} ms`;

export function goals(s: Map<string, Stats>): Goal[] {
  const m = (k: string) => s.get(k)?.median ?? NaN;
  const has = (...ks: string[]) => ks.every((k) => s.has(k));
  const out: Goal[] = [];
  const ratio = (text: string, a: string, b: string, max: number) => {
    if (has(a, b)) out.push({ text, value: `×${(m(a) / m(b)).toFixed(2)}`, ok: m(a) / m(b) <= max });
  };
  ratio('bin, 40 entities ≤ 3× `node -e 0`', 'bin40', 'node', 3);
  ratio('`plop db-schema`, 40 entities ≤ 1.3× plop running an empty generator', 'plop40', 'plopEmpty', 1.3);
  if (has('bin40', 'bin1000')) out.push({ text: '1,000 entities add ≤ 100 ms over 40', value: `+${ms(m('bin1000') - m('bin40'))}`, ok: m('bin1000') - m('bin40') <= 100 });
  ratio('10,000 entities ≤ 10× the time of 1,000', 'bin10000', 'bin1000', 10);
  const mem = s.get('bin10000')?.memMB;
  if (mem !== undefined) out.push({ text: '10,000 entities under 300 MB peak', value: `${mem.toFixed(0)} MB`, ok: mem < 300 });
  ratio('db-change on 1,000 entities ≤ 2× db-schema on 1,000', 'change1000', 'bin1000', 2);
  if (has('bin40', 'drizzle40')) {
    const value = `×${(m('drizzle40') / m('bin40')).toFixed(2)} (drizzle-kit / bin)`;
    out.push({ text: 'bin faster than `drizzle-kit generate` (40 entities)', value, ok: m('bin40') < m('drizzle40') });
  }
  return out;
}

export function table(rows: Row[], s: Map<string, Stats>, g: Goal[], head: string): string {
  const lines = [head, '', '| command | median | min | max | peak memory | vs |', '|---|---:|---:|---:|---:|---|'];
  for (const r of rows) {
    const x = s.get(r.key);
    if (!x) continue;
    const vs = r.base && s.get(r.base) ? `×${(x.median / s.get(r.base)!.median).toFixed(2)} ${rows.find((b) => b.key === r.base)?.label ?? r.base}` : '';
    lines.push(`| ${r.label} | ${ms(x.median)} | ${ms(x.min)} | ${ms(x.max)} | ${x.memMB === undefined ? '' : `${x.memMB.toFixed(0)} MB`} | ${vs} |`);
  }
  lines.push('', '| goal | measured | reached |', '|---|---:|:---:|');
  for (const x of g) lines.push(`| ${x.text} | ${x.value} | ${x.ok ? 'yes' : '**no**'} |`);
  return lines.join('\n');
}

const START = '<!-- bench:start (written by npm run bench) -->';
const END = '<!-- bench:end -->';

/** Replace what lies between the markers (or append them with the table). */
export function writeBenchmarks(file: string, body: string): void {
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const [a, b] = [old.indexOf(START), old.indexOf(END)];
  const next = a >= 0 && b > a ? `${old.slice(0, a)}${START}\n${body}\n${old.slice(b)}` : `${old.trimEnd()}\n\n${START}\n${body}\n${END}\n`;
  writeFileSync(file, next);
}
