/** The printed next steps per runner: the layout's status / up / down-1 commands, the URL from secrets/db.env,
 *  no Markdown fences, no internal jargon; snippets that apply SQL stop at the first error. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nextSteps } from '../../src/report/next-steps.js';
import { DIALECT_IDS } from '../../src/dialects/dialect.js';
import { answers, CLOCK } from '../entity-cases.js';
import { buildInit } from '../../src/core/init.js';
import { tempDir } from '../support/temp.js';
import type { Answers } from '../../src/state/answers-schema.js';

const CASES: [string, Partial<Answers>, RegExp[]][] = [
  ['binary', { runner: 'binary' }, [/cargo install --git https:\/\/github\.com\/KeiSeiLab\/KeiSeiKit kei-migrate/, /kei-migrate --database-url "\$DATABASE_URL" --dir migrations status/, /--dir migrations up$/m, /--dir migrations down 1 /]],
  ['cargo-path-dep', { runner: 'cargo-path-dep' }, [/git clone https:\/\/github\.com\/KeiSeiLab\/KeiSeiKit \.\.\/KeiSeiKit/,
    /#\s+kei-migrate = \{ path = "\.\.\/KeiSeiKit\/_primitives\/_rust\/kei-migrate" \}/, /never edits it/, /cargo install --path \.\.\/KeiSeiKit\/_primitives\/_rust\/kei-migrate/, /--dir migrations up$/m]],
  ['later', { runner: 'later' }, [/for f in \$\(ls migrations\/\*\.sql \| grep -v '\\\.down\\\.sql\$'\); do .* \|\| break; done/]],
  ['dbmate', { runner: 'existing', existing: 'dbmate' }, [/npx dbmate --no-dump-schema status/, /npx dbmate --no-dump-schema up/, /npx dbmate --no-dump-schema rollback/]],
  ['goose', { runner: 'existing', existing: 'goose' }, [/goose -dir migrations \w+ "\$DATABASE_URL" status/, /goose -dir migrations \w+ "\$DATABASE_URL" down /]],
  ['golang-migrate', { runner: 'existing', existing: 'golang-migrate' }, [/migrate -path migrations -database "\$DATABASE_URL" up$/m, /down 1 /]],
  ['sqlx', { runner: 'existing', existing: 'sqlx' }, [/sqlx migrate info/, /sqlx migrate run/, /sqlx migrate revert/]],
  ['atlas', { runner: 'existing', existing: 'atlas' }, [/atlas migrate apply --dir file:\/\/migrations --url "\$DATABASE_URL"/, /migrations\/down\/\d{14}_init_schema\.sql/]],
  ['alembic', { orm: 'sqlalchemy', runner: 'existing' }, [/alembic upgrade head/, /alembic downgrade -1/]],
  ['prisma', { orm: 'prisma', runner: 'existing' }, [/npx prisma validate/, /npx prisma migrate dev/]],
];

describe.each(DIALECT_IDS)('%s', (db) => {
  test.each(CASES)('%s', (_name, over, wanted) => {
    const a = { ...answers(db), ...over };
    const built = buildInit(a, undefined, tempDir('steps'), CLOCK);
    const text = nextSteps(a, built.design);
    expect(text).toContain('set -a && . ./secrets/db.env && set +a');
    for (const w of wanted) expect(text).toMatch(w);
    expect(text).not.toMatch(/```|SSoT|RULE \d/);
    for (const line of text.split('\n').filter((l) => /(^\s*|; |do )(psql|sqlite3) /.test(l))) expect(line).toMatch(/ON_ERROR_STOP=1|sqlite3 -bail/);
  });
});

test('no internal jargon in any template (every file a user gets is rendered from one)', () => {
  const dir = join(process.cwd(), 'templates');
  const offending = readdirSync(dir).filter((f) => /SSoT|RULE \d|```/.test(readFileSync(join(dir, f), 'utf8')));
  expect(offending).toEqual([]);
});
