/**
 * The one rule of who applies the migrations: an ORM with its own runner owns them (Prisma: prisma migrate;
 * SQLAlchemy: Alembic), so no runner is asked and no other layout fits; every other ORM leaves them to the runner.
 */
export type OrmRunner = 'prisma' | 'alembic';

export const ormRunner = (orm?: string): OrmRunner | undefined =>
  (orm === 'prisma' ? 'prisma' : orm === 'sqlalchemy' ? 'alembic' : undefined);

export const ormOwnsMigrations = (orm?: string): boolean => ormRunner(orm) !== undefined;
