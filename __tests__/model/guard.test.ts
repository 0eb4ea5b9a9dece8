/** The control-character guard: what passes (printable text in any script, emoji), what is refused and how it is named. */
import { guardStrings, guardText, refusedChar } from '../../src/model/guard.js';

test.each([
  ['plain ASCII with quotes and backslashes', `it's \\ "q" $$ -- /* ; %`],
  ['accents, CJK, right-to-left letters', 'héllo 日本 שלום مرحبا'],
  ['emoji with a joiner and a variation selector', '👩‍💻 ❤️ 🎉'],
  ['a no-break space and a zero-width space', 'a\u00A0b\u200Bc'],
])('%s passes', (_what, text) => {
  expect(refusedChar(text)).toBeUndefined();
  expect(guardText('here', 'value', text)).toBe(text);
});

test.each([
  ['\u0000', 'U+0000', 'a control character'], ['\u0007', 'U+0007', 'a control character'], ['\u001b', 'U+001B', 'a control character'],
  ['\r', 'U+000D', 'a control character'], ['\u007f', 'U+007F', 'a control character'], ['\u0085', 'U+0085', 'a control character'],
  ['\u009b', 'U+009B', 'a control character'], ['\u2028', 'U+2028', 'a control character'], ['\ufeff', 'U+FEFF', 'a control character'],
  ['\u202a', 'U+202A', 'a bidirectional control character'], ['\u202e', 'U+202E', 'a bidirectional control character'],
  ['\u2066', 'U+2066', 'a bidirectional control character'], ['\u2069', 'U+2069', 'a bidirectional control character'],
  ['\u200f', 'U+200F', 'a bidirectional control character'], ['\u061c', 'U+061C', 'a bidirectional control character'],
  ['\ud800', 'U+D800', 'an unpaired surrogate'], ['\udfff', 'U+DFFF', 'an unpaired surrogate'],
])('%j is refused as %s', (ch, code, kind) => {
  expect(() => guardText('entities line 3 (Post) field \'s\'', 'enum value', `x${ch}y`))
    .toThrow(new RegExp(`^entities line 3 \\(Post\\) field 's': enum value "x.*y" contains ${kind} \\(${code.replace('+', '\\+')}\\); use printable text$`));
});

test('tab and LF only where lines are allowed; the shown text is escaped and cut', () => {
  expect(() => guardText('w', 'name', 'a\tb')).toThrow(/name "a\\u0009b" contains a control character \(U\+0009\)/);
  expect(guardText('w', 'seed value', 'a\tb\nc', { lines: true })).toBe('a\tb\nc');
  expect(() => guardText('w', 'v', `${'x'.repeat(50)}\u0000`)).toThrow(/v "x{40}…" contains/);
  expect(() => guardText('w', 'v', '🎉 é\u0000')).toThrow(/v "🎉 é\\u0000" contains/);
});

test('every string of a nested answer is checked, named by its key path', () => {
  expect(() => guardStrings('--spec s.json', { relations: [{ from: 'A', column: 'b\u0000' }] }))
    .toThrow(/^--spec s\.json: relations\[0\]\.column "b\\u0000" contains a control character \(U\+0000\)/);
  expect(() => guardStrings('--spec s.json', { intake: 'two\nlines' }, () => ({ lines: true }))).not.toThrow();
});
