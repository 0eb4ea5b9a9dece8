/** Every generated db/schema.ts (examples and the hardest designs, each dialect) type-checks, no unused name, under
 *  `tsc --strict` against drizzle-orm; one golden file shows one. */
import { spawnSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIALECT_IDS } from '../../src/dialects/dialect.js';
import { GOLDEN, readGolden } from '../support/golden.js';
import { tempDir } from '../support/temp.js';
import { DESIGN_NAMES, ormDesign } from './designs.js';

const TSC = join(process.cwd(), 'node_modules', 'typescript', 'bin', 'tsc');

function typecheck(files: Record<string, string>): string {
  const dir = tempDir('drizzle-tsc');
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  const args = ['--strict', '--noUnusedLocals', '--noUnusedParameters', '--noEmit', '--skipLibCheck', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', ...Object.keys(files)];
  const r = spawnSync(process.execPath, [TSC, ...args], { cwd: dir, encoding: 'utf8', timeout: 180_000 });
  return r.status === 0 ? '' : r.stdout + r.stderr;
}

test('every schema.ts type-checks under tsc --strict', () => {
  const files: Record<string, string> = {};
  for (const db of DIALECT_IDS) for (const name of DESIGN_NAMES) files[`${name}-${db}.ts`] = ormDesign(name, db, 'drizzle').files['db/schema.ts'];
  expect(Object.keys(files)).toHaveLength(DIALECT_IDS.length * DESIGN_NAMES.length);
  expect(typecheck(files)).toBe('');
}, 200_000);

test('tsc does fail on a wrong schema.ts (the check can fail)', () => {
  const broken = ormDesign('blog', 'postgres', 'drizzle').files['db/schema.ts'].replace(".onDelete('cascade')", ".onDelete('explode')");
  expect(typecheck({ 'broken.ts': broken })).toMatch(/explode/);
}, 200_000);

test('blog on PostgreSQL: the golden schema.ts', () => {
  const files = { 'schema.ts': ormDesign('blog', 'postgres', 'drizzle').files['db/schema.ts'] };
  expect(files).toEqual(readGolden(join(GOLDEN, 'orm', 'drizzle-blog-postgres'), files));
});
