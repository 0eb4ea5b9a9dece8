/**
 * squawk (the PostgreSQL migration linter, offline) on every migration after the first, for each kind of
 * the online catalogue: no finding of its lock and compatibility rules in online mode (contract statements
 * say `-- squawk-ignore <rule>` for the drop or rename they exist for), and findings in offline mode.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ONLINE_CASES, onlineProject, runCase } from './project.js';
import { tempDir } from '../support/temp.js';

const SQUAWK = join(process.cwd(), 'node_modules', '.bin', 'squawk');
const RULES = ['require-concurrent-index-creation', 'require-concurrent-index-deletion', 'constraint-missing-not-valid',
  'adding-foreign-key-constraint', 'adding-not-nullable-field', 'adding-field-with-default', 'changing-column-type',
  'disallowed-unique-constraint', 'adding-required-field', 'renaming-column', 'renaming-table', 'ban-drop-column',
  'require-lock-timeout', 'require-statement-timeout', 'ban-concurrent-index-creation-in-transaction'];

function findings(dir: string, files: string[]): string[] {
  const r = spawnSync(SQUAWK, ['--reporter', 'json', ...files], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`squawk: ${r.stderr}`);
  const out = JSON.parse(r.stdout || '[]') as { file: string; rule_name: string; line: number }[];
  return out.filter((f) => RULES.includes(f.rule_name)).map((f) => `${f.file}:${f.line} ${f.rule_name}`);
}

/** Every up written after the first migration (Atlas layout: migrations/<ts>_<name>.sql, downs apart). */
function ups(mode: 'online' | 'offline', name: string): { dir: string; files: string[]; count: number } {
  const p = onlineProject('postgres', mode, 'atlas', `squawk-${mode}-${name}`);
  const { change, contract } = runCase(p, name);
  const files = (contract ?? change).design.migrations.slice(1).map((m) => m.up);
  return { dir: p.dir, files, count: files.length };
}

/** The rules some offline migration of the catalogue was found breaking (a rule never found would pass online vacuously). */
const seen = new Set<string>();

/** What no offline change of the catalogue writes: a required column, a volatile default, CONCURRENTLY inside a transaction. */
const OTHERS = `SET lock_timeout = '2s';\nSET statement_timeout = '60s';\nALTER TABLE "books" ADD COLUMN "a" integer NOT NULL;
ALTER TABLE "books" ADD COLUMN "b" float8 DEFAULT random();\nBEGIN;\nCREATE INDEX CONCURRENTLY "ix_b" ON "books" ("b");\nCOMMIT;\n`;

describe('squawk on the online catalogue (PostgreSQL, Atlas layout)', () => {
  test(`at least 15 kinds`, () => expect(ONLINE_CASES.length).toBeGreaterThanOrEqual(15));
  for (const name of ONLINE_CASES) {
    test(`${name}: online — none of the lock rules; offline — some`, () => {
      const on = ups('online', name);
      expect(findings(on.dir, on.files)).toEqual([]);
      const off = ups('offline', name);
      const found = findings(off.dir, off.files);
      console.log(`${name}: online ${on.count} migration(s), 0 findings; offline ${off.count}: ${found.map((f) => f.split(' ')[1]).join(', ')}`);
      expect(found.length).toBeGreaterThan(0);
      found.forEach((f) => seen.add(f.split(' ')[1]));
      for (const f of on.files) expect(readFileSync(join(on.dir, f), 'utf8')).toMatch(/^SET lock_timeout = '2s';$/m);
      // only a contract silences a rule, and only for the drop or rename it exists for
      const silenced = on.files.filter((f) => /squawk-ignore/.test(readFileSync(join(on.dir, f), 'utf8')));
      for (const f of silenced) expect(f).toMatch(/_contract\.sql$/);
      for (const f of silenced) {
        for (const m of readFileSync(join(on.dir, f), 'utf8').matchAll(/-- squawk-ignore (\S+)/g)) expect(['ban-drop-column', 'renaming-column', 'renaming-table']).toContain(m[1]);
      }
    });
  }
  test('every one of the 15 rules is found somewhere (offline, or in the three statements no change writes)', () => {
    const dir = tempDir('squawk-others');
    writeFileSync(join(dir, 'others.sql'), OTHERS);
    findings(dir, ['others.sql']).forEach((f) => seen.add(f.split(' ')[1]));
    expect([...seen].sort()).toEqual([...RULES].sort());
  });
});
