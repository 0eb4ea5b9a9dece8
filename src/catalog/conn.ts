/** Adapters from the engines' own clients to the readers' `CatalogConn` (structural: no client is imported). */

/** What a reader needs from a connection: pg, mysql2, PGlite and sql.js all fit through these adapters. */
export type Row = Record<string, unknown>;
export interface CatalogConn { query(sql: string, params?: unknown[]): Promise<Row[]> }

/** node-postgres Client/Pool and PGlite: `query(sql, params)` resolves to `{ rows }`. */
export function pgConn(c: { query(sql: string, params?: unknown[]): Promise<unknown> }): CatalogConn {
  return {
    async query(sql, params) {
      const res = (await c.query(sql, params)) as { rows?: Row[] };
      return res.rows ?? [];
    },
  };
}

/** mysql2/promise Connection/Pool: `query(sql, params)` resolves to `[rows, fields]`. */
export function mysqlConn(c: { query(sql: string, params?: unknown[]): Promise<unknown> }): CatalogConn {
  return {
    async query(sql, params) {
      const [rows] = (await c.query(sql, params)) as [unknown, unknown];
      return Array.isArray(rows) ? (rows as Row[]) : [];
    },
  };
}

interface SqlJsResult { columns: string[]; values: unknown[][] }

/** sql.js Database: `exec(sql, params)` returns `[{ columns, values }]`. */
export function sqlJsConn(db: { exec(sql: string, params?: never): SqlJsResult[] }): CatalogConn {
  return {
    async query(sql, params) {
      const res = db.exec(sql, params as never);
      const last = res[res.length - 1];
      if (!last) return [];
      return last.values.map((v) => Object.fromEntries(last.columns.map((c, i) => [c, v[i]])));
    },
  };
}

/** Records every statement sent (the read-only test and db-verify's report use it). */
export function recording(conn: CatalogConn): CatalogConn & { sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    query(sql, params) {
      sent.push(sql);
      return conn.query(sql, params);
    },
  };
}

/** Statements a reader may send: reads only. */
export const READ_ONLY = /^\s*(SELECT|WITH|SHOW|PRAGMA\s+\w+\s*(\(\s*'?[\w$]+'?\s*\))?\s*;?\s*$)/i;
