/** `<generator> --help`: its answer keys with the allowed values and an example; a mistyped generator name
 *  gets the closest names. */
import { distance } from 'fastest-levenshtein';
import type { Answers } from '../state/answers-schema.js';
import { allowed } from './given.js';

export interface Helped {
  name: string; description: string; keys: (keyof Answers)[]; more?: Readonly<Record<string, string>>; example: string;
  options?: string[];
}

const WHAT: Partial<Record<keyof Answers, string>> = {
  intake: 'one paragraph: what the app does, rough entity count, constraints',
  entities: 'one entity a line: Entity: field, field:type[:unique|index|optional]',
  relations: 'JSON [{"from":"User","to":"Post","kind":"one-to-many","column":"author_id","onDelete":"cascade"}]',
  irreversible: 'entity names, comma-separated (optional)',
  rows: 'volume tier: rows over the whole design, scaled from the rich tier (default 100000), or per table: members=1000,loans=50000',
};

export function generatorHelp(g: Helped): string {
  const rows: [string, string][] = [...g.keys.map((k): [string, string] => [k, WHAT[k] ?? allowed(k)]), ...Object.entries(g.more ?? {})];
  const width = Math.max(...rows.map(([k]) => k.length));
  const keys = rows.map(([k, what]) => `  ${k.padEnd(width)}  ${what}`);
  return [
    `${g.name}: ${g.description}`, '',
    ...(g.options ?? ['Answer keys (in --spec FILE as JSON, or one by one as -- --<key> VALUE; a missing one is asked on a terminal):', ...keys]), '',
    'Example:',
    `  npx plop ${g.name} -- ${g.example}`,
    `  npx db-scaffold ${g.name} -- ${g.example}`, '',
    g.options ? 'Exit: 0 clean, 1 findings, 2 could not verify' : 'Options: --spec FILE, --dest DIR (where to write), --help (after --; with db-scaffold also before it)',
  ].join('\n');
}

/** The known names closest to `typed` (at most three; none when nothing is near). */
export function closest(typed: string, names: readonly string[]): string[] {
  const t = typed.toLowerCase();
  const scored = names.map((n) => ({ n, d: n.startsWith(t) || t.startsWith(n) ? 0.5 : distance(t, n) }));
  const near = scored.filter((s) => s.d <= Math.max(2, Math.floor(t.length / 3))).sort((a, b) => a.d - b.d);
  return near.slice(0, 3).map((s) => s.n);
}

export function unknownGenerator(typed: string, names: readonly string[]): string {
  const near = closest(typed, names);
  const hint = near.length ? `did you mean ${near.join(' or ')}? ` : '';
  return `unknown generator '${typed}'; ${hint}(generators: ${names.join(', ')})`;
}
