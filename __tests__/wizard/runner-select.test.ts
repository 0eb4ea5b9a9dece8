/** Phase 4's runner questions: the runner preselected from the stack, and "Use an existing runner" followed by
 *  the runner select (asked with a scripted inquirer: what is asked, what is preselected, what is kept). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { askMigrations, preselect } from '../../src/wizard/finish.js';
import type { Inquirer } from '../../src/wizard/io.js';
import type { Spec } from '../../src/state/answers-schema.js';
import { tempDir } from '../support/temp.js';

interface Asked { name: string; default?: string; choices: string[] }

/** An inquirer that answers each prompt from `picks` and records what it was asked. */
function scripted(picks: Record<string, string>, asked: Asked[]): Inquirer {
  return {
    prompt: (async (qs: { name: string; default?: string; choices: { value: string }[] }[]) => {
      const q = qs[0];
      asked.push({ name: q.name, default: q.default, choices: q.choices.map((c) => c.value) });
      return { [q.name]: picks[q.name] };
    }) as Inquirer['prompt'],
  };
}

const BASE: Spec = { entities: 'User: email', orm: 'none', irreversible: [] };

test('the stack preselects the runner: a Cargo project the path dependency, SQLx its own runner, else the binary', () => {
  const dir = tempDir('stack');
  expect(preselect({ orm: 'none' }, dir)).toEqual({ runner: 'binary' });
  expect(preselect({ orm: 'sqlx' }, dir)).toEqual({ runner: 'existing', existing: 'sqlx' });
  writeFileSync(join(dir, 'Cargo.toml'), '[package]\nname = "app"\n');
  expect(preselect({ orm: 'drizzle' }, dir)).toEqual({ runner: 'cargo-path-dep' });
});

test('"Use an existing runner" is followed by the runner select; the answer is kept as `existing`', async () => {
  const asked: Asked[] = [];
  const a = await askMigrations(scripted({ runner: 'existing', existing: 'goose' }, asked), BASE, tempDir('ask'));
  expect(asked.map((q) => [q.name, q.default])).toEqual([['runner', 'binary'], ['existing', undefined]]);
  expect(asked[1].choices).toEqual(['dbmate', 'goose', 'golang-migrate', 'sqlx', 'atlas']);
  expect(a).toMatchObject({ runner: 'existing', existing: 'goose' });
});

test('SQLx: sqlx-cli preselected in the runner select', async () => {
  const asked: Asked[] = [];
  await askMigrations(scripted({ runner: 'existing', existing: 'sqlx' }, asked), { ...BASE, orm: 'sqlx' }, tempDir('ask'));
  expect(asked.map((q) => [q.name, q.default])).toEqual([['runner', 'existing'], ['existing', 'sqlx']]);
});

test('another runner answer drops an earlier `existing`; Prisma and SQLAlchemy are not asked for a runner', async () => {
  const asked: Asked[] = [];
  const a = await askMigrations(scripted({ runner: 'binary' }, asked), { ...BASE, existing: 'atlas' }, tempDir('ask'));
  expect(a.existing).toBeUndefined();
  expect(a.runner).toBe('binary');
  for (const orm of ['prisma', 'sqlalchemy'] as const) {
    const more: Asked[] = [];
    expect((await askMigrations(scripted({}, more), { ...BASE, orm }, tempDir('ask'))).runner).toBe('existing');
    expect(more).toEqual([]);
  }
});
