/**
 * SQLite keeps doc('…') and @doc('…') as comment lines of the CREATE TABLE text (the table's after its `(`), and the
 * catalog reader reads them back: a live database made by the migrations of a design with docs verifies clean (the
 * same reader on both sides); a comment changed by hand in the live text is named, and `--revert`'s file (the table
 * rebuilt from the design's text), run with sqlite3, brings it back, the next verify clean.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeWith, SQLITE3 } from '../support/extras.js';
import { readDesign, sharedScratch } from './project.js';
import { drifted, liveBlog } from './live.js';
import { loadSeed } from '../../src/seed/lazy.js';
import { planChange } from '../../src/change/plan.js';
import { ChangeSpec } from '../../src/change/spec.js';
import { writeEntities } from '../../src/model/write-entities.js';
import { applyPlan } from '../../src/io/apply.js';

const scratch = sharedScratch();
beforeAll(() => loadSeed());
afterAll(() => scratch.close());

describeWith([SQLITE3], 'SQLite comments and drift', () => describe('docs in the CREATE TABLE text', () => {
  const l = liveBlog('sqlite', scratch);
  const TAGS = "SELECT sql FROM sqlite_master WHERE name = 'tags';";
  const tagsText = () => execFileSync('sqlite3', [join(l.dir, 'live.db')], { input: TAGS, encoding: 'utf8' });

  test('a design with docs, its migrations run on the live database: verify is clean', async () => {
    const d = readDesign(l.dir);
    const entities = writeEntities(d.model!)
      .replace(/^(Tag: [a-z_]+:[a-z0-9()]+)(.*)$/m, "$1:doc('What it is called')$2, @doc('Labels, shown on posts')");
    const spec = ChangeSpec.parse({ entities, relations: d.model!.relations });
    const out = planChange(d, spec, l.dir, new Date('2026-02-01T00:00:00Z'));
    applyPlan(l.dir, out.files);
    const ups = readdirSync(join(l.dir, 'migrations')).filter((f) => /^20260201.*(?<!\.down)\.sql$/.test(f));
    expect(ups).toHaveLength(1);
    const [up] = ups;
    await l.exec(readFileSync(join(l.dir, 'migrations', up), 'utf8'));
    await l.exec("INSERT INTO _kei_migrations VALUES (20260201000000, 'docs', 'x', 't')");
    const kept = /^CREATE TABLE "tags" \( -- Labels, shown on posts\n[\s\S]*-- What it is called\n/;
    expect(tagsText()).toMatch(kept);
    const r = await l.run();
    expect(r.exit === 0 ? 0 : r.lines.join('\n')).toBe(0);
  }, 300000);

  test('the comments changed by hand (the table rebuilt): named; --revert rebuilds it with the design\'s', async () => {
    const text = (tagsText()).trim()
      .replace('Labels, shown on posts', 'Changed by hand').replace('What it is called', 'Its name');
    const rebuilt = `${text.replace('CREATE TABLE "tags"', 'CREATE TABLE "tags_new"')};
      INSERT INTO "tags_new" SELECT * FROM "tags"; DROP TABLE "tags"; ALTER TABLE "tags_new" RENAME TO "tags"`;
    await drifted(l, [rebuilt], [
      /^comment on table tags: live "Changed by hand" \/ migrations "Labels, shown on posts"/,
      /^column tags\.name: comment: live "Its name" \/ migrations "What it is called"/,
    ], { revert: true });
    const [up] = readdirSync(join(l.dir, 'db/drift')).filter((f) => !f.endsWith('.down.sql'));
    const body = readFileSync(join(l.dir, 'db/drift', up), 'utf8');
    expect(body).toContain('( -- Labels, shown on posts');
    await l.exec(body);
    const again = await l.run();
    expect(again.exit === 0 ? 0 : again.lines.join('\n')).toBe(0);
  }, 300000);
}));
