/**
 * atlas.sum as Atlas computes it (sql/migrate NewHashFile + HashFile.Sum): the files sorted by name, one
 * running SHA-256 over each name then its bytes (each file's line carries the running hash so far), and
 * a first line hashing every name + line hash: `h1:<base64>` then `<name> h1:<base64>` per file.
 */
import { createHash } from 'node:crypto';

export function atlasSum(files: { name: string; body: string }[]): string {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const running = createHash('sha256');
  const lines = sorted.map((f) => {
    running.update(f.name).update(f.body);
    return { name: f.name, hash: running.copy().digest('base64') };
  });
  const total = createHash('sha256');
  for (const l of lines) total.update(l.name).update(l.hash);
  return `h1:${total.digest('base64')}\n${lines.map((l) => `${l.name} h1:${l.hash}\n`).join('')}`;
}
