/** The pg_catalog queries of the PostgreSQL catalog reader: SELECTs only, over current_schema(). */

const NS = `n.nspname = current_schema()`;

export const TABLES = `SELECT c.relname AS name, obj_description(c.oid, 'pg_class') AS comment
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE ${NS} AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname`;

export const COLUMNS = `SELECT c.relname AS t, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
  NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS def, a.attidentity AS ident,
  a.attgenerated AS gen, col_description(c.oid, a.attnum) AS comment, ty.typtype AS typtype,
  CASE WHEN ty.typtype = 'e' THEN ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = ty.oid
    ORDER BY e.enumsortorder) END AS enumvals,
  CASE WHEN a.attcollation <> 0 AND a.attcollation <> ty.typcollation
    THEN (SELECT co.collname FROM pg_collation co WHERE co.oid = a.attcollation) END AS coll
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  JOIN pg_type ty ON ty.oid = a.atttypid
  LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
  WHERE ${NS} AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname, a.attnum`;

const colList = (keys: string, rel: string) => `ARRAY(SELECT a.attname::text FROM unnest(k.${keys})
  WITH ORDINALITY u(n, o) JOIN pg_attribute a ON a.attrelid = k.${rel} AND a.attnum = u.n ORDER BY u.o)`;

export const CONSTRAINTS = `SELECT c.relname AS t, k.conname AS name, k.contype AS kind,
  ${colList('conkey', 'conrelid')} AS cols, f.relname AS reft, ${colList('confkey', 'confrelid')} AS refcols,
  k.confdeltype AS del, k.confupdtype AS upd, pg_get_constraintdef(k.oid, true) AS def
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_class f ON f.oid = k.confrelid
  WHERE ${NS} AND k.contype IN ('p', 'u', 'f', 'c') ORDER BY c.relname, k.conname`;

export const INDEXES = `SELECT t.relname AS t, i.relname AS name, x.indisunique AS uniq,
  pg_get_expr(x.indpred, x.indrelid, true) AS pred, am.amname AS method, pg_get_indexdef(x.indexrelid) AS sql,
  ARRAY(SELECT pg_get_indexdef(x.indexrelid, k, true) || CASE WHEN x.indoption[k - 1] & 1 = 1 THEN ' desc' ELSE '' END
    FROM generate_series(1, x.indnkeyatts) k ORDER BY k) AS cols,
  0 = ANY (x.indkey::int2[]) AS expr
  FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
  JOIN pg_am am ON am.oid = i.relam JOIN pg_namespace n ON n.oid = t.relnamespace
  WHERE ${NS} AND NOT EXISTS (SELECT 1 FROM pg_constraint k
    WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u', 'x'))
  ORDER BY t.relname, i.relname`;

export const ENUMS = `SELECT t.typname AS name,
  ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS vals
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE ${NS} AND t.typtype = 'e' ORDER BY t.typname`;

export const VIEWS = `SELECT c.relname AS name, pg_get_viewdef(c.oid, true) AS def, c.relkind = 'm' AS mat,
  obj_description(c.oid, 'pg_class') AS comment
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${NS} AND c.relkind IN ('v', 'm')
  ORDER BY c.relname`;

export const TRIGGERS = `SELECT g.tgname AS name, c.relname AS t, g.tgtype::int AS type,
  pg_get_triggerdef(g.oid, true) AS sql
  FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE ${NS} AND NOT g.tgisinternal ORDER BY g.tgname`;

export const ROUTINES = `SELECT p.proname AS name, p.prokind AS kind, pg_get_functiondef(p.oid) AS sql
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
  WHERE ${NS} AND p.prokind IN ('f', 'p')
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') ORDER BY p.proname, p.oid`;

export const DOMAINS = `SELECT t.typname AS name, format('CREATE DOMAIN %I AS %s', t.typname, format_type(t.typbasetype, t.typtypmod))
  || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END || COALESCE(' DEFAULT ' || t.typdefault, '')
  || COALESCE((SELECT string_agg(' CONSTRAINT ' || quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid), '' ORDER BY k.conname)
    FROM pg_constraint k WHERE k.contypid = t.oid), '') AS sql
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE ${NS} AND t.typtype = 'd' ORDER BY t.typname`;

export const AGGREGATES = `SELECT p.proname AS name, format('CREATE AGGREGATE %I(%s) (SFUNC = %s, STYPE = %s', p.proname,
  pg_get_function_identity_arguments(p.oid), a.aggtransfn::regproc, format_type(a.aggtranstype, NULL))
  || CASE WHEN a.aggfinalfn <> 0 THEN ', FINALFUNC = ' || a.aggfinalfn::regproc ELSE '' END
  || COALESCE(', INITCOND = ' || quote_literal(a.agginitval), '') || ')' AS sql
  FROM pg_proc p JOIN pg_aggregate a ON a.aggfnoid = p.oid JOIN pg_namespace n ON n.oid = p.pronamespace
  WHERE ${NS} AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') ORDER BY p.proname`;

export const SEQUENCES = `SELECT c.relname AS name, s.seqstart::text AS start, s.seqincrement::text AS inc, format_type(s.seqtypid, NULL) AS type,
  (SELECT t.relname || '.' || a.attname FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid
    JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
    WHERE d.objid = c.oid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') LIMIT 1) AS owner,
  EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'i') AS ident
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_sequence s ON s.seqrelid = c.oid
  WHERE ${NS} AND c.relkind = 'S' ORDER BY c.relname`;

export const RULES = `SELECT r.rulename AS name, c.relname AS t, pg_get_ruledef(r.oid, true) AS sql
  FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE ${NS} AND r.rulename <> '_RETURN' ORDER BY c.relname, r.rulename`;

/** What the catalog cannot hold: exclusion constraints, partitions, row-level policies. */
export const UNSUPPORTED = `SELECT 'exclusion constraint ' || k.conname || ' on ' || c.relname AS what
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE ${NS} AND k.contype = 'x'
  UNION ALL SELECT 'partition ' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE ${NS} AND c.relispartition
  UNION ALL SELECT 'policy ' || p.polname || ' on ' || c.relname FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${NS}`;
