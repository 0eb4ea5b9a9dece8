/** The REAL db-schema wizard (`plop db-schema`) driven in a pseudo-terminal with keystrokes, intake to report;
 *  and the same generator with no terminal and a partial spec. Needs `npm run build` (npm test does it). */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnTerm, type Term } from './support/pty.js';
import { keys, nth, REPORT_LABELS, runPiped } from './support/wizard-keys.js';
import { initPair, readOutputs } from './support/outputs.js';
import { tempDir } from './support/temp.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PLOP = join(root, 'node_modules', 'plop', 'bin', 'plop.js');

describe('db-schema wizard in a terminal', () => {
  let term: Term | undefined;
  let dest = '';
  beforeAll(() => expect(existsSync(join(root, 'dist', 'plopfile.js'))).toBe(true)); // `npm run build` first
  beforeEach(() => { dest = tempDir('wizard'); });
  afterEach(async () => { await term?.kill(); term = undefined; rmSync(dest, { recursive: true, force: true }); });

  it('intake → entities → relations → DDL review (2 revisions) → migrations → seed → report', async () => {
    term = await spawnTerm('node', [PLOP, 'db-schema', '--', '--dest', dest], { cwd: root, cols: 200, rows: 60 });
    const k = keys(term);
    // Phase 1: paragraph, five selects, the multi-replica warning and its re-ask (hybrid first).
    await k.line('Describe the app', 'A team blog where users write posts. Posts have tags.');
    await k.choose('? Database engine', 'PostgreSQL');
    await k.choose('? ORM', 'None');
    await k.choose('? Scale', 'Production multi-replica');
    await k.choose('? Style', 'Schema-first');
    await k.choose('? Migration control', 'Auto on deploy');
    const warned = await term.waitFor('? Migration control for several replicas');
    // hybrid first and preselected; the leader-elected job offered
    expect(warned).toMatch(/every replica would try to apply[\s\S]*several replicas[^\n]*\n❯ Hybrid[\s\S]*Single leader-elected migration job/);
    await k.choose('? Migration control for several replicas', 'Hybrid');
    // Phase 2: one entity per prompt; a bad line is refused in place, the earlier lines kept.
    await k.line('Entity line (blank line to finish)', 'User: email, username');
    await k.line('Entity line (1 so far;', 'Post: title, body:text, views:strng, user_id');
    await term.waitFor(/^>> entities line 2 \(Post\) field 'views': unknown type 'strng'/m);
    await term.send('C-u'); // the refused line is still on the prompt, editable: clear it, type it again
    await k.line('Entity line (1 so far;', 'Post: title, body:text, views, user_id');
    await k.line('Entity line (2 so far;', 'Tag: name');
    await k.line('Entity line (3 so far;', '');
    // The relations matrix: one select per candidate pair (user_id; posts+tags named together).
    await k.choose('? User ↔ Post', 'One-to-many (User→Post)');
    await k.choose('? Post ↔ Tag', 'Many-to-many');
    await k.choose('? Relations', 'Done');
    // Phase 3: the preview, then revise a type and an index by clicks, then accept.
    const preview = await term.waitFor(/db\/schema\.sql:\d+\n[\s\S]*Review the DDL/);
    expect(preview).toMatch(/^-- db\/schema\.sql/m);
    expect(preview).toMatch(/CREATE TABLE IF NOT EXISTS "users"[\s\S]*"views" TEXT NOT NULL[\s\S]*^…$/m); // cut at 40 lines
    await k.choose('Review the DDL', 'Revise types');
    await k.choose('? Which field?', 'Post.views');
    await k.choose('? Type of Post.views', 'integer');
    await k.choose('? Default of Post.views', 'default(0)');
    await k.choose(nth('Review the DDL', 2), 'Revise indexes');
    await k.choose(nth('? Which field?', 2), 'Post.title');
    await k.choose('? Index on Post.title', 'Index');
    await k.choose(nth('Review the DDL', 3), 'Accept');
    // Phase 4 and 5.
    await k.choose('? Tables whose down migration must abort', 'None');
    await k.choose('? Add kei-migrate to the project?', 'Install prebuilt binary');
    await k.choose('? Seed data', 'Skip');
    expect(await term.exited(15_000)).toBe(0);
    const screen = await term.screen();
    expect(screen.match(/db\/schema\.sql:\d+/g)).toHaveLength(3); // one preview per round
    const block = screen.slice(screen.indexOf('== db-scaffold report =='));
    for (const label of REPORT_LABELS) expect(block).toMatch(new RegExp(`^${label}: +\\S`, 'm'));
    expect(block).toMatch(/^DB \/ ORM: +PostgreSQL \/ none \(schema-first\)/m);
    expect(block).toMatch(/^Scale: +production multi-replica \/ migration control: hybrid/m);
    expect(block).toMatch(/^Entities: +4 tables \(entities 3, junctions 1\), relations 2/m);
    expect(screen).toMatch(/kei-migrate --database-url "\$DATABASE_URL" --dir migrations up/);
    const { sql, migrations, envMode, design } = readOutputs(dest);
    expect(sql).toContain('"views" INTEGER NOT NULL DEFAULT 0'); // revised type and default
    expect(sql).toMatch(/CREATE INDEX IF NOT EXISTS "ix_posts_title" ON "posts" \("title"\)/); // revised index
    expect(sql).toMatch(/CREATE TABLE IF NOT EXISTS "post_tags" \([\s\S]*PRIMARY KEY \("post_id", "tag_id"\)/);
    expect(sql).toMatch(/FOREIGN KEY \("tag_id"\) REFERENCES "tags" \("id"\) ON DELETE CASCADE/);
    expect(sql).toMatch(/FOREIGN KEY \("user_id"\) REFERENCES "users" \("id"\) ON DELETE RESTRICT/);
    expect(sql).toContain('"deleted_at" TIMESTAMPTZ'); // multi-replica soft delete
    expect(initPair(migrations)).toBeDefined();
    expect(envMode).toBe(0o600);
    expect(design.answers).toMatchObject({ db: 'postgres', migctl: 'hybrid', scale: 'multi-replica', review: 'accept', runner: 'binary', seed: 'skip', irreversible: [] });
    expect(design.answers.relations).toContainEqual(expect.objectContaining({ from: 'Post', to: 'Tag', kind: 'many-to-many' }));
  }, 60_000);

  it('with no terminal and a partial spec: exits non-zero naming the missing keys, writes nothing', async () => {
    const spec = join(dest, 'partial.json');
    writeFileSync(spec, JSON.stringify({ intake: 'A shop.', db: 'sqlite', orm: 'none', scale: 'solo' }));
    const out = join(dest, 'out');
    const r = await runPiped('node', [PLOP, 'db-schema', '--', '--spec', spec, '--dest', out], { cwd: root, env: { CI: 'true' } });
    expect(r.code).not.toBe(0);
    const line = /missing answers: ([a-z, ]+)/.exec(r.out)?.[1] ?? r.out;
    expect(line.trim().split(', ')).toEqual(['style', 'migctl', 'entities', 'relations', 'review', 'runner', 'seed']);
    expect(r.out).not.toMatch(/\n\s+at /); // one line, no stack trace
    expect(existsSync(out)).toBe(false);
  }, 30_000);

  it('revise entities: the lines come back editable; a new entity re-asks the relations matrix', async () => {
    const given = ['--intake', 'A shop: customers place orders.', '--db', 'sqlite', '--orm', 'drizzle', '--scale', 'solo',
      '--style', 'code-first', '--migctl', 'manual', '--runner', 'later', '--seed', 'skip', '--irreversible', ''];
    term = await spawnTerm('node', [PLOP, 'db-schema', '--', '--dest', dest, ...given], { cwd: root, cols: 200 });
    const k = keys(term);
    await k.line('Entity line (blank line to finish)', 'Customer: email');
    await k.line('Entity line (1 so far;', 'Order: total_amount, customer_id');
    await k.line('Entity line (2 so far;', '');
    await k.choose('? Customer ↔ Order', 'One-to-many (Customer→Order)');
    await k.choose('? Relations', 'Done');
    await k.choose('Review the DDL', 'Revise entities');
    await k.line(/Entity line \(Enter keeps it[^\n]*\) Customer: email$/m, ', name'); // edit the prefilled line
    await k.line(/Entity line \(1 so far; Enter keeps it[^\n]*\) Order: total_amount, customer_id$/m, '');
    await k.line('Entity line (2 so far; blank line to finish)', 'Product: sku, price_amount');
    await k.line('Entity line (3 so far; blank line to finish)', '');
    await k.choose(nth('? Customer ↔ Order', 2), 'One-to-many (Customer→Order)');
    await k.choose('? No relation yet: Product', 'Done');
    await k.choose(nth('Review the DDL', 2), 'Accept');
    expect(await term.exited(15_000)).toBe(0);
    const { sql, design } = readOutputs(dest);
    expect(sql).toMatch(/CREATE TABLE IF NOT EXISTS "customers" \([^;]*"name" TEXT NOT NULL/);
    expect(sql).toContain('CREATE TABLE IF NOT EXISTS "products"');
    expect(design.answers.entities).toBe('Customer: email, name\nOrder: total_amount, customer_id\nProduct: sku, price_amount');
  }, 60_000);
});
