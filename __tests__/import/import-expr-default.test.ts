/**
 * db-import says an expression default in the language, `default(expr(…))`, where the shared expression language
 * can (constants, arithmetic, length lower upper trim abs coalesce: the engine's own text, PostgreSQL's casts
 * taken off), and an engine's own expression (`now() + 7 days`) as that engine's SQL: the engine holding it as a
 * column default ran it, so it is taken without running it again (model/engine-expr.ts trustPending). The round
 * trip stays exact, on the real PostgreSQL and MariaDB and on SQLite.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEngine } from '../support/engines.js';
import { roundTrip, type ServerId } from './roundtrip.js';

const LATER: Record<ServerId, string> = {
  postgres: "timestamp DEFAULT (now() + interval '7 days')",
  mysql: 'datetime DEFAULT (current_timestamp() + interval 7 day)',
  sqlite: "text DEFAULT (datetime('now', '+7 days'))",
};
const DUE: Record<ServerId, string> = {
  postgres: "datetime:optional:default(expr((now() + '7 days')))",
  mysql: 'datetime:optional:default(expr((current_timestamp() + interval 7 day)))',
  sqlite: "text:optional:default(expr(datetime('now', '+7 days')))",
};
const schema = (id: ServerId) => `CREATE TABLE counters (id integer PRIMARY KEY, retries integer NOT NULL DEFAULT (2 * 3 + 1),
  size integer NOT NULL DEFAULT (abs(-2) * 10), due ${LATER[id]});`;

for (const id of ['postgres', 'mysql', 'sqlite'] as const) {
  describeEngine(id, 'db-import: expression defaults', () => {
    test('default(expr(…)) for shared and engine expressions alike; the round trip exact', async () => {
      const trip = await roundTrip(id, schema(id));
      try {
        expect(trip.diffs).toEqual([]);
        const entities = JSON.parse(readFileSync(join(trip.dest, 'db', 'design.json'), 'utf8')).answers.entities as string;
        expect(entities).toMatch(/\bretries:integer:default\(expr\(\(*2 \* 3\)? \+ 1\)*\)\)/);
        expect(entities).toMatch(/\bsize:integer:default\(expr\(\(*abs\(-2\) \* 10\)*\)\)/);
        expect(entities).toContain(`due:${DUE[id]}`); // the engine's own expression, taken as its catalog holds it
        expect(trip.residue).not.toMatch(/due: .*\(the language gives none\)/);
        const comments = trip.residue.split('\n').filter((l) => /^-- (column|table) /.test(l)).join('\n');
        // PostgreSQL and MariaDB store the expression as the language prints it; SQLite keeps the text as written
        // (`2 * 3 + 1`, the language's `(2 * 3) + 1`), so there the table is still rebuilt from the original's text
        if (id === 'sqlite') expect(comments).toMatch(/retries: default 2 \* 3 \+ 1 \(the language gives \(2 \* 3\) \+ 1\)/);
        else expect(comments).not.toMatch(/\b(retries|size)\b/);
      } finally {
        await trip.source.close();
      }
    }, 180000);
  });
}
