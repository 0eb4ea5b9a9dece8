/** PostgreSQL writes catalog objects back (an import's residue): ALTER in place, the engine's own texts. */
import type { CatColumn, CatTable } from '../../catalog/types.js';
import type { ReplayWriter, Replayed } from '../../catalog/replay.js';

const q = (n: string) => `"${n.replace(/"/g, '""')}"`;
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const at = (phase: number, ...sql: string[]): Replayed[] => sql.map((s) => ({ phase, sql: s }));
const cols = (c: string[]) => c.map(q).join(', ');
/** `public.x` → `x`: the residue runs in whichever schema the migrations use. */
const unqualify = (sql: string) => sql.replace(/ ON (ONLY )?("?[\w$]+"?)\.(?=["\w])/, ' ON $1');
/** A routine's own name only: its body is kept as written (a join's `ON c.id` is no schema). */
const unqualifyName = (sql: string) => sql.replace(/^(CREATE OR REPLACE (FUNCTION|PROCEDURE) )("?[\w$]+"?)\./, '$1');
const identity = (c: CatColumn) => (c.identity === 'always' ? 'ALWAYS' : 'BY DEFAULT');

function colDef(c: CatColumn): string {
  const gen = c.generated ? ` GENERATED ALWAYS AS (${c.generated.expr}) STORED` : '';
  const ident = c.identity === 'always' || c.identity === 'by-default' ? ` GENERATED ${identity(c)} AS IDENTITY` : '';
  const def = c.default !== null && !c.generated ? ` DEFAULT ${c.default}` : '';
  const coll = c.collation !== undefined ? ` COLLATE ${q(c.collation)}` : '';
  return `${q(c.name)} ${c.type}${coll}${gen}${ident}${c.nullable ? '' : ' NOT NULL'}${def}`;
}

const comment = (t: CatTable, c: CatColumn) =>
  (c.comment === undefined ? [] : at(5, `COMMENT ON COLUMN ${q(t.name)}.${q(c.name)} IS ${lit(c.comment)};`));

/** A citext column needs the extension, which the baseline makes only for the design's own citext fields. */
const citext = (...cs: CatColumn[]) => (cs.some((c) => /^citext\b/.test(c.type))
  ? at(0, 'CREATE EXTENSION IF NOT EXISTS citext;') : []);

const pkOf = (t: CatTable) => (t.primaryKey ? [`CONSTRAINT ${q(t.primaryKey.name)} PRIMARY KEY (${cols(t.primaryKey.columns)})`] : []);

const isIdentity = (c: CatColumn) => c.identity === 'always' || c.identity === 'by-default';

/** A change ALTER makes keeping the rows: a generated column made plain (its values kept), an identity's kind, one dropped or added (its counter after the rows). */
function inPlace(t: CatTable, c: CatColumn, changed: (keyof CatColumn)[], was: CatColumn, alter: (x: string) => string): string[] | undefined {
  if (changed.length === 1 && changed[0] === 'generated' && !c.generated) return [alter('DROP EXPRESSION')];
  if (changed.length !== 1 || changed[0] !== 'identity') return undefined;
  if (isIdentity(c) && isIdentity(was)) return [alter(`SET GENERATED ${identity(c)}`)];
  if (!isIdentity(c)) return [alter('DROP IDENTITY IF EXISTS')];
  return [alter(`ADD GENERATED ${identity(c)} AS IDENTITY`), `SELECT setval(pg_get_serial_sequence('${q(t.name)}', '${c.name}'), `
    + `COALESCE(MAX(${q(c.name)}), 0) + 1, false) FROM ${q(t.name)};`];
}

export const pgReplay: ReplayWriter = {
  lossOf: (t, c, changed, was) => (changed.includes('generated') && c.generated && !was.generated
    ? `the values ${t.name}.${c.name} holds become the expression's (${c.generated.expr}); to keep them: copy the column first `
      + `(ALTER TABLE ${q(t.name)} ADD COLUMN ${q(`${c.name}_kept`)} ${was.type}; UPDATE ${q(t.name)} SET ${q(`${c.name}_kept`)} = ${q(c.name)};), `
      + `or export them (\\copy (SELECT * FROM ${q(t.name)}) TO '${t.name}.csv' CSV HEADER), or keep the column as it is with --adopt` : undefined),
  dropColumn: (t, c) => at(2, `ALTER TABLE ${q(t.name)} DROP COLUMN ${q(c.name)};`),
  columnOrder: (t, live, wanted) => `column order: the revert leaves ${live.join(', ')}, the design has ${wanted.join(', ')}; PostgreSQL cannot move `
    + `a column, so db-verify still names it; to have the design's order: rebuild the table (CREATE TABLE ${t}_new with the columns in `
    + `that order, INSERT INTO ${t}_new SELECT them FROM ${t}, drop ${t} and rename ${t}_new, its keys, indexes, triggers and the FKs to it made `
    + `again), or dump and reload it (pg_dump -t ${t}, the CREATE TABLE's columns reordered), or leave it: only SELECT * sees the order`,
  primaryKey: (t, was) => {
    const parts = [...(was.primaryKey ? [`DROP CONSTRAINT ${q(was.primaryKey.name)}`] : []),
      ...(t.primaryKey ? [`ADD CONSTRAINT ${q(t.primaryKey.name)} PRIMARY KEY (${cols(t.primaryKey.columns)})`] : [])];
    return at(5, `ALTER TABLE ${q(t.name)} ${parts.join(', ')};`);
  },
  createTable: (t) => [
    ...citext(...t.columns),
    ...at(4, `CREATE TABLE ${q(t.name)} (\n  ${[...t.columns.map(colDef), ...pkOf(t)].join(',\n  ')}\n);`),
    ...t.columns.flatMap((c) => comment(t, c)),
  ],
  addColumn: (t, c) => [...citext(c), ...at(4, `ALTER TABLE ${q(t.name)} ADD COLUMN ${colDef(c)};`), ...comment(t, c)],
  fixColumn: (t, c, changed, was) => {
    const alter = (x: string) => `ALTER TABLE ${q(t.name)} ALTER COLUMN ${q(c.name)} ${x};`;
    const has = (...k: (keyof CatColumn)[]) => k.some((x) => changed.includes(x));
    const kept = was && inPlace(t, c, changed, was, alter); // the rows and the identity's counter kept
    if (kept) return at(4, ...kept);
    if (has('generated')) return [...at(2, `ALTER TABLE ${q(t.name)} DROP COLUMN ${q(c.name)};`), ...pgReplay.addColumn(t, c)];
    const out: Replayed[] = [];
    const keyed = has('identity', 'default', 'type');
    if (has('identity')) out.push(...at(2, alter('DROP IDENTITY IF EXISTS')));
    if (keyed) out.push(...at(2, alter('DROP DEFAULT')));
    const coll = c.collation !== undefined || has('collation') ? ` COLLATE ${q(c.collation ?? 'default')}` : '';
    if (has('type')) out.push(...citext(c), ...at(4, alter(`TYPE ${c.type}${coll} USING ${q(c.name)}::${c.type}`)));
    else if (has('collation')) out.push(...at(4, alter(`TYPE ${c.type}${coll}`)));
    if (has('nullable')) out.push(...at(4, alter(c.nullable ? 'DROP NOT NULL' : 'SET NOT NULL')));
    if (keyed && c.default !== null) out.push(...at(4, alter(`SET DEFAULT ${c.default}`)));
    const ident = c.identity === 'always' || c.identity === 'by-default';
    if (keyed && ident) out.push(...at(4, alter(`ADD GENERATED ${identity(c)} AS IDENTITY`)));
    return [...out, ...(has('comment') ? comment(t, c) : [])];
  },
  addIndex: (_t, i) => at(5, `${unqualify(i.sql ?? '')};`),
  dropIndex: (_t, i) => at(1, `DROP INDEX IF EXISTS ${q(i.name)};`),
  addUnique: (t, u) => at(5, `ALTER TABLE ${q(t.name)} ADD CONSTRAINT ${q(u.name)} UNIQUE (${cols(u.columns)});`),
  dropUnique: (t, u) => at(1, `ALTER TABLE ${q(t.name)} DROP CONSTRAINT IF EXISTS ${q(u.name)};`),
  addForeignKey: (t, f) => at(5, `ALTER TABLE ${q(t.name)} ADD CONSTRAINT ${q(f.name)} FOREIGN KEY (${cols(f.columns)}) `
    + `REFERENCES ${q(f.refTable)} (${cols(f.refColumns)}) ON DELETE ${f.onDelete.toUpperCase()} ON UPDATE ${f.onUpdate.toUpperCase()};`),
  dropForeignKey: (t, f) => at(0.5, `ALTER TABLE ${q(t.name)} DROP CONSTRAINT IF EXISTS ${q(f.name)};`),
  dropForeignKeyIfAny: (t, n) => `ALTER TABLE ${q(t)} DROP CONSTRAINT IF EXISTS ${q(n)};`,
  addCheck: (t, c) => at(5, `ALTER TABLE ${q(t.name)} ADD CONSTRAINT ${q(c.name)} CHECK (${c.expr});`),
  dropCheck: (t, c) => at(1, `ALTER TABLE ${q(t.name)} DROP CONSTRAINT IF EXISTS ${q(c.name)};`),
  tableComment: (t) => at(5, `COMMENT ON TABLE ${q(t.name)} IS ${t.comment === undefined ? 'NULL' : lit(t.comment)};`),
  enumType: (e) => at(0, `CREATE TYPE ${q(e.name)} AS ENUM (${e.values.map(lit).join(', ')});`),
  sequence: (s) => [
    ...at(3, `CREATE SEQUENCE IF NOT EXISTS ${q(s.name)}${s.type ? ` AS ${s.type}` : ''} START ${s.start ?? 1} INCREMENT ${s.increment ?? 1};`),
    ...(s.ownedBy ? at(5, `ALTER SEQUENCE ${q(s.name)} OWNED BY ${s.ownedBy.split('.').map(q).join('.')};`) : []),
  ],
  // bodies checked when they run, not in file order (one function calls another made later), as pg_dump writes them
  routine: (r) => at(0, 'SET check_function_bodies = false;', `${unqualifyName(r.sql)};`),
  dropRoutine: (r) => at(1.5, `DROP ${r.kind.toUpperCase()} IF EXISTS ${q(r.name)} CASCADE;`),
  view: (v) => [
    ...at(6, `CREATE ${v.materialized ? 'MATERIALIZED ' : ''}VIEW ${q(v.name)} AS\n${v.definition};`),
    ...(v.comment === undefined ? [] : at(6, `COMMENT ON ${v.materialized ? 'MATERIALIZED ' : ''}VIEW ${q(v.name)} IS ${lit(v.comment)};`)),
  ],
  trigger: (g) => at(7, `${g.sql};`),
  rule: (r) => at(6, /;\s*$/.test(r.sql) ? r.sql : `${r.sql};`),
  dropTrigger: (g) => at(1, `DROP TRIGGER IF EXISTS ${q(g.name)} ON ${q(g.table)};`),
  dropMade: (kind, name) => { // an aggregate's DROP needs its argument types: left to the database's own DROP SCHEMA
    const what = ({ table: 'TABLE', sequence: 'SEQUENCE', enum: 'TYPE', domain: 'DOMAIN', function: 'FUNCTION', procedure: 'PROCEDURE' } as Record<string, string>)[kind];
    return what ? `DROP ${what} IF EXISTS ${q(name)} CASCADE;` : undefined;
  },
};
