/**
 * A migration file as one transaction: its leading `--` comment lines (the header) stay on top, then
 * BEGIN, the statements, COMMIT. A statement that fails leaves the database as it was.
 */

/** The header (leading comment lines) and the statements after it, blank lines at either end dropped. */
export function splitHead(sql: string): { head: string[]; body: string[] } {
  const lines = sql.replace(/\s+$/, '').split('\n');
  let n = 0;
  while (n < lines.length && lines[n].startsWith('--')) n++;
  const body = lines.slice(n);
  while (body.length && !body[0].trim()) body.shift();
  return { head: lines.slice(0, n), body };
}

/** BEGIN … COMMIT around the statements (PostgreSQL; SQLite without a foreign-keys switch). */
export function beginCommit(sql: string, before: string[] = [], after: string[] = []): string {
  const { head, body } = splitHead(sql);
  return `${[...head, ...before, 'BEGIN;', '', ...body, '', ...after, 'COMMIT;'].join('\n')}\n`;
}
