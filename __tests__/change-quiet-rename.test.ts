/**
 * A rename no table or column follows (an entity under its own @table, a field under its column(…)) through the built
 * bin: no migration, and the report says what changed in the design, the physical name each keeps, and that no
 * migration was needed. Before, the report had no "Change:" line at all.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support/golden.js';
import { runBin } from './support/bin-run.js';
import { tempDir } from './support/temp.js';

const SCHEMA = ['--intake', 'Tools', '--db', 'postgres', '--orm', 'none', '--scale', 'team', '--style', 'schema-first',
  '--migctl', 'manual', '--entities', 'Tag: name:string:unique, @table(tag)\nTool: name:string(80), code:string(10):column(code_x)',
  '--relations', '[]', '--review', 'accept', '--runner', 'existing', '--existing', 'dbmate', '--seed', 'skip'];

test('db-change: renames only the design sees say so on a Change: line each, no migration written', () => {
  const dest = tempDir('quiet-rename');
  expect(runBin(ROOT, ['db-schema', '--', ...SCHEMA], dest).status).toBe(0);
  const before = readdirSync(join(dest, 'db', 'migrations'));
  const spec = join(dest, 'change.json');
  writeFileSync(spec, JSON.stringify({ entities: 'Label: name:string:unique, @table(tag)\nTool: name:string(80), ref_code:string(10):column(code_x)',
    relations: [], renames: [{ from: 'Tag', to: 'Label' }, { from: 'Tool.code', to: 'Tool.ref_code' }] }));
  const r = runBin(ROOT, ['db-change', '--', '--spec', spec], dest);
  expect(r.err).toEqual([]);
  expect(r.out.filter((l) => l.startsWith('Change:'))).toEqual([
    'Change:       Tag renamed to Label in the design only (its table keeps its name tag); no migration needed',
    'Change:       Tool.code renamed to Tool.ref_code in the design only (its column keeps its name code_x); no migration needed',
  ]);
  expect(r.out).toContain('Migration:    none (no table or column changes)');
  expect(readdirSync(join(dest, 'db', 'migrations'))).toEqual(before);
});
