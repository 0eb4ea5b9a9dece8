/** Referential actions in every ORM's words, from the FK's SQL action (the language may add more than two). */
import { prismaHelpers } from '../../src/orm/prisma/helpers.js';
import { ormView } from '../../src/orm/view.js';
import { dialectOf } from '../../src/dialects/registry.js';
import { ormDesign } from './designs.js';
import { render } from '../../src/orm/files.js';

test.each([['cascade', 'Cascade'], ['restrict', 'Restrict'], ['set null', 'SetNull'], ['no action', 'NoAction'], ['set default', 'SetDefault']])(
  'Prisma: %s → %s', (sql, prisma) => expect(prismaHelpers.prismaAction(sql)).toBe(prisma));

test('every ORM file carries the FK action of the schema (a set null FK too)', () => {
  const schema = structuredClone(ormDesign('blog', 'postgres', 'none').design.schema!);
  const fk = schema.tables.find((t) => t.name === 'posts')!.foreignKeys[0] as { onDelete: string };
  fk.onDelete = 'set null';
  const view = ormView(schema, dialectOf('postgres'));
  expect(render('schema.prisma', view)).toMatch(/@relation\("fk_posts_author_id", .*onDelete: SetNull\)/);
  expect(render('schema.ts', view)).toMatch(/name: 'fk_posts_author_id'.*\.onDelete\('set null'\)/);
  expect(render('models.py', view)).toMatch(/ForeignKey\("users\.id", name="fk_posts_author_id", ondelete="SET NULL"\)/);
});
