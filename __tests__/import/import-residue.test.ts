/**
 * The residue lives in the design: db-import writes it into db/design.json (kind, name, reason, SQL) and renders
 * db/residue.sql from it; a db-change after the import keeps both as they were; db-verify replays it after the
 * ups, so the imported database (marked applied for dbmate, as the printed step says) shows no drift, before and
 * after the change. On MariaDB (a server scratch) and SQLite (sql.js, the file of a sqlite: URL) with the forum
 * sample; on PostgreSQL (replayed on PGlite) with an enum, a function, a trigger and an expression index, but no
 * view: PGlite's PostgreSQL prints a view's text otherwise than the server's 15, which drift would name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEngine } from '../support/engines.js';
import { openReadable } from '../support/readable.js';
import { verify } from '../../src/verify/run.js';
import { addField, onSqliteFile, PKG, roundTrip, urlOf } from './roundtrip.js';

const PG = `CREATE TYPE mood AS ENUM ('calm', 'busy');
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email varchar(320) NOT NULL, mood mood NOT NULL DEFAULT 'calm',
  touched_at timestamptz NOT NULL DEFAULT now());
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.touched_at = now(); RETURN NEW; END $$;
CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
CREATE INDEX users_email_lower ON users (lower(email));`;
const sample = (id: 'mysql' | 'sqlite') => readFileSync(join(PKG, '__tests__', 'import', 'samples', 'forum', `${id}.sql`), 'utf8');

const designOf = (dest: string) => JSON.parse(readFileSync(join(dest, 'db', 'design.json'), 'utf8'));

for (const id of ['mysql', 'sqlite', 'postgres'] as const) {
  describeEngine(id, 'db-import: the residue in the design', () => {
    test('kept by db-change, replayed by db-verify, no drift on the imported database', async () => {
      const trip = await roundTrip(id, id === 'postgres' ? PG : sample(id), ['--runner', 'existing', '--existing', 'dbmate']);
      const scratch = id === 'mysql' ? await openReadable('mysql') : undefined;
      try {
        expect(trip.diffs).toEqual([]);
        const design = designOf(trip.dest);
        expect(design.residue.length).toBeGreaterThan(2);
        for (const r of design.residue) expect(r).toEqual({ kind: expect.any(String), name: expect.any(String), reason: expect.any(String), sql: expect.any(Array) });
        const [kind, name] = id === 'postgres' ? ['trigger', 'users_touch on users'] : ['view', 'published_posts'];
        expect(design.residue).toContainEqual(expect.objectContaining({ kind, name, reason: `the language has no ${kind}s` }));
        const rendered = readFileSync(join(trip.dest, 'db', 'residue.sql'), 'utf8');
        expect(rendered).toMatch(/rendered from db\/design\.json/);
        for (const r of design.residue) expect(rendered).toContain(`-- ${r.kind} ${r.name}: ${r.reason}`);
        // the printed step marks the baseline applied on the imported database
        const out = trip.run.out;
        const from = out.findIndex((l) => l.endsWith("<<'SQL'"));
        const mark = out.slice(from + 1, out.indexOf('SQL', from)).join('\n');
        if (trip.file) await onSqliteFile(trip.file, mark);
        else await trip.source.exec(mark);
        const url = trip.file ? urlOf(id, trip.file) : urlOf(id, trip.source);
        const env = { ...process.env, DATABASE_URL: scratch ? urlOf('mysql', scratch) : '' };
        const check = async () => {
          const lines: string[] = [];
          const r = await verify({ dest: trip.dest, url, json: false, env, say: (l) => lines.push(l), adopt: false, revert: false });
          expect(lines.join('\n')).toMatch(/^replay +ok: .*db\/residue\.sql after them/m);
          expect(lines.join('\n')).toMatch(/^drift +ok: .* matches the migrations/m);
          expect(r.exit).toBe(0);
        };
        await check();
        // db-change (a column) keeps the residue in the design and its rendering byte for byte
        const run = addField(trip.dest, 'User', 'nickname:string(40):optional');
        expect(run.err).toEqual([]);
        const after = designOf(trip.dest);
        expect(after.migrations).toHaveLength(2);
        expect(after.residue).toEqual(design.residue);
        expect(readFileSync(join(trip.dest, 'db', 'residue.sql'), 'utf8')).toBe(rendered);
        await check(); // the database is still at the baseline: the migrations up to it + the residue match it
      } finally {
        await trip.source.close();
        await scratch?.close();
      }
    }, 240000);
  });
}
