/**
 * The one way a migration is appended, for a whole change and for each online phase alike: its version after
 * every one recorded or on disk, its files in the runner's layout (never over a file that exists), and its
 * record in the design (checksums of the files as written).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Design } from '../state/design-schema.js';
import type { Target } from './target.js';
import { laidChecksum, layMigration, type Laid, type Rendered } from '../runners/layout.js';
import { nextVersion } from './versions.js';
import { fail } from '../cli/errors.js';
import { bytesOf, bytesSha } from '../io/files.js';

/** The next version: after the recorded ones and after `onDisk` (a teammate's file merged from a branch). */
export const versionAfter = (design: Design, clock: Date, onDisk: string[]): string =>
  nextVersion(clock, [...design.migrations.map((m) => m.version), ...onDisk]);

export interface Recorded { irreversible: string[]; noTransaction?: boolean }

/** Lay `r` out and push its record onto `design.migrations` (a copy the caller owns). */
export function recordMigration(
  t: Pick<Target, 'dialect' | 'layout'>, design: Design, r: Rendered, rec: Recorded, dest: string, read: (path: string) => string,
): Laid {
  const laid = layMigration(t.layout, t.dialect, r, design.migrations, read);
  const p = laid.paths;
  for (const f of new Set([p.up, p.down])) if (existsSync(join(dest, f))) fail(`${f} exists already; a written migration is never edited`);
  const bytes = (f: string) => bytesOf(laid.files.find((x) => x.path === f)!);
  // as written; the write's journal reuses them (io/files.ts bytesSha)
  const sums = { up: bytesSha(bytes(p.up)), down: bytesSha(bytes(p.down)) };
  design.migrations.push({
    version: r.version, name: r.name, up: p.up, down: p.down, checksum: laidChecksum(laid), sums, irreversible: rec.irreversible,
    ...(rec.noTransaction ? { noTransaction: true as const } : {}),
  });
  return laid;
}
