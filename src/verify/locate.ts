/** Where a table is in the files (for a finding's file:line): the migration that creates it, or schema.sql's CREATE TABLE. */
import type { MigrationText } from './migrations.js';
import { shapesOf, statementsOf } from './statements.js';

export function createdIn(texts: MigrationText[], table: string): { file: string; line: number } | undefined {
  for (const t of texts) {
    if (t.missing) continue;
    for (const s of statementsOf(t.up.sql, t.up.line)) {
      if (shapesOf(s.flat).some((sh) => 'table' in sh && sh.table === table)) return { file: t.up.file, line: s.line };
    }
  }
  return undefined;
}

export function inSchemaSql(schemaSql: string, table: string): { file: string; line: number } {
  const lines = schemaSql.split('\n');
  const re = new RegExp(`^CREATE TABLE (IF NOT EXISTS )?["\`]?${table.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["\`]? `, 'i');
  const i = lines.findIndex((l) => re.test(l));
  return { file: 'db/schema.sql', line: i < 0 ? 1 : i + 1 };
}

/** The table an object's name (`column users.nickname`, `index posts ix_…`, `table tags`) is about. */
export function tableOf(object: string): string {
  const rest = object.replace(/^(column|table|primary key|unique|index|foreign key|check|comment on table|collation of table|trigger|view|sequence|enum|routine( function| procedure)?) /, '');
  return rest.split(/[ .(]/)[0];
}
