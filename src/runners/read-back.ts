/**
 * A layout's migration read back as SQL, for db-verify: one file with both parts (dbmate `-- migrate:down`, goose
 * `-- +goose Down`) or an Alembic revision (its UP / DOWN lists of statements). Each part keeps the line it starts
 * on in its file. Layouts with separate up and down files have no reader here: each file is its part.
 */
export interface Part { file: string; sql: string; line: number }
export interface Parts { up: Part; down: Part }
/** The up file's text (which also holds the down) → both parts. */
export type ReadBack = (text: string, file: string) => Parts;

/** The part before the marker line is the up, the marker and what follows the down. */
export const splitAt = (marker: RegExp): ReadBack => (text, file) => {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => marker.test(l));
  const cut = at < 0 ? lines.length : at;
  return { up: { file, sql: lines.slice(0, cut).join('\n'), line: 1 }, down: { file, sql: lines.slice(cut).join('\n'), line: cut + 1 } };
};

/** An Alembic revision's list `NAME = [ "…", … ]` as SQL, a statement a line as the file has them. */
function pyList(text: string, name: string, file: string): Part {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === `${name} = [`);
  if (start < 0) return { file, sql: '', line: 1 };
  const out: string[] = [];
  for (let i = start + 1; i < lines.length && lines[i].trim() !== ']'; i++) {
    const item = lines[i].trim().replace(/,$/, '');
    out.push(item ? `${JSON.parse(item) as string}` : '');
  }
  return { file, sql: out.join('\n'), line: start + 2 };
}

export const pyLists: ReadBack = (text, file) => ({ up: pyList(text, 'UP', file), down: pyList(text, 'DOWN', file) });
