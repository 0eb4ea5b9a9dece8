/**
 * The replay runs a migration that is one transaction (BEGIN … COMMIT) and db/schema.sql in one call each (the
 * 200-table bench depends on it); a statement that fails inside either is still named at its own line, and the
 * failed call leaves nothing behind (the next step starts from the state before it).
 */
import { edit, project, recordPair, sharedScratch, verifyAt } from './project.js';
import type { DialectId } from '../../src/dialects/dialect.js';

const scratch = sharedScratch();
afterAll(() => scratch.close());

describe.each(['postgres', 'sqlite'] as DialectId[])('%s', (db) => {
  test('a failing statement inside a BEGIN … COMMIT up: its line, nothing half-applied', async () => {
    const dir = project('blog', db);
    const up = 'BEGIN;\n\nCREATE TABLE "audit_log" ("id" INTEGER PRIMARY KEY);\n\nINSERT INTO "no_such_table" VALUES (1);\n\nCOMMIT;\n';
    recordPair(dir, '20260102030406', 'audit', up, 'BEGIN;\nDROP TABLE "audit_log";\nCOMMIT;\n');
    const r = await verifyAt(dir, scratch, { env: { DATABASE_URL: '' } });
    expect(r.exit).toBe(1);
    const failed = r.findings.filter((f) => f.rule === 'replay-failed');
    expect(failed.map((f) => `${f.file}:${f.line}`)).toEqual(['migrations/20260102030406_audit.sql:5']);
    expect(failed[0].message).toMatch(/no_such_table/);
  });

  test('a failing statement in db/schema.sql: its line', async () => {
    const dir = project('blog', db);
    edit(dir, 'db/schema.sql', (s) => `${s}\nCREATE INDEX "ix_gone" ON "no_such_table" ("id");\n`);
    const lines = (await import('node:fs')).readFileSync(`${dir}/db/schema.sql`, 'utf8').split('\n');
    const r = await verifyAt(dir, scratch, { env: { DATABASE_URL: '' } });
    expect(r.exit).toBe(1);
    expect(r.findings.map((f) => `${f.file}:${f.line} ${f.rule}`))
      .toEqual([`db/schema.sql:${lines.findIndex((l) => l.includes('ix_gone')) + 1} replay-failed`]);
  });
});
