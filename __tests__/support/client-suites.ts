/** One suite per engine that loads files with the engine's own client (PostgreSQL and MariaDB scratch
 *  databases; SQLite a file named by the test), under the CI rule: a missing server or client fails; without CI a missing
 *  server is skipped, and so is a missing sqlite3 (support/extras.ts, one loud line). */
import { describeEngine, openEngine, type EngineId } from './engines.js';
import { describeWith, SQLITE3 } from './extras.js';

export interface Scratch { name: string; close(): Promise<void> }
export type ClientSuite = (db: EngineId, open: () => Promise<Scratch>) => void;

export function describeClients(title: string, suite: ClientSuite): void {
  describeEngine('postgres', `${title} via psql -f`, () => suite('postgres', () => openEngine('postgres')));
  describeEngine('mysql', `${title} via the mariadb client`, () => suite('mysql', () => openEngine('mysql')));
  describeWith([SQLITE3], `${title} via the sqlite3 client`, () => suite('sqlite', async () => ({ name: '', close: async () => undefined })));
}
