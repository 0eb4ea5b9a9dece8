/** What a db-schema run leaves in its destination, read back for assertions (wizard and packed-tarball tests). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Outputs {
  sql: string;
  /** migrations/ file names, sorted. */
  migrations: string[];
  /** Permission bits of secrets/db.env. */
  envMode: number;
  env: string;
  gitignore: string;
  design: { $schema?: string; answers: Record<string, unknown> } & Record<string, unknown>;
}

export function readOutputs(dest: string): Outputs {
  const at = (...p: string[]) => join(dest, ...p);
  for (const p of ['db/schema.sql', 'db/design.json', 'secrets/db.env', '.gitignore']) {
    if (!existsSync(at(p))) throw new Error(`${p} was not written in ${dest} (found: ${readdirSync(dest).join(', ') || 'nothing'})`);
  }
  return {
    sql: readFileSync(at('db', 'schema.sql'), 'utf8'),
    migrations: existsSync(at('migrations')) ? readdirSync(at('migrations')).sort() : [],
    envMode: statSync(at('secrets', 'db.env')).mode & 0o777,
    env: readFileSync(at('secrets', 'db.env'), 'utf8'),
    gitignore: readFileSync(at('.gitignore'), 'utf8'),
    design: JSON.parse(readFileSync(at('db', 'design.json'), 'utf8')),
  };
}

/** The kei-migrate pair: `<ts>_init_schema.down.sql` and `<ts>_init_schema.sql`, same UTC timestamp. */
export function initPair(migrations: string[]): string | undefined {
  const up = migrations.find((m) => /^\d{14}_init_schema\.sql$/.test(m));
  const ts = up?.slice(0, 14);
  return ts && migrations.includes(`${ts}_init_schema.down.sql`) && migrations.length === 2 ? ts : undefined;
}
