/**
 * The recorded migrations as SQL, read from the runner's layout: separate up/down files (kei-migrate,
 * golang-migrate, sqlx, Atlas), one file with both (dbmate `-- migrate:down`, goose `-- +goose Down`), or an
 * Alembic revision (its UP / DOWN lists of statements). Each part keeps the line it starts on in its file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Design, Migration } from '../state/design-schema.js';
import { designLayout, type LayoutId } from '../runners/layout.js';

export interface Part { file: string; sql: string; line: number }
export interface MigrationText { version: string; name: string; up: Part; down: Part; irreversible: string[]; missing?: string }

/** The layout the design's migrations are in (a state from before runner layouts: kei-migrate's). */
export function layoutOfDesign(design: Design): LayoutId {
  return designLayout(design.answers, true);
}

function splitAt(text: string, marker: RegExp, file: string): { up: Part; down: Part } {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => marker.test(l));
  const cut = at < 0 ? lines.length : at;
  return { up: { file, sql: lines.slice(0, cut).join('\n'), line: 1 }, down: { file, sql: lines.slice(cut).join('\n'), line: cut + 1 } };
}

/** An Alembic revision's list `NAME = [ "…", … ]` as SQL, a statement a line as the file has them. */
function pyList(text: string, name: string, file: string): Part {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === `${name} = [`);
  if (start < 0) return { file, sql: '', line: 1 };
  const out: string[] = [];
  for (let i = start + 1; i < lines.length && lines[i].trim() !== ']'; i++) {
    const item = lines[i].trim().replace(/,$/, '');
    out.push(item ? `${JSON.parse(item) as string}` : '');
  }
  return { file, sql: out.join('\n'), line: start + 2 };
}

export function partsOf(layout: LayoutId, m: Pick<Migration, 'up' | 'down'>, read: (f: string) => string): { up: Part; down: Part } {
  switch (layout) {
    case 'dbmate': return splitAt(read(m.up), /^-- migrate:down\b/, m.up);
    case 'goose': return splitAt(read(m.up), /^-- \+goose Down\b/, m.up);
    case 'alembic': { const t = read(m.up); return { up: pyList(t, 'UP', m.up), down: pyList(t, 'DOWN', m.up) }; }
    default: return { up: { file: m.up, sql: read(m.up), line: 1 }, down: { file: m.down, sql: read(m.down), line: 1 } };
  }
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
