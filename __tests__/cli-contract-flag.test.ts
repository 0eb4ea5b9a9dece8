/**
 * docs/safety.md's deploy order, step 3, through the bin: `db-change -- --contract true` writes the contract of an
 * online expand (it was refused as an unknown option, so only a --spec {"contract": true} worked); db-change's
 * help lists contract and data.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support/golden.js';
import { runBin } from './support/bin-run.js';
import { tempDir } from './support/temp.js';

const INIT = ['--intake', 'A tool library', '--db', 'postgres', '--orm', 'none', '--scale', 'team', '--style', 'schema-first',
  '--migctl', 'manual', '--entities', 'Tool: name, note:text:optional', '--relations', '[]', '--review', 'accept',
  '--runner', 'existing', '--existing', 'dbmate', '--seed', 'skip', '--safety', 'online'];

test('db-change -- --contract true after an online rename: the contract written; --help lists contract and data', () => {
  const dest = tempDir('contract-flag');
  expect(runBin(ROOT, ['db-schema', '--', ...INIT], dest).status).toBe(0);
  writeFileSync(join(dest, 'rename.json'), JSON.stringify({ entities: 'Tool: name, remark:text:optional', relations: [],
    renames: [{ from: 'Tool.note', to: 'Tool.remark' }] }));
  const expand = runBin(ROOT, ['db-change', '--spec', 'rename.json'], dest, { DB_SCAFFOLD_NOW: '2026-01-03T03:04:05Z' });
  expect(expand.err).toEqual([]);
  const before = readdirSync(join(dest, 'db', 'migrations')).length;
  const contract = runBin(ROOT, ['db-change', '--', '--contract', 'true'], dest, { DB_SCAFFOLD_NOW: '2026-01-04T03:04:05Z' });
  expect(contract.err).toEqual([]);
  expect(contract.status).toBe(0);
  expect(readdirSync(join(dest, 'db', 'migrations')).length).toBeGreaterThan(before);
  const help = runBin(ROOT, ['db-change', '--help'], dest).out;
  for (const key of ['contract', 'data']) expect(help).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^ {2}${key} {2,}\\S`))]));
});
