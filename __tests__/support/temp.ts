/**
 * Temp folders for tests: every one is registered and removed once its test file has run
 * (the afterAll in support/cleanup.ts, loaded for every file through jest.config.js setupFilesAfterEnv).
 * The registry lives on the test file's global, so every module instance of this file shares it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const KEY = Symbol.for('db-scaffold.test-temp-dirs');
const registry = (): Set<string> => {
  const g = globalThis as { [KEY]?: Set<string> };
  return (g[KEY] ??= new Set<string>());
};

/** Registers a folder made elsewhere (e.g. async mkdtemp) for removal at the end of the test file. */
export function track(dir: string): string {
  registry().add(dir);
  return dir;
}

/** A fresh, empty `dbs-<tag>-XXXXXX` folder in the OS temp dir, removed after the test file. */
export const tempDir = (tag: string): string => track(mkdtempSync(join(tmpdir(), `dbs-${tag}-`)));

/** Removes every registered folder (missing ones are fine). */
export function removeTempDirs(): void {
  const dirs = registry();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  dirs.clear();
}
