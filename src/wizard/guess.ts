/** Phase 1 preselection from the app paragraph: engine, ORM, scale and style words, each with the words that
 *  decided it ("from your description: 'PostgreSQL in production'"); otherwise the origin's defaults. */
import { DEFAULT_DIALECT } from '../dialects/registry.js';

type Key = 'db' | 'orm' | 'scale' | 'style' | 'migctl';
export interface Guess { value: string; reason: string }

const RULES: Record<Exclude<Key, 'style' | 'migctl'>, [RegExp, string][]> = {
  db: [
    [/\b(postgres(?:ql)?|pg\s?\d*|supabase|neon)\b/i, 'postgres'],
    [/\b(mysql|mariadb|planetscale|aurora mysql)\b/i, 'mysql'],
    [/\b(sqlite|libsql|turso|d1|edge|embedded|offline[- ]first|single[- ]file|serverless)\b/i, 'sqlite'],
    [/\b(multi[- ]?tenant|tenants?|regulated|compliance)\b/i, 'postgres'],
  ],
  orm: [
    [/\bdrizzle\b/i, 'drizzle'], [/\bprisma\b/i, 'prisma'], [/\b(sqlx|rust|axum|actix)\b/i, 'sqlx'],
    [/\b(sqlalchemy|alembic|python|fastapi|flask)\b/i, 'sqlalchemy'], [/\b(raw sql|plain sql|no orm)\b/i, 'none'],
  ],
  scale: [
    [/\b(replicas?|multi[- ]replica|kubernetes|k8s|high[- ]availability|horizontal(?:ly)? scal\w*|multi[- ]?tenant|millions of)\b/i, 'multi-replica'],
    [/\b(prototype|side project|hobby|solo|just me|mvp|poc)\b/i, 'solo'],
    [/\b(team|staging|developers|production)\b/i, 'team'],
  ],
};

/** The match with up to two words on either side, within its sentence, as typed. */
function around(text: string, index: number, length: number): string {
  const start = Math.max(text.lastIndexOf('.', index) + 1, text.lastIndexOf('\n', index) + 1, text.lastIndexOf(';', index) + 1);
  const before = /(?:\S+\s+){0,2}$/.exec(text.slice(start, index))![0];
  const after = /^(?:[^\S\n]*[^\s.;]+){0,2}/.exec(text.slice(index + length))![0];
  return `${before}${text.slice(index, index + length)}${after}`.trim().replace(/[,:]$/, '');
}

const from = (text: string, m: RegExpExecArray) => `from your description: '${around(text, m.index, m[0].length)}'`;

export function guessIntake(text: string): Record<Key, Guess> {
  const out = {} as Record<Key, Guess>;
  for (const key of ['db', 'orm', 'scale'] as const) {
    for (const [re, value] of RULES[key]) {
      const m = re.exec(text);
      // scale: the words that decided it only (the words around them name the engine, not the scale)
      if (m) { out[key] = { value, reason: key === 'scale' ? `from your description: '${m[0]}'` : from(text, m) }; break; }
    }
  }
  out.db ??= { value: DEFAULT_DIALECT, reason: 'default: the safe choice for a server app' };
  out.orm ??= { value: 'none', reason: 'default: plain SQL (nothing in your description names an ORM)' };
  out.scale ??= { value: 'team', reason: 'default: shared dev DB, staging, production' };
  const codeFirst = ['prisma', 'sqlalchemy'].includes(out.orm.value);
  out.style = codeFirst
    ? { value: 'code-first', reason: `follows the ORM: ${out.orm.value} defines the entities in code` }
    : { value: 'schema-first', reason: 'default with raw SQL, SQLx and Drizzle: db/schema.sql first' };
  out.migctl = { value: 'hybrid', reason: 'recommended default: manual in production, automatic in development' };
  return out;
}
