/**
 * The ORM's own files from the design, rewritten by every generator that changes it (init, db-entity,
 * db-field, db-relation): Prisma schema + config, Drizzle schema.ts, SQLAlchemy models + Alembic env.
 * Files a user owns afterwards (configs) are written only when absent.
 */
import type { Design } from '../state/design-schema.js';
import { encoded, type FileRecord } from '../io/files.js';
import { dialectOf } from '../dialects/registry.js';
import { render as renderWith, type Helpers } from '../render/hbs.js';
import { ormView } from './view.js';
import { prismaHelpers } from './prisma/helpers.js';
import { sqlalchemyHelpers } from './sqlalchemy/helpers.js';
import { drizzleHelpers } from './drizzle/helpers.js';

/** The ORM files' helpers, handed to the engine with each render (render/ imports none of orm/). */
const ORM_HELPERS: Helpers = { ...prismaHelpers, ...sqlalchemyHelpers, ...drizzleHelpers };

/** An ORM file's template rendered with the ORM helpers. */
export const render = (name: string, view: object): string => renderWith(name, view, ORM_HELPERS);

export function ormRecords(design: Design): FileRecord[] {
  const a = design.answers;
  if (!design.schema || !a.db || !a.orm) return [];
  const schema = design.schema;
  const db = a.db;
  let made: ReturnType<typeof ormView> | undefined; // only for an ORM with files (none and sqlx have none)
  const view = () => (made ??= ormView(schema, dialectOf(db)));
  switch (a.orm) {
    case 'prisma': return [
      encoded('prisma/schema.prisma', render('schema.prisma', view())),
      { path: 'prisma.config.ts', body: render('prisma.config.ts', view()), ifAbsent: true },
    ];
    case 'drizzle': return [encoded('db/schema.ts', render('schema.ts', view()))];
    case 'sqlalchemy': return [
      encoded('db/models.py', render('models.py', view())),
      { path: 'alembic.ini', body: render('alembic.ini', view()), ifAbsent: true },
      { path: 'alembic/env.py', body: render('alembic-env.py', view()), ifAbsent: true },
    ];
    default: return [];
  }
}
