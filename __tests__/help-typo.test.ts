/** `<generator> --help` (bin and plop) lists that generator's answer keys, allowed values and an example; a
 *  mistyped generator gets the closest names (bin and plop); nothing is written. Needs `npm run build`. */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { packageCopy } from './support/build.js';
import { runBin, runPlop } from './support/bin-run.js';
import { snapshot } from './support/tree.js';
import { tempDir } from './support/temp.js';
import { closest } from '../src/cli/help.js';

let pkg = '';
let work = '';
beforeAll(() => { pkg = packageCopy(); work = tempDir('help'); });

/** Each generator: keys that must be listed with their allowed values, and the example's flag. */
const CASES: [string, RegExp[], RegExp][] = [
  ['db-schema', [/^ {2}db +postgres\|mysql\|sqlite$/m, /^ {2}migctl +manual\|auto-on-deploy\|hybrid\|leader-job$/m, /^ {2}seed +smoke\|rich\|fixtures\|volume\|skip$/m, /^ {2}relations +JSON \[/m], /--spec examples\/blog\.json/],
  ['db-intake', [/^ {2}scale +solo\|team\|multi-replica$/m, /^ {2}style +schema-first\|code-first$/m], /--spec/],
  ['db-entities', [/^ {2}entities +one entity a line/m, /^ {2}relations +JSON/m], /--spec/],
  ['db-ddl', [/^ {2}review +accept\|accept-as-is$/m], /--spec/],
  ['db-migrations', [/^ {2}runner +cargo-path-dep\|binary\|existing\|later$/m, /^ {2}irreversible +entity names/m], /--spec/],
  ['db-entity', [/^ {2}entities +one entity a line/m, /^ {2}relations +JSON/m], /--entities "Branch: name, city"/],
  ['db-field', [/^ {2}entities +one entity a line/m], /--entities "Post: summary:text:optional, views_count"/],
  ['db-relation', [/^ {2}relations +JSON \[\{"from":"User"[^\n]*"onDelete"/m], /--relations '\[\{"from":"User","to":"Comment"/],
  ['db-seed', [/^ {2}seed +smoke\|rich\|fixtures\|volume\|skip$/m, /^ {2}rows +volume tier: rows over the whole design/m, /^ {2}apply +URL, or alone for DATABASE_URL/m], /--seed smoke/],
];

/** What every help must hold: the generator, the keys with their allowed values, the example. */
function checkHelp(gen: string, out: string): void {
  const [, keys, example] = CASES.find(([g]) => g === gen)!;
  expect(out).toMatch(new RegExp(`^${gen}: \\S`));
  expect(out).toContain('Answer keys (in --spec FILE as JSON, or one by one as -- --<key> VALUE');
  for (const k of keys) expect(out).toMatch(k);
  expect(out).toMatch(new RegExp(`^ {2}npx plop ${gen} -- `, 'm'));
  expect(out).toMatch(example);
}

describe.each(CASES.map(([g]) => g))('%s --help', (gen) => {
  test('db-scaffold <gen> --help', () => {
    const dest = mkdtempSync(join(work, 'bin-'));
    const r = runBin(pkg, [gen, '--help'], dest);
    expect(r.status).toBe(0);
    checkHelp(gen, r.out.join('\n'));
    expect(snapshot(dest)).toEqual({});
  });
  test('db-scaffold <gen> -- --help', () => {
    const r = runBin(pkg, [gen, '--', '--help'], mkdtempSync(join(work, 'bin2-')));
    expect(r.status).toBe(0);
    checkHelp(gen, r.out.join('\n'));
  });
});

// plop starts slowly (~1.5 s a run): three generators through it; the help text is the same function
test.each(['db-schema', 'db-relation', 'db-seed'])('npx plop %s -- --help', (gen) => {
  const dest = mkdtempSync(join(work, 'plop-'));
  const r = runPlop(pkg, [gen, '--', '--help', '--dest', dest]);
  expect(r.status).toBe(0);
  checkHelp(gen, r.out.join('\n'));
  expect(snapshot(dest)).toEqual({});
});

test.each([
  ['db-schem', 'db-schema'], ['db-seeds', 'db-seed'], ['db-entty', 'db-entity'], ['db-relatoin', 'db-relation'],
])('a mistyped generator %s: did you mean %s? (bin and plop, exit 1, one line)', (typed, meant) => {
  const line = new RegExp(`^\\[ERROR\\] unknown generator '${typed}'; did you mean ${meant}\\b[^\\n]*\\(generators: db-schema, .*db-seed(, db-[a-z-]+)*\\)$`);
  const bin = runBin(pkg, [typed], mkdtempSync(join(work, 'typo-')));
  expect(bin).toMatchObject({ status: 1, out: [], err: [expect.stringMatching(line)] });
  if (typed === 'db-seeds' || typed === 'db-relatoin') return; // plop starts slowly: two cases through it
  const plop = runPlop(pkg, [typed]);
  expect(plop.status).toBe(1);
  expect(plop.err).toEqual([expect.stringMatching(line)]);
});

test('closest names: near ones first, none for a far name', () => {
  const names = ['db-schema', 'db-seed', 'db-entity', 'db-entities', 'db-field'];
  expect(closest('db-schem', names)[0]).toBe('db-schema');
  expect(closest('db-entites', names)[0]).toBe('db-entities');
  expect(closest('deploy', names)).toEqual([]);
});
