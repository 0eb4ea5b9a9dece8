/** secrets/db.env: names only. `.gitignore` is written before it; an existing file is never touched. */
import type { DB } from '../state/answers-schema.js';
import type { FileRecord } from '../io/files.js';
import { gitignoreRecord, RUN_RULES } from '../io/gitignore.js';
import { dialectOf } from '../dialects/registry.js';
import { render } from './hbs.js';

export const SECRETS_PATH = 'secrets/db.env';

/** `format`: the URL the runner takes where it is not the engine's own (golang-migrate: sqlite3://). */
export function secretsRecords(dest: string, db: DB, format?: string): FileRecord[] {
  const ignore = gitignoreRecord(dest, [{ entry: 'secrets/', probe: SECRETS_PATH, why: 'secrets never enter git' }, ...RUN_RULES]);
  const env: FileRecord = { path: SECRETS_PATH, body: render('db.env', { dialect: db, format: format ?? dialectOf(db).connection.urlFormat }), mode: 0o600, ifAbsent: true };
  return ignore ? [ignore, env] : [env];
}
