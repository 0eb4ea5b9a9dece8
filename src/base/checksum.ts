/** The checksums a written migration is recorded with: SHA-256 of a file, and of an up and its down together. */
import * as crypto from 'node:crypto';
import { createHash, type Hash } from 'node:crypto';

/** A file's content: its text, or its UTF-8 bytes in chunks (io/files.ts `bytesOf`); either hashes the same. */
export type Content = string | readonly Uint8Array[];

/** crypto.hash (node ≥ 20.12): one call, no Hash object; the same hex as createHash's. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

const fed = (h: Hash, c: Content): Hash => {
  if (typeof c === 'string') return h.update(c);
  for (const part of c) h.update(part);
  return h;
};

export const sha256 = (content: Content): string => (typeof content === 'string' && oneShot
  ? oneShot('sha256', content, 'hex') : fed(createHash('sha256'), content).digest('hex'));

export function checksum(up: Content, down: Content): string {
  return fed(fed(createHash('sha256'), up).update('\0'), down).digest('hex');
}
