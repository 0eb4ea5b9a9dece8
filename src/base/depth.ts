/**
 * JSON nested deeper than any answer or state needs is refused before it is parsed (a parser, a schema
 * check or a walk over 100,000 levels ends in a stack overflow): one line with where the limit was passed.
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
