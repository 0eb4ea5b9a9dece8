/** Before anything is written: every migration the state records must be there, as written (its checksum). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Design } from '../state/design-schema.js';
import { STATE_PATH } from '../state/store.js';
import { checksum } from './versions.js';
import { fail } from '../cli/errors.js';

export function verifyMigrations(dest: string, design: Design): void {
  for (const m of design.migrations) {
    const gone = [m.up, m.down].find((f) => !existsSync(join(dest, f)));
    if (gone) fail(`${gone}: deleted, but ${STATE_PATH} records it; a written migration is never removed (restore it from git)`);
    const [up, down] = [m.up, m.down].map((f) => readFileSync(join(dest, f), 'utf8'));
    if (checksum(up, down) !== m.checksum) {
      fail(`${m.up} (or its .down.sql): edited after it was written (its checksum differs from ${STATE_PATH}); a written migration is never edited (restore it from git, make a new change instead)`);
    }
  }
}
