/** A MySQL script for a multipleStatements connection: text under the mysql client's `DELIMITER x` cut at x. */
export function splitDelimited(sql: string): string[] {
  if (!/^[ \t]*DELIMITER[ \t]+\S+/im.test(sql)) return [sql];
  const chunks: string[] = [];
  let delimiter = ';';
  let buf: string[] = [];
  const flush = () => {
    const text = buf.join('\n');
    buf = [];
    chunks.push(...(delimiter === ';' ? [text] : text.split(delimiter)));
  };
  for (const line of sql.split(/\r?\n/)) {
    const m = /^[ \t]*DELIMITER[ \t]+(\S+)[ \t]*$/i.exec(line);
    if (!m) {
      buf.push(line);
      continue;
    }
    flush();
    delimiter = m[1];
  }
  flush();
  return chunks.filter((c) => c.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, '').trim() !== '');
}
