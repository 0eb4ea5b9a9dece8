/** The printed next steps of a db-import run, read back by the tests that execute them, and the schema they import. */

/** Two tables and a foreign key: enough for a baseline. */
export const SCHEMA = ['CREATE TABLE authors (id integer PRIMARY KEY, name varchar(80) NOT NULL)',
  'CREATE TABLE books (id integer PRIMARY KEY, author_id integer NOT NULL REFERENCES authors (id), title varchar(200) NOT NULL)'];

/** The heredoc of the "mark it applied" block, as printed. */
export function printedSql(out: string[]): string {
  const from = out.findIndex((l, i) => i > out.findIndex((x) => /mark it applied there/.test(x)) && /<<'?SQL'?$/.test(l));
  expect(from).toBeGreaterThan(0);
  return out.slice(from + 1, out.indexOf('SQL', from)).join('\n');
}
