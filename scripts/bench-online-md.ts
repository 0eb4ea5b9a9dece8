/** The online section's table: one row a kind and engine (the JSON lines the load tests record when
 *  DBS_ONLINE_RESULTS names a file), written between the online markers of BENCHMARKS.md (the main table's
 *  markers are bench-md.ts's, untouched here). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

interface Side { maxMs: number; failed: number; statements: number; error: boolean }
interface Result { db: string; name: string; rows: number; online?: Side; offline: Side; effect: string; onlineNote: string }

const START = '<!-- bench-online:start -->';
const END = '<!-- bench-online:end -->';
const SAID: Record<string, string> = { breaks: 'old code fails', waits: 'writers wait', instant: 'no long lock here' }; // the legend: above the markers

const side = (s?: Side) => (s ? `${s.maxMs} ms, ${s.failed} failed${s.error ? ', migration failed' : ''}` : 'not run');

export function onlineTable(file: string, load: string): string {
  const rs: Result[] = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Result) : [];
  const rows = rs.length ? rs[0].rows.toLocaleString('en-US') : '?';
  const lines = [`Writers (the old code) under load while each kind's migration is applied to ${rows} books, online and offline`,
    `(\`BENCH_ONLINE=1\`, load-postgres.test.ts / load-mysql.test.ts; load average ${load}): the longest writer statement and the`,
    'writer statements that failed.', '',
    '| kind | engine | online: longest, failed | offline: longest, failed | offline form |', '|---|---|---|---|---|'];
  for (const r of [...rs].sort((a, b) => a.name.localeCompare(b.name) || a.db.localeCompare(b.db))) {
    const note = r.onlineNote ? ` (its -- ONLINE: line: ${r.onlineNote})` : '';
    lines.push(`| ${r.name} | ${r.db === 'mysql' ? 'MariaDB' : 'PostgreSQL'} | ${side(r.online)}${note} | ${side(r.offline)} | ${SAID[r.effect] ?? r.effect} |`);
  }
  return lines.join('\n');
}

/** Replaces the text between the online markers (appends the section with its markers when they are missing). */
export function writeOnline(md: string, body: string): void {
  const text = readFileSync(md, 'utf8');
  const [a, b] = [text.indexOf(START), text.indexOf(END)];
  const next = a >= 0 && b > a ? `${text.slice(0, a + START.length)}\n${body}\n${text.slice(b)}`
    : `${text.trimEnd()}\n\n## Online migrations under load\n\n${START}\n${body}\n${END}\n`;
  writeFileSync(md, next);
}
