/** The checksums a written migration is recorded with: SHA-256 of a file, and of an up and its down together. */
import * as crypto from 'node:crypto';
import { createHash } from 'node:crypto';

/** crypto.hash (node ≥ 20.12): one call, no Hash object; the same hex as createHash's. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

export const sha256 = (text: string): string => (oneShot ? oneShot('sha256', text, 'hex') : createHash('sha256').update(text).digest('hex'));

export function checksum(up: string, down: string): string {
  return createHash('sha256').update(up).update('\0').update(down).digest('hex');
}
