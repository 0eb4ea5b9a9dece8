/**
 * check(expr) is the one place users write SQL text: its 'string' literals are written again by the
 * dialect's literal function, so `'x\'` means the two characters x\ on every engine (MySQL would read the
 * backslash as an escape and the quoting would flip). Loaded with each engine's own client; the CHECK
 * then refuses exactly the values it names and takes others.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dialectOf } from '../src/dialects/registry.js';
import { withEncoding } from '../src/dialects/shared/ddl.js';
import { packageCopy } from './support/build.js';
import { runBin } from './support/bin-run.js';
import type { EngineId } from './support/engines.js';
import { describeClients } from './support/client-suites.js';
import { loadFile } from './support/sql-clients.js';
import { tempDir } from './support/temp.js';

const ENTITIES = "Probe: a:text:check(a <> 'x\\' and a <> ' or 1=1 or a = ' and a <> 'it''s'), b:text";
let pkg = '';
beforeAll(() => { pkg = packageCopy(); });

function checks(db: EngineId, open: () => Promise<{ name: string; close(): Promise<void> }>) {
  test('the CHECK refuses exactly its literal values and takes the rest, loaded by the client', async () => {
    const dest = tempDir(`check-${db}`);
    writeFileSync(join(dest, 'spec.json'), JSON.stringify({
      intake: 'Hostile check literals.', db, orm: 'none', scale: 'solo', style: 'schema-first', migctl: 'manual',
      entities: ENTITIES, relations: [], review: 'accept', runner: 'later', seed: 'skip',
    }));
    expect(runBin(pkg, ['db-schema', '--', '--spec', 'spec.json'], dest)).toMatchObject({ status: 0, err: [] });
    const engine = await open();
    try {
      const target = db === 'sqlite' ? join(dest, 'probe.db') : engine.name;
      const up = readdirSync(join(dest, 'migrations')).find((f) => !f.endsWith('.down.sql'))!;
      expect(loadFile(db, target, join('migrations', up), dest)).toMatchObject({ status: 0, stderr: '' });
      const d = dialectOf(db);
      const insert = (a: string) => {
        writeFileSync(join(dest, 'row.sql'), withEncoding(d, `INSERT INTO ${d.quote('probes')} (${d.quote('a')}, ${d.quote('b')}) VALUES (${d.literal(a)}, ${d.literal('b')});`));
        return loadFile(db, target, 'row.sql', dest);
      };
      for (const refused of ['x\\', ' or 1=1 or a = ', "it's"]) expect([refused, insert(refused).status]).not.toEqual([refused, 0]);
      for (const taken of ['x', "x\\'", 'x\\\\', 'it']) expect([taken, insert(taken)]).toMatchObject([taken, { status: 0, stderr: '' }]);
    } finally {
      await engine.close();
    }
  }, 120_000);
}

describeClients('check() literals', checks);
