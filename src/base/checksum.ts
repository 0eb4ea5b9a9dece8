/** The checksums a written migration is recorded with: SHA-256 of a file, and of an up and its down together. */
import { createHash } from 'node:crypto';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function checksum(up: string, down: string): string {
  return createHash('sha256').update(up).update('\0').update(down).digest('hex');
}
