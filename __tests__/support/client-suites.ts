/** One suite per engine that loads files with the engine's own client (PostgreSQL and MariaDB scratch
 *  databases; SQLite a file named by the test), under the CI rule: a missing server or client fails. */
import { describeEngine, isCi, openEngine, type EngineId } from './engines.js';
import { clientInstalled } from './sql-clients.js';

export interface Scratch { name: string; close(): Promise<void> }
export type ClientSuite = (db: EngineId, open: () => Promise<Scratch>) => void;

export function describeClients(title: string, suite: ClientSuite): void {
  describeEngine('postgres', `${title} via psql -f`, () => suite('postgres', () => openEngine('postgres')));
  describeEngine('mysql', `${title} via the mariadb client`, () => suite('mysql', () => openEngine('mysql')));
  describe(`${title} via the sqlite3 client`, () => {
    if (clientInstalled('sqlite')) suite('sqlite', async () => ({ name: '', close: async () => undefined }));
    else test('the sqlite3 client is installed', () => { if (isCi()) throw new Error('sqlite3 CLI missing: add it to APT_PACKAGES'); });
  });
}
