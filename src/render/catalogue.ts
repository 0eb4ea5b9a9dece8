/** Words per choice: labels, libraries and hand-offs (data, not logic); engine words are Dialect members. */
import type { Answers, DB, ORM } from '../state/answers-schema.js';
import { dialectOf } from '../dialects/registry.js';

export function libraries(orm: ORM, db: DB): string {
  const d = dialectOf(db).connection.driver;
  switch (orm) {
    case 'none': return `${d.node} (driver)`;
    case 'drizzle': return `drizzle-orm + drizzle-kit, driver ${d.node}`;
    case 'sqlx': return `sqlx (crate) with features ["runtime-tokio", "${d.rust}"]`;
    case 'prisma': return 'prisma + @prisma/client';
    case 'sqlalchemy': return `SQLAlchemy + alembic, driver ${d.python}`;
  }
}

/** Prisma makes and applies its own migrations from prisma/schema.prisma: no SQL migration files, a hand-off. */
export function handoff(orm: ORM): string | undefined {
  if (orm === 'prisma') return 'prisma migrate makes the migrations (prisma/migrations/) from prisma/schema.prisma, written from this design';
  return undefined;
}

/** Where kei-migrate comes from (a Cargo git source works from any repo). */
export const KEI_REPO = 'https://github.com/KeiSeiLab/KeiSeiKit';
export const KEI_PATH = '_primitives/_rust/kei-migrate'; // the crate inside that repository

const RUNNER_LABEL: Record<string, string> = {
  'cargo-path-dep': 'kei-migrate as a Cargo path dependency',
  binary: 'kei-migrate built from source by cargo install (system-wide)',
  later: 'undecided (kei-migrate layout on disk, wiring deferred)',
};

export function runnerLabel(a: Partial<Pick<Answers, 'orm' | 'runner' | 'existing'>>): string {
  if (a.orm === 'prisma') return 'prisma migrate';
  if (a.orm === 'sqlalchemy') return 'Alembic';
  if (a.runner === 'existing') return a.existing ?? 'existing runner';
  return RUNNER_LABEL[a.runner ?? ''] ?? String(a.runner);
}

export const SCALE_LABEL: Record<string, string> = { solo: 'solo prototype', team: 'team dev', 'multi-replica': 'production multi-replica' };
