/** PostgreSQL's side of db-import's recognition: the set_updated_at trigger, the automatic timestamps, keyed indexes. */
import type { ImportHints } from '../import-hints.js';
import type { Catalog, CatTable } from '../../catalog/types.js';

const FN = 'set_updated_at';
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The body the language's trigger function has (dialects/postgres/index.ts createTriggerFunction). */
const BODY = squash(`BEGIN IF NEW."updated_at" IS NOT DISTINCT FROM OLD."updated_at" THEN NEW."updated_at" := now(); END IF;
  RETURN NEW; END;`);

/** The engine's own function is the language's: its body, to the letter. */
function ownFunction(c: Catalog): boolean {
  const fn = c.routines.find((r) => r.kind === 'function' && r.name === FN);
  const body = /\$function\$([\s\S]*)\$function\$/.exec(fn?.sql ?? '')?.[1];
  return !!body && squash(body) === BODY && /RETURNS trigger\s+LANGUAGE plpgsql/i.test(fn!.sql);
}

/** Casts the engine adds (`sku::text`, `'a'::character varying`), outside quoted text. */
const CAST = /::(?:"[^"]+"|character varying|double precision|time(?:stamp)? with(?:out)? time zone|[a-z_]+)(?:\(\d+(?:,\s*\d+)?\))?(?:\[\])?(?=[\s),\]]|$)/g;
const WORDS: [RegExp, string][] = [
  [/\s!~~\s/g, ' NOT LIKE '], [/\s~~\s/g, ' LIKE '], [/\b(COALESCE|LOWER|UPPER|TRIM|LENGTH|ABS)\(/g, ''],
];
/** The engine's text of an index part or predicate → the language's (casts off, operators back to words). */
function spoken(text: string): string {
  let out = text.replace(/'(?:[^']|'')*'|[^']+/g, (m) => (m.startsWith("'") ? m : m.replace(CAST, '')));
  for (const [re, to] of WORDS) out = out.replace(re, (m) => (to ? to : m.toLowerCase()));
  // `x = ANY (ARRAY['a', 'b'])` is how the engine keeps `x IN ('a', 'b')`
  out = out.replace(/(\w+) = ANY \(ARRAY\[([^\]]*)\]\)/g, '$1 IN ($2)');
  return out.replace(/^\((.*)\)$/s, '$1');
}

export const pgRecognise: ImportHints = {
  keptCurrent: (c, t: CatTable) => ownFunction(c) && t.columns.some((x) => x.name === 'updated_at') && c.triggers.some((g) =>
    g.table === t.name && g.timing === 'before' && g.events.join() === 'update' && /FOR EACH ROW EXECUTE FUNCTION set_updated_at\(\)$/.test(g.sql)),
  // bigint's own id is the automatic one (design-from.ts); a sequence default of the column's own sequence is serial
  generation: (col) => (col.identity === 'by-default' ? 'identity(by-default)'
    : !col.identity && /^nextval\('[^']+'::regclass\)$/.test(col.default ?? '') ? 'serial' : undefined),
  automaticTimestamp: (col) => col.type === 'timestamp with time zone' && !col.nullable && col.default === 'now()',
  keyed: (_t, i) => {
    if (i.method || i.columns.some((k) => / desc$/.test(k)) || (!i.where && !i.expression)) return undefined;
    return { keys: i.columns.map(spoken), ...(i.where ? { where: spoken(i.where) } : {}), unique: i.unique };
  },
};
