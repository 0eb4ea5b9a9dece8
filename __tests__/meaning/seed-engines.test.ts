/**
 * Issue 21 seeds that load: a CHECK with whole-number division evaluated as the engines do, decimals at
 * their precision limit, e-mails within string(12), string(1) uniques, date and boolean natural keys
 * (and an FK to the date key), a self-referencing tree — init up, seed, init down, up, seed again,
 * through psql, mariadb and sqlite3.
 */
import { writeFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DialectId } from '../../src/dialects/dialect.js';
import { packageCopy } from '../support/build.js';
import { runBin } from '../support/bin-run.js';
import { describeClients, type Scratch } from '../support/client-suites.js';
import { loadFile } from '../support/sql-clients.js';
import { tempDir } from '../support/temp.js';

const ENTITIES = [
  'Category: name, parent_id:ref(Category)',
  'Day: on:date:pk, label',
  'Visit: note, day_on:ref(Day)',
  'Flag: on:boolean:pk, label',
  'Tiny: code:string(1):unique, email:string(12), price:decimal(2,2), amount:decimal(4,2):check(amount >= 99.5), ' +
    "ratio:decimal(30,28), n:integer:default(7):check(n / 3 = 2), w:string(8):check(w like 'ab%')",
].join('\n');

let pkg = '';
beforeAll(() => { pkg = packageCopy(); });

function seeds(db: DialectId, open: () => Promise<Scratch>) {
  test.each(['smoke', 'rich'])('%s: up, seed, down, up, seed — every file loads', async (tier) => {
    const dest = tempDir(`seed21-${db}`);
    writeFileSync(join(dest, 'spec.json'), JSON.stringify({
      intake: 'Seeds that load.', db, orm: 'none', scale: 'solo', style: 'schema-first', migctl: 'manual',
      entities: ENTITIES, relations: [], review: 'accept', runner: 'later', seed: tier,
    }));
    expect(runBin(pkg, ['db-schema', '--', '--spec', 'spec.json'], dest)).toMatchObject({ status: 0, err: [] });
    const files = readdirSync(join(dest, 'migrations')).sort();
    const up = join('migrations', files.find((f) => !f.endsWith('.down.sql'))!);
    const down = join('migrations', files.find((f) => f.endsWith('.down.sql'))!);
    const engine = await open();
    try {
      const target = db === 'sqlite' ? join(dest, 'probe.db') : engine.name;
      for (const f of [up, 'db/seed.sql', down, up, 'db/seed.sql', 'db/seed.sql']) {
        const run = loadFile(db, target, f, dest);
        expect([f, run.status, run.stderr.split('\n').filter((l) => l.trim() && !/NOTICE/.test(l))]).toEqual([f, 0, []]);
      }
    } finally {
      await engine.close();
    }
  }, 240_000);
}

describeClients('issue 21 seeds', seeds);
