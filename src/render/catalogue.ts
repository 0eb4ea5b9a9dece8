/** Words per choice: labels, libraries, hand-offs and connection formats (data, not logic). */
import type { DB, ORM } from '../state/answers-schema.js';

export const DB_URL_FORMAT: Record<DB, string> = {
  postgres: 'postgres://<user>@<host>:5432/<database>',
  mysql: 'mysql://<user>@<host>:3306/<database>',
  sqlite: 'sqlite:<path/to/app.sqlite3>',
};

const DRIVER: Record<DB, { node: string; python: string; rust: string }> = {
  postgres: { node: 'pg', python: 'psycopg', rust: 'postgres' },
  mysql: { node: 'mysql2', python: 'PyMySQL', rust: 'mysql' },
  sqlite: { node: 'better-sqlite3', python: 'sqlite3 (stdlib)', rust: 'sqlite' },
};

export function libraries(orm: ORM, db: DB): string {
  const d = DRIVER[db];
  switch (orm) {
    case 'none': return `${d.node} (driver)`;
    case 'drizzle': return `drizzle-orm + drizzle-kit, driver ${d.node}`;
    case 'sqlx': return `sqlx (crate) with features ["runtime-tokio", "${d.rust}"]`;
    case 'prisma': return 'prisma + @prisma/client';
    case 'sqlalchemy': return `SQLAlchemy + alembic, driver ${d.python}`;
  }
}

/** Prisma and SQLAlchemy keep their own migration layout: no kei-migrate files, a hand-off instead. */
export function handoff(orm: ORM): string | undefined {
  if (orm === 'prisma') return 'use `prisma migrate dev` (prisma/migrations/) — schema.sql is the design SSoT, port it to the native format.';
  if (orm === 'sqlalchemy') return 'use `alembic upgrade head` (alembic/versions/) — schema.sql is the design SSoT, port it to the native format.';
  return undefined;
}

export const RUNNER_LABEL: Record<string, string> = {
  'cargo-path-dep': 'kei-migrate as a Cargo workspace path dependency',
  binary: 'kei-migrate prebuilt binary (system-wide)',
  existing: 'existing runner (hand-off recorded)',
  later: 'decided later (files on disk, wiring deferred)',
};

export const SCALE_LABEL: Record<string, string> = { solo: 'solo prototype', team: 'team dev', 'multi-replica': 'production multi-replica' };
