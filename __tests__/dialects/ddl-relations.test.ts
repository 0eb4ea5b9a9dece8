/** Side by side: FK actions per relation kind (junction CASCADE, one-to-one CASCADE + UNIQUE, one-to-many RESTRICT). */
import { createSql, DIALECTS, type Small } from '../support/design.js';
import type { DialectId } from '../../src/dialects/dialect.js';

const design: Small = {
  entities: 'Organization: name\nUser: email\nProfile: bio\nPost: title',
  relations: [
    { from: 'Organization', to: 'User', kind: 'many-to-many' },
    { from: 'User', to: 'Profile', kind: 'one-to-one' },
    { from: 'User', to: 'Post', kind: 'one-to-many', column: 'author_id' },
  ],
};

const JUNCTION: Record<DialectId, string> = {
  postgres: `CREATE TABLE IF NOT EXISTS "organization_users" (
  "organization_id" BIGINT NOT NULL,
  "user_id" BIGINT NOT NULL,
  "created_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT "pk_organization_users" PRIMARY KEY ("organization_id", "user_id"),
  CONSTRAINT "fk_organization_users_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE,
  CONSTRAINT "fk_organization_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "ix_organization_users_user_id_organization_id" ON "organization_users" ("user_id", "organization_id");`,
  mysql: `CREATE TABLE IF NOT EXISTS \`organization_users\` (
  \`organization_id\` BIGINT UNSIGNED NOT NULL,
  \`user_id\` BIGINT UNSIGNED NOT NULL,
  \`created_at\` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (\`organization_id\`, \`user_id\`),
  KEY \`ix_organization_users_user_id_organization_id\` (\`user_id\`, \`organization_id\`),
  CONSTRAINT \`fk_organization_users_organization_id\` FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\` (\`id\`) ON DELETE CASCADE,
  CONSTRAINT \`fk_organization_users_user_id\` FOREIGN KEY (\`user_id\`) REFERENCES \`users\` (\`id\`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;`,
  sqlite: `CREATE TABLE IF NOT EXISTS "organization_users" (
  "organization_id" INTEGER NOT NULL,
  "user_id" INTEGER NOT NULL,
  "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "pk_organization_users" PRIMARY KEY ("organization_id", "user_id"),
  CONSTRAINT "fk_organization_users_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE,
  CONSTRAINT "fk_organization_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "ix_organization_users_user_id_organization_id" ON "organization_users" ("user_id", "organization_id");`,
};

/** Lines each dialect must hold, per table: the FK with its action and what indexes the FK column. */
const LINES: Record<string, Record<DialectId, string[]>> = {
  profiles: {
    postgres: ['  CONSTRAINT "uq_profiles_user_id" UNIQUE ("user_id"),',
      '  CONSTRAINT "fk_profiles_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE'],
    mysql: ['  UNIQUE KEY `uq_profiles_user_id` (`user_id`),',
      '  CONSTRAINT `fk_profiles_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE'],
    sqlite: ['  CONSTRAINT "uq_profiles_user_id" UNIQUE ("user_id"),',
      '  CONSTRAINT "fk_profiles_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE'],
  },
  posts: {
    postgres: ['  CONSTRAINT "fk_posts_author_id" FOREIGN KEY ("author_id") REFERENCES "users" ("id") ON DELETE RESTRICT',
      'CREATE INDEX IF NOT EXISTS "ix_posts_author_id" ON "posts" ("author_id");'],
    mysql: ['  KEY `ix_posts_author_id` (`author_id`),',
      '  CONSTRAINT `fk_posts_author_id` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT'],
    sqlite: ['  CONSTRAINT "fk_posts_author_id" FOREIGN KEY ("author_id") REFERENCES "users" ("id") ON DELETE RESTRICT',
      'CREATE INDEX IF NOT EXISTS "ix_posts_author_id" ON "posts" ("author_id");'],
  },
};

describe.each(DIALECTS)('%s', (db) => {
  test('many-to-many junction: composite PK, both FKs CASCADE, reverse-order index, created_at, no updated_at', () => {
    expect(createSql(db, design, 'organization_users')).toBe(JUNCTION[db]);
  });

  test.each(Object.keys(LINES))('%s: FK action and the FK column index', (table) => {
    const lines = createSql(db, design, table).split('\n');
    for (const line of LINES[table][db]) expect(lines).toContain(line);
  });

  test('one-to-one: the UNIQUE covers the FK column, no second index', () => {
    expect(createSql(db, design, 'profiles')).not.toMatch(/ix_profiles_user_id/);
  });
});
