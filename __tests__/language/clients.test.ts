/**
 * Issue 7 through the engines' own clients, as users load files (psql -f, mariadb < file, sqlite3 < file):
 * the v2 features design and the Sakila transcription go up → down → up, and a non-ASCII default
 * survives the client (MySQL files start with SET NAMES utf8mb4).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEngine, openEngine, type EngineId } from '../support/engines.js';
import { describeWith, SQLITE3 } from '../support/extras.js';
import { hex, hexRows, loadFile } from '../support/sql-clients.js';
import { tempDir } from '../support/temp.js';
import { renderDesign } from '../support/schema-run.js';
import { FEATURES } from './engine-facts.js';
import { SAKILA_ENTITIES, SAKILA_RELATIONS } from '../sample/sakila.js';

function viaClient(db: EngineId, open: () => Promise<{ name: string; close(): Promise<void> }>): void {
  test.each([['features', FEATURES, []], ['sakila', SAKILA_ENTITIES, SAKILA_RELATIONS]] as const)('%s: up, down, up; a non-ASCII default reads back byte for byte', async (what, entities, relations) => {
    const engine = await open();
    const dest = tempDir(`clients-${db}`);
    try {
      const r = renderDesign(db, entities, [...relations]);
      writeFileSync(join(dest, 'up.sql'), r.up);
      writeFileSync(join(dest, 'down.sql'), r.down);
      const target = db === 'sqlite' ? join(dest, 'probe.db') : engine.name;
      for (const f of ['up.sql', 'down.sql', 'up.sql']) {
        const run = loadFile(db, target, f, dest);
        const problems = run.stderr.split('\n').filter((l) => l.trim() && !/NOTICE: .*does not exist, skipping/.test(l)); // re-runnable FK adds
        expect([what, f, run.status, problems]).toEqual([what, f, 0, []]);
      }
      if (what !== 'features') return;
      writeFileSync(join(dest, 'row.sql'), "INSERT INTO notes (id, body) VALUES (7, 'x');\n".replace('(id, body) VALUES (7,', db === 'postgres' ? '(body) OVERRIDING SYSTEM VALUE VALUES (' : '(id, body) VALUES (7,'));
      expect(loadFile(db, target, 'row.sql', dest).status).toBe(0);
      expect(hexRows(db, target, 'notes', 'label', dest, 'id').map(([, h]) => h)).toEqual([hex("café ☕ it's")]);
    } finally {
      await engine.close();
    }
  });
}

describeEngine('postgres', 'v2 designs via psql -f', () => viaClient('postgres', () => openEngine('postgres')));
describeEngine('mysql', 'v2 designs via the mariadb client', () => viaClient('mysql', () => openEngine('mysql')));
describeWith([SQLITE3], 'v2 designs via the sqlite3 client', () => viaClient('sqlite', async () => ({ name: '', close: async () => undefined })));
