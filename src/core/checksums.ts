/** Before anything is written: every migration the state records must be there, as written (its checksum). */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { insidePath } from '../io/inside.js';
import type { Design } from '../state/design-schema.js';
import { STATE_PATH } from '../state/store.js';
import { checksum, sha256 } from './versions.js';
import { fail } from '../cli/errors.js';

export function verifyMigrations(dest: string, design: Design): void {
  const root = realpathSync(dest);
  for (const m of design.migrations) {
    const [upFile, downFile] = [m.up, m.down].map((f) => insidePath(root, f)); // a link leading outside is refused first
    const gone = [m.up, m.down].find((f, i) => !existsSync([upFile, downFile][i]));
    if (gone) fail(`${gone}: deleted, but ${STATE_PATH} records it; a written migration is never removed (restore it from git)`);
    const [up, down] = [upFile, downFile].map((f) => readFileSync(f, 'utf8'));
    if (checksum(up, down) !== m.checksum) {
      const which = !m.sums ? `${m.up} (or its .down.sql)` : sha256(up) !== m.sums.up ? m.up : m.down;
      fail(`${which}: edited after it was written (its checksum differs from ${STATE_PATH}); a written migration is never edited (restore it from git, make a new change instead)`);
    }
  }
}
