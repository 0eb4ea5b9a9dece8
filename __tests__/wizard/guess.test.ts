/** Phase 1 preselection from the app paragraph: engine, ORM, scale, style, migration control, with the words why. */
import { guessIntake } from '../../src/wizard/guess.js';

const pick = (text: string) => Object.fromEntries(Object.entries(guessIntake(text)).map(([k, g]) => [k, g.value]));

test.each([
  ['A vet clinic on PostgreSQL in production.', { db: 'postgres', orm: 'none', scale: 'team', style: 'schema-first', migctl: 'hybrid' }],
  ['Inventory on MySQL with Prisma, 3 replicas on Kubernetes.', { db: 'mysql', orm: 'prisma', scale: 'multi-replica', style: 'code-first', migctl: 'hybrid' }],
  ['An offline-first notes app, embedded, Rust with sqlx. A solo side project.', { db: 'sqlite', orm: 'sqlx', scale: 'solo', style: 'schema-first' }],
  ['Multi-tenant B2B SaaS, 6-8 entities, Drizzle.', { db: 'postgres', orm: 'drizzle', scale: 'multi-replica', style: 'schema-first' }],
  ['A Python FastAPI service on MariaDB.', { db: 'mysql', orm: 'sqlalchemy', style: 'code-first' }],
  ['A todo list.', { db: 'postgres', orm: 'none', scale: 'team', style: 'schema-first', migctl: 'hybrid' }],
])('%s', (text, expected) => {
  expect(pick(text)).toMatchObject(expected);
});

test('the reason quotes the words that decided it; defaults say so', () => {
  const g = guessIntake('A vet clinic on PostgreSQL in production. Owners have pets.');
  expect(g.db.reason).toBe("from your description: 'clinic on PostgreSQL in production'");
  expect(g.scale.reason).toBe("from your description: 'production'"); // the decisive word, not 'PostgreSQL in production'
  expect(g.orm.reason).toMatch(/^default: /);
  expect(g.migctl.reason).toBe('recommended default: manual in production, automatic in development');
  expect(guessIntake('Orders; uses Prisma.').style.reason).toBe('follows the ORM: prisma defines the entities in code');
});
