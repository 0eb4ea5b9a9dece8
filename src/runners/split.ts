/**
 * The generated SQL of one migration as single statements, for runners that execute one statement a call
 * (Alembic through the driver). Knows the generated shapes only: `$$` bodies, BEGIN … END; trigger bodies
 * and comment lines; a statement ends at a line ending in `;` outside both.
 */
export function splitSql(sql: string): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  let dollar = false;
  let block = false;
  for (const line of sql.split('\n')) {
    // comment lines between statements go, but a linter's `-- squawk-ignore <rule>` stays with its statement
    if (!cur.length && ((/^\s*--/.test(line) && !/^-- squawk-ignore /.test(line)) || !line.trim())) continue;
    cur.push(line);
    const code = line.replace(/--.*$/, '');
    if ((code.match(/\$\$/g) ?? []).length % 2) dollar = !dollar;
    if (dollar) continue;
    const bare = code.replace(/\$\$.*?\$\$/g, "''"); // a one-line $$ body (DO $$ BEGIN … END $$;) opens no block
    const tx = /^\s*(BEGIN|COMMIT)\s*;\s*$/i.test(code); // a transaction statement, not a block
    if (!block && !tx && /\bBEGIN\b/i.test(bare) && !/\bEND\s*;\s*$/i.test(bare)) block = true;
    else if (block && /^\s*END\s*;\s*$/i.test(code)) block = false;
    if (!block && /;\s*$/.test(code)) {
      out.push(cur.join('\n').trim());
      cur = [];
    }
  }
  if (cur.some((l) => l.trim() && !/^\s*--/.test(l))) out.push(cur.join('\n').trim());
  return out;
}
