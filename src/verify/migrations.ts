/**
 * The recorded migrations as SQL, read from the runner's layout: separate up/down files (kei-migrate,
 * golang-migrate, sqlx, Atlas), or one file with both, which the Layout reads back (`readBack`: dbmate, goose,
 * an Alembic revision). Each part keeps the line it starts on in its file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Design, Migration } from '../state/design-schema.js';
import { designLayout, layoutNamed, type LayoutId } from '../runners/layout.js';
import type { Part, Parts } from '../runners/read-back.js';

export type { Part } from '../runners/read-back.js';
export interface MigrationText { version: string; name: string; up: Part; down: Part; irreversible: string[]; missing?: string }

/** The layout the design's migrations are in (a state from before runner layouts: kei-migrate's). */
export function layoutOfDesign(design: Design): LayoutId {
  return designLayout(design.answers, true);
}

export function partsOf(id: LayoutId, m: Pick<Migration, 'up' | 'down'>, read: (f: string) => string): Parts {
  const back = layoutNamed(id).readBack;
  if (back) return back(read(m.up), m.up);
  return { up: { file: m.up, sql: read(m.up), line: 1 }, down: { file: m.down, sql: read(m.down), line: 1 } };
}

export function migrationTexts(dest: string, design: Design): MigrationText[] {
  const layout = layoutOfDesign(design);
  const read = (f: string) => readFileSync(join(dest, f), 'utf8');
  return design.migrations.map((m) => {
    const gone = [m.up, m.down].find((f) => !existsSync(join(dest, f)));
    const base = { version: m.version, name: m.name, irreversible: m.irreversible };
    if (gone) return { ...base, up: { file: m.up, sql: '', line: 1 }, down: { file: m.down, sql: '', line: 1 }, missing: gone };
    return { ...base, ...partsOf(layout, m, read) };
  });
}

/** Migration files in the layout's folders, recorded or not: `<version>_<name>…` (for gaps and duplicates). */
export function filesOnDisk(dest: string, design: Design): string[] {
  const dirs = [...new Set(design.migrations.flatMap((m) => [dirname(m.up), dirname(m.down)]))];
  return dirs.flatMap((d) => (existsSync(join(dest, d)) ? readdirSync(join(dest, d)).map((f) => `${d}/${f}`) : []))
    .filter((f) => /^\d{14}_/.test(f.split('/').pop()!) && /\.(sql|py)$/.test(f));
}
