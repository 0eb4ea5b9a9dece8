/**
 * A JSON flag given what is not JSON (`-- --relations notjson`), through the built bin: one line naming the flag,
 * the value, why and what the flag takes; exit non-zero, nothing written. db-schema and db-change alike. Before,
 * db-schema split it on commas and said `relations.0 ["notjson"] is not allowed (…: Invalid input: expected
 * object, received string)`, and db-change said `--relations: not valid JSON` (not the value nor what is allowed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support/golden.js';
import { runBin } from './support/bin-run.js';
import { tempDir } from './support/temp.js';

const BASE = ['--intake', 'A tool library', '--db', 'sqlite', '--orm', 'none', '--scale', 'team', '--style', 'schema-first',
  '--migctl', 'manual', '--entities', 'Tool: name', '--review', 'accept', '--runner', 'later', '--seed', 'skip'];
const LINE = (v: string) => new RegExp(`^\\[ERROR\\] --relations '${v.replace(/[[\]{]/g, '\\$&')}': not valid JSON \\(.+\\); `
  + 'allowed: a JSON array \\[\\{"from": Entity, "to": Entity, "kind": none\\|one-to-one\\|one-to-many\\|many-to-many, .*\\}\\]$');

test.each(['notjson', '[{"from": "Tool"'])('db-schema -- --relations %s: one line, nothing written', (v) => {
  const dest = tempDir('json-flag');
  const r = runBin(ROOT, ['db-schema', '--', ...BASE, '--relations', v], dest);
  expect(r.status).not.toBe(0);
  expect(r.err).toEqual([expect.stringMatching(LINE(v))]);
  expect(readdirSync(dest)).toEqual([]);
});

test('db-change -- --relations notjson: one line, every file as it was', () => {
  const dest = tempDir('json-flag-change');
  expect(runBin(ROOT, ['db-schema', '--', ...BASE, '--relations', '[]'], dest).status).toBe(0);
  const files = () => readdirSync(dest, { recursive: true, withFileTypes: true }).map((f) => [join(f.parentPath, f.name), f.isFile()
    ? readFileSync(join(f.parentPath, f.name), 'utf8') : '']);
  const before = files();
  const r = runBin(ROOT, ['db-change', '--', '--entities', 'Tool: name, size:integer', '--relations', 'notjson'], dest);
  expect(r.status).not.toBe(0);
  expect(r.err).toEqual([expect.stringMatching(LINE('notjson'))]);
  expect(files()).toEqual(before);
});
