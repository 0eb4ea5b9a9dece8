/**
 * JSON nested deeper than any answer or state needs is refused before a schema check or a recursive walk meets it
 * (over 100,000 levels they end in a stack overflow): one line with where the limit was passed.
 */
export const MAX_DEPTH = 64;

/** `nested over 64 levels (line 1, column 65)`, or undefined when `text` stays within `limit` levels. One pass over
 *  char codes; the line and column are counted only for the refusal. */
export function depthLine(text: string, limit = MAX_DEPTH): string | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) { // a string: skip to its closing quote
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x5b || c === 0x7b) { // [ {
      if (++depth > limit) return `nested over ${limit} levels (${lineCol(text, i)}); at most ${limit} are read`;
    } else if (c === 0x5d || c === 0x7d) depth--; // ] }
  }
  return undefined;
}

/**
 * Whether a parsed value nests deeper than `limit` levels (objects and arrays), walked without recursion: V8's
 * JSON.parse itself takes any depth, so a big file (design.json: 3.5 MB at 1,000 entities) is parsed first and
 * checked here in ~10 ms, where depthLine's scan of its characters takes ~95 (both cold); depthLine then says where.
 */
export function nestsDeeper(value: unknown, limit = MAX_DEPTH): boolean {
  const stack: unknown[] = [value];
  const depths: number[] = [1];
  while (stack.length) {
    const x = stack.pop() as object;
    const d = depths.pop()!;
    if (d > limit) return true;
    const kids = Array.isArray(x) ? x : Object.values(x);
    for (let i = 0; i < kids.length; i++) {
      const y: unknown = kids[i];
      if (y !== null && typeof y === 'object') { stack.push(y); depths.push(d + 1); }
    }
  }
  return false;
}

/** Where `at` is, counted as editors do, except that a character after a backslash in a string never ends a line. */
function lineCol(text: string, at: number): string {
  let line = 1;
  let col = 0;
  for (let i = 0, inString = false; i <= at; i++) {
    const c = text[i];
    col++;
    if (c === '\n') { line++; col = 0; }
    if (inString && c === '\\') { i++; col++; } else if (c === '"') inString = !inString;
  }
  return `line ${line}, column ${col}`;
}
