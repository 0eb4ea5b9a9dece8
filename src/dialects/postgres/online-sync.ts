/**
 * What keeps two columns in step during an expand on PostgreSQL (a BEFORE INSERT OR UPDATE trigger), and
 * squawk's own ignore comment on the contract's statements that drop or rename what they exist to.
 */
import { q } from './online-sql.js';

const AT: Record<string, RegExp> = { 'ban-drop-column': /DROP COLUMN/, 'renaming-table': /RENAME TO/, 'renaming-column': /RENAME COLUMN/ };

/** squawk's own ignore comment, on the line right above the one that drops or renames (inside a statement too). */
export const ignore = (rule: string, sql: string[]): string[] => sql.map((st) => {
  const lines = st.split('\n');
  const i = lines.findIndex((l) => AT[rule].test(l));
  return i < 0 ? st : [...lines.slice(0, i), `-- squawk-ignore ${rule}`, ...lines.slice(i)].join('\n');
});

export const syncName = (table: string, from: string, to: string): string => `sync_${table}_${from}_${to}`.slice(0, 63);

/** Both ways (a rename: old and new code write either name): whichever of the two the writer set is copied into the other. */
const both = (a: string, b: string) =>
  `  IF TG_OP = 'INSERT' THEN\n    IF NEW.${b} IS NULL THEN NEW.${b} := NEW.${a}; ELSIF NEW.${a} IS NULL THEN NEW.${a} := NEW.${b}; END IF;\n` +
  `  ELSIF NEW.${b} IS DISTINCT FROM OLD.${b} THEN NEW.${a} := NEW.${b};\n  ELSE NEW.${b} := NEW.${a};\n  END IF;\n`;

/** BEFORE INSERT OR UPDATE on `t`: `from` copied into `to` (and back, for a rename), or `to := <value>` when given. */
export function syncTrigger(t: string, from: string, to: string, value?: string): string[] {
  const fn = q(syncName(t, from, to));
  const body = value ? `  NEW.${q(to)} := ${value};\n` : both(q(from), q(to));
  return [
    `CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n${body}  RETURN NEW;\nEND;\n$$;`,
    `CREATE OR REPLACE TRIGGER ${fn} BEFORE INSERT OR UPDATE ON ${q(t)} FOR EACH ROW EXECUTE FUNCTION ${fn}();`,
  ];
}

export const dropSync = (t: string, from: string, to: string): string[] => [
  `DROP TRIGGER IF EXISTS ${q(syncName(t, from, to))} ON ${q(t)};`, `DROP FUNCTION IF EXISTS ${q(syncName(t, from, to))}();`,
];
