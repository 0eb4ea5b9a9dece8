/** Migration names from what is added: add_comment, add_branch_and_shelf, relate_author_and_book, add_isbn_to_books. */
import type { Merged } from '../model/merge.js';
import { snake } from '../model/naming.js';

const MAX = 60;

function list(words: string[]): string {
  const uniq = [...new Set(words)];
  return uniq.length <= 1 ? uniq.join('') : `${uniq.slice(0, -1).join('_')}_and_${uniq[uniq.length - 1]}`;
}

function cap(name: string): string {
  return name.length <= MAX ? name : name.slice(0, MAX).replace(/_+$/, '');
}

export function migrationName(m: Merged): string {
  if (m.added.length) return cap(`add_${list(m.added.map((e) => snake(e.name)))}`);
  if (m.fields.length) {
    const tables = [...new Set(m.fields.map((f) => f.table))];
    const what = m.fields.length <= 2 ? list(m.fields.map((f) => f.field.name)) : 'fields';
    return cap(`add_${what}_to_${list(tables)}`);
  }
  const linked = m.relations.filter((r) => r.kind !== 'none').flatMap((r) => [snake(r.from), snake(r.to)]);
  return cap(`relate_${list(linked)}`);
}
