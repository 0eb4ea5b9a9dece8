/**
 * splitTop (src/model/split.ts) as the slices of the text it walks is the character-by-character original:
 * the same pieces on fast-check's texts made of the characters it looks at (separators, parentheses, quotes,
 * `enum`) and a few others (a space, a letter, an emoji), and on the entity texts of every example.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { splitTop } from '../../src/model/split.js';
import { EXAMPLES, ROOT } from '../support/golden.js';

/** The original, kept as the oracle. */
function reference(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0, cur = '', quoted = false, literalQuotes = false;
  for (const ch of s) {
    if (quoted) {
      if (ch === "'") quoted = false;
      cur += ch;
      continue;
    }
    if (ch === "'" && depth > 0 && !literalQuotes) quoted = true;
    if (ch === '(') {
      if (depth === 0) literalQuotes = /enum\s*$/i.test(cur);
      depth++;
    }
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === sep && depth === 0) { out.push(cur); cur = ''; } else cur += ch;
  }
  out.push(cur);
  return out;
}

const SEPS = [',', ';', ':', '|'];
const piece = fc.constantFrom(',', ';', ':', '|', '(', ')', "'", ' ', 'a', 'enum', 'ENUM ', 'default', '😀', '\n');

test('the same pieces as the original on texts of the characters it reads', () => {
  fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom(...SEPS), (parts, sep) => {
    const s = parts.join('');
    expect(splitTop(s, sep)).toEqual(reference(s, sep));
  }), { numRuns: 3000 });
});

test('the same pieces on every example entity text, each separator', () => {
  for (const e of EXAMPLES) {
    const text = JSON.parse(readFileSync(join(ROOT, 'examples', `${e}.json`), 'utf8')).entities as string;
    for (const line of text.split('\n')) for (const sep of SEPS) expect(splitTop(line, sep)).toEqual(reference(line, sep));
  }
});
