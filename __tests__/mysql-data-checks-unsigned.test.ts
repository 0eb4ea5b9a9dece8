/**
 * MySQL's data check of a narrowed integer takes the range of the type it becomes, unsigned included, on the real
 * MariaDB: integer:unsigned → smallint:unsigned keeps 40000 (SMALLINT UNSIGNED holds 0…65535; the check said
 * -32768…32767 and stopped the file); integer:unsigned → integer stops at its check for 3000000000 (over INT's
 * 2147483647; no check was made, so the ALTER itself failed) and runs for 7.
 */
import { describeEngine, openEngine } from './support/engines.js';
import { buildInit } from '../src/core/init.js';
import { planChange } from '../src/change/plan.js';
import { ChangeSpec } from '../src/change/spec.js';

const init = buildInit({
  intake: 'Counters.', db: 'mysql', orm: 'none', scale: 'team', style: 'schema-first', migctl: 'manual',
  entities: 'Counter: n:integer:unsigned', relations: [], review: 'accept', runner: 'later', irreversible: [],
}, undefined, '/nonexistent', new Date('2026-01-01T00:00:00Z'));
const initUp = init.files.find((f) => f.path.endsWith('_init_schema.sql'))!.body;
const up = (entities: string) => planChange(init.design, ChangeSpec.parse({ entities, allowDestructive: true }), '/nonexistent',
  new Date('2026-01-02T00:00:00Z')).up!;

describeEngine('mysql', 'MySQL: a narrowed unsigned integer checked against its own range', () => {
  test.each([
    ['Counter: n:smallint:unsigned', 40000, undefined],
    ['Counter: n:smallint:unsigned', 70000, /CONSTRAINT `counters\.n holds a number out of smallint( unsigned)?` failed/],
    ['Counter: n:integer', 7, undefined],
    ['Counter: n:integer', 3000000000, /CONSTRAINT `counters\.n holds a number out of integer` failed/],
  ] as const)('%s with n = %d', async (entities, n, error) => {
    const e = await openEngine('mysql');
    try {
      await e.exec(initUp);
      await e.exec(`INSERT INTO counters (n) VALUES (${n});`);
      if (error) await expect(e.exec(up(entities))).rejects.toThrow(error);
      else {
        await e.exec(up(entities));
        expect(await e.query('SELECT n FROM counters')).toEqual([{ n }]);
      }
    } finally { await e.close(); }
  });
});
