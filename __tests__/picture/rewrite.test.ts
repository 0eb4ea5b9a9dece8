/** Every generator that changes the design rewrites the picture with schema.sql: db-entity adds a table to all three. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBin } from '../support/bin-run.js';
import { ROOT } from '../support/golden.js';
import { tempDir } from '../support/temp.js';

test('db-schema writes the picture; db-entity rewrites it with the new table', () => {
  const dir = tempDir('picture-rewrite');
  expect(runBin(ROOT, ['db-schema', '--', '--spec', join(ROOT, 'examples', 'blog.json')], dir).status).toBe(0);
  const read = () => ['md', 'svg', 'dbml'].map((x) => readFileSync(join(dir, 'db', `schema.${x}`), 'utf8'));
  expect(read().every((body) => !body.includes('badges'))).toBe(true);
  const r = runBin(ROOT, ['db-entity', '--', '--entities', 'Badge: label, user_id'], dir);
  expect(r.status).toBe(0);
  expect(r.out).toEqual(expect.arrayContaining(['written   db/schema.md', 'written   db/schema.svg', 'written   db/schema.dbml']));
  const [md, svg, dbml] = read();
  expect(md).toMatch(/^ {4}badges \{$/m);
  expect(md).toMatch(/^ {4}users \|\|--o\{ badges : "user_id"$/m);
  expect(svg).toContain('data-table="badges"');
  expect(dbml).toMatch(/^Ref "fk_badges_user_id": "badges"\."user_id" > "users"\."id"/m);
});
