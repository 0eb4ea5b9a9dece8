/**
 * The nesting check (src/base/depth.ts) scans char codes and counts lines only for its refusal; the character
 * loop it replaced is the oracle here: on random texts (valid JSON or not: brackets, quotes, backslashes,
 * newlines, deep nests) both give the same answer, line and column included.
 */
import fc from 'fast-check';
import { depthLine, nestsDeeper } from '../../src/base/depth.js';

function oracle(text: string, limit = 64): string | undefined {
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

const piece = fc.constantFrom('[', '{', ']', '}', '"', '\\', '\n', 'a', ' ', ':', ',', '\\"', '[[[[[[[[', '{"a":[');

test('the same verdict, line and column as the character loop', () => {
  fc.assert(fc.property(fc.array(piece, { maxLength: 120 }), fc.integer({ min: 1, max: 8 }), (parts, limit) => {
    const text = parts.join('');
    expect(depthLine(text, limit)).toBe(oracle(text, limit));
  }), { seed: 14, numRuns: 2000 });
});

test('a 65th level is refused where it opens (the object counts); 64 are read', () => {
  expect(depthLine(`${'['.repeat(64)}${']'.repeat(64)}`)).toBeUndefined();
  expect(depthLine(`{"a":\n ${'['.repeat(65)}`)).toBe('nested over 64 levels (line 2, column 65); at most 64 are read');
});

test('nestsDeeper on the parsed value says what depthLine says of its text, at every limit', () => {
  fc.assert(fc.property(fc.jsonValue({ maxDepth: 9 }), fc.integer({ min: 1, max: 10 }), (v, limit) => {
    const text = JSON.stringify(v);
    const parsed: unknown = JSON.parse(text);
    const deeper = parsed !== null && typeof parsed === 'object' && nestsDeeper(parsed, limit);
    expect(deeper).toBe(depthLine(text, limit) !== undefined);
  }), { seed: 15, numRuns: 2000 });
  expect(nestsDeeper(JSON.parse(`${'['.repeat(64)}${']'.repeat(64)}`))).toBe(false);
  expect(nestsDeeper(JSON.parse(`{"a": ${'['.repeat(64)}${']'.repeat(64)}}`))).toBe(true);
});
