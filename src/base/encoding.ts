/**
 * Spec and state files are UTF-8 (a UTF-8 byte-order mark is dropped), or UTF-16 when a byte-order mark
 * says so. Anything else — a Latin-1 or Windows-1252 file — is refused in one line naming the first byte
 * that is not UTF-8, never read with replacement characters (they would end up in enum values and names).
 */
import { isUtf8 } from 'node:buffer';
import { fail } from './errors.js';

/** The offset of the first byte that does not start or continue a UTF-8 sequence, or -1. */
function firstBad(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

const where = (b: Uint8Array, at: number) => {
  let line = 1;
  let start = 0;
  for (let i = 0; i < at; i++) if (b[i] === 0x0a) { line++; start = i + 1; }
  return `byte 0x${b[at].toString(16).toUpperCase().padStart(2, '0')} at line ${line}, column ${at - start + 1}`;
};

/** The text of a file's bytes, or one line for `label` when they are not UTF-8 (nor BOM-marked UTF-16). */
export function decodeText(bytes: Uint8Array, label: string): string {
  const [a, b] = bytes;
  const utf16 = a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : undefined;
  if (!utf16 && isUtf8(bytes)) { // the common case, validated natively: what the fatal decoder returns, BOM dropped
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
  try {
    return new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes); // a leading byte-order mark is dropped
  } catch {
    const endian = utf16 === 'utf-16le' ? 'little' : 'big';
    if (utf16) return fail(`${label}: marked UTF-16 (${endian}-endian) but not valid UTF-16; save it as UTF-8`);
    const at = firstBad(bytes);
    return fail(`${label}: not UTF-8 (${at < 0 ? 'an invalid sequence' : where(bytes, at)}; Latin-1 or Windows-1252?); `
      + 'save it as UTF-8 (e.g. iconv -f latin1 -t utf-8)');
  }
}
