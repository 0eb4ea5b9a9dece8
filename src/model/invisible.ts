/**
 * Names (entities, fields, enum values) must read as what they are: a zero-width space would make `title`
 * and `ti​tle` two names that look one (and snake_case turns it into `_`). Invisible and format characters
 * and the spaces other than U+0020 are refused in one line naming the character.
 */
import { fail } from '../base/errors.js';
import { shown } from './guard.js';

// soft hyphen, combining grapheme joiner, Hangul fillers, Khmer and Mongolian invisibles, zero-width
// space/joiners, word joiner and invisible operators, deprecated format controls, variation selectors,
// tags; and the spaces other than U+0020 (no-break, en/em, thin, ideographic, …)
const RANGES = [
  '\\u00A0\\u00AD\\u034F\\u115F\\u1160\\u1680\\u17B4\\u17B5\\u180B-\\u180F\\u2000-\\u200D\\u202F\\u205F-\\u2064',
  '\\u206A-\\u206F\\u2800\\u3000\\u3164\\uFE00-\\uFE0F\\uFFA0\\u{1BCA0}-\\u{1BCA3}\\u{E0000}-\\u{E007F}\\u{E0100}-\\u{E01EF}',
];
const INVISIBLE = new RegExp(`[${RANGES.join('')}]`, 'u');

/** `text` unchanged, or one line when it holds an invisible character. */
export function refuseInvisible(where: string, what: string, text: string): string {
  const m = INVISIBLE.exec(text);
  if (!m) return text;
  const code = (c: string) => c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  const seen = shown(text).replace(new RegExp(INVISIBLE.source, 'gu'), (c) => `<U+${code(c)}>`); // visible in the line
  return fail(`${where}: ${what} ${seen} contains an invisible character (U+${code(m[0])}); type it with visible characters only`);
}
