/**
 * Example specs rendered in memory with the clock pinned, and golden files compared file by file.
 * UPDATE_GOLDEN=1 rewrites the golden files (review the diff in the commit).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildInit, type InitAnswers } from '../../src/core/init.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import type { Design } from '../../src/state/design-schema.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const GOLDEN = join(ROOT, '__tests__', 'golden');
export const NOW = '2026-01-02T03:04:05Z';
export const CLOCK = new Date(NOW);
export const VERSION = '20260102030405';
export const EXAMPLES = ['blog', 'saas', 'shop'] as const;
export type Example = (typeof EXAMPLES)[number];
export const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** The example's answers (as the spec file gives them), with overrides. */
export function exampleSpec(name: Example, over: Partial<InitAnswers> = {}): InitAnswers {
  const spec = JSON.parse(readFileSync(join(ROOT, 'examples', `${name}.json`), 'utf8'));
  delete spec.$schema;
  return { ...spec, ...over };
}

export interface Rendered { files: Record<string, string>; schema: string; up: string; down: string; design: Design }

/** buildInit in memory (no destination touched): the files a fresh run writes, by path. */
export function renderSpec(spec: InitAnswers): Rendered {
  const built = buildInit(spec, undefined, join(tmpdir(), 'db-scaffold-golden-nowhere'), CLOCK);
  const files = Object.fromEntries(built.files.map((f) => [f.path, f.body]));
  return {
    files,
    schema: files['db/schema.sql'] ?? '',
    up: files[`migrations/${VERSION}_init_schema.sql`] ?? '',
    down: files[`migrations/${VERSION}_init_schema.down.sql`] ?? '',
    design: built.design,
  };
}

export const renderExample = (name: Example, db: DialectId, over: Partial<InitAnswers> = {}) =>
  renderSpec(exampleSpec(name, { db, ...over }));

/** The golden set of one case: file name in the golden folder → content. */
export function goldenFiles(r: Pick<Rendered, 'schema' | 'up' | 'down'>): Record<string, string> {
  return {
    'schema.sql': r.schema,
    [`${VERSION}_init_schema.sql`]: r.up,
    [`${VERSION}_init_schema.down.sql`]: r.down,
  };
}

export const goldenDir = (name: string, db: DialectId) => join(GOLDEN, name, db);

/** Read a golden folder; with UPDATE_GOLDEN=1 rewrite it first from `actual` (stale files removed). */
export function readGolden(dir: string, actual: Record<string, string>): Record<string, string> {
  if (UPDATE) {
    if (existsSync(dir)) rmSync(dir, { recursive: true });
    mkdirSync(dir, { recursive: true });
    for (const [f, body] of Object.entries(actual)) writeFileSync(join(dir, f), body);
  }
  return loadGolden(dir);
}

/** Read a golden folder, never writing it (for tests that compare other outputs with it). */
export function loadGolden(dir: string): Record<string, string> {
  if (!existsSync(dir)) throw new Error(`no golden files in ${dir}: run the tests with UPDATE_GOLDEN=1 and review the diff`);
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}
