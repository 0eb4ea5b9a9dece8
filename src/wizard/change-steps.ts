/**
 * db-change by clicks, around the edit: the contract of a pending expand offered first (safety online), and, where
 * a change drops or narrows, a data step beside the confirmation: the user's SQL, picked among the project's .sql
 * files (not migrations), run between the new shape and the removal of the old; its down picked the same way, or
 * none (then marked irreversible).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Design } from '../state/design-schema.js';
import { select, type Inquirer } from './io.js';

const c = (value: string, label: string, hint: string) => ({ value, label, hint });
const SKIP = new Set(['node_modules', '.git', 'migrations', 'dist', 'secrets', '.db-scaffold-run']);

/** The project's .sql files outside migrations, two levels deep at most. */
function sqlFiles(root: string, dir = root, depth = 0): string[] {
  let names: string[] = [];
  try { names = readdirSync(dir).sort(); } catch { return []; }
  return names.flatMap((n) => {
    const p = join(dir, n);
    if (SKIP.has(n) || n === 'schema.sql' || n === 'seed.sql') return [];
    if (depth < 2 && statSync(p).isDirectory()) return sqlFiles(root, p, depth + 1);
    return n.endsWith('.sql') ? [relative(root, p)] : [];
  });
}

/** With an expand pending: its contract, or another change (the expand stays pending). */
export async function askContract(inq: Inquirer, design: Design): Promise<boolean> {
  if (!design.contract) return false;
  return (await select(inq, 'pending', 'An expand is waiting for its contract', [
    c('contract', 'Run the contract', `${design.contract.name}: removes the old shape; once every replica runs the new code`),
    c('change', 'Another change', 'pick an entity and what to change; the expand stays pending'),
  ])) === 'contract';
}

/** A change that drops or narrows: confirmed as it is, with a data step first (files picked from the project), or cancelled. */
export async function confirmData(inq: Inquirer, message: string, dest: string): Promise<'yes' | 'no' | { up: string; down?: string }> {
  const files = sqlFiles(dest);
  const pick = await select(inq, 'confirm', message, [
    c('yes', 'Yes, drop / narrow it', ''),
    ...(files.length ? [c('data', 'Yes, with a data step', 'your SQL (a .sql file of the project) moves the data before the old shape goes')] : []),
    c('no', 'Cancel', 'nothing is written'),
  ]);
  if (pick !== 'data') return pick as 'yes' | 'no';
  const up = await select(inq, 'dataUp', 'The data step\'s SQL', files.map((f) => c(f, f, 'runs once the new shape is there')));
  const down = await select(inq, 'dataDown', 'Its down', [
    c('', 'No down', 'the data step is marked irreversible: its down aborts'),
    ...files.filter((f) => f !== up).map((f) => c(f, f, 'puts the data back before the old shape returns')),
  ]);
  return { up, ...(down ? { down } : {}) };
}
