/**
 * The one rule of who applies the migrations: an ORM with its own runner owns them (Prisma: prisma migrate;
 * SQLAlchemy: Alembic), so no runner is asked and no other layout fits; every other ORM leaves them to the runner.
 * Which ORM owns which layout is that layout's `ownedBy` (runners/layouts.ts).
 */
import { LAYOUT_LIST, type LayoutId } from './layouts.js';

export const ormRunner = (orm?: string): LayoutId | undefined => (orm ? LAYOUT_LIST.find((l) => l.ownedBy === orm)?.id : undefined);

export const ormOwnsMigrations = (orm?: string): boolean => ormRunner(orm) !== undefined;
