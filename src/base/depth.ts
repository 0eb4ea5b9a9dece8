/**
 * JSON nested deeper than any answer or state needs is refused before it is parsed (a parser, a schema
 * check or a walk over 100,000 levels ends in a stack overflow): one line with where the limit was passed.
 */
export const MAX_DEPTH = 64;

/** `nested over 64 levels (line 1, column 65)`, or undefined when `text` stays within `limit` levels. */
export function depthLine(text: string, limit = MAX_DEPTH): string | undefined {
  let depth = 0;
  let inString = false;
  let line = 1;
  let col = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    col++;
    if (c === '\n') { line++; col = 0; }
    if (inString) {
      if (c === '\\') { i++; col++; } else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (++depth > limit) return `nested over ${limit} levels (line ${line}, column ${col}); at most ${limit} are read`;
    } else if (c === ']' || c === '}') depth--;
  }
  return undefined;
}
