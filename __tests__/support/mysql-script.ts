/**
 * Splits a MariaDB script for a multipleStatements connection. Compound statements
 * (BEGIN NOT ATOMIC … END, trigger bodies) need no help: the server parses them whole.
 * Only the mysql client's `DELIMITER x` directive is handled here: text under the default
 * ';' delimiter is sent as one chunk, text under a custom delimiter is cut at that delimiter
 * (a naive cut: the custom delimiter must not occur inside string literals).
 */
export function splitMysqlScript(sql: string): string[] {
  if (!/^[ \t]*DELIMITER[ \t]+\S+/im.test(sql)) return [sql];
  const chunks: string[] = [];
  let delimiter = ';';
  let buf: string[] = [];
  const flush = () => {
    const text = buf.join('\n');
    buf = [];
    if (delimiter === ';') chunks.push(text);
    else chunks.push(...text.split(delimiter));
  };
  for (const line of sql.split(/\r?\n/)) {
    const m = /^[ \t]*DELIMITER[ \t]+(\S+)[ \t]*$/i.exec(line);
    if (m) {
      flush();
      delimiter = m[1];
    } else buf.push(line);
  }
  flush();
  return chunks.filter((c) => c.trim() !== '');
}

/** True for the error the server gives a chunk that holds only comments/whitespace. */
export function isEmptyQueryError(e: unknown): boolean {
  return (e as { errno?: number }).errno === 1065;
}
