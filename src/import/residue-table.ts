/** The residue of one table: its columns and parts the baseline does not make exactly as the original has them. */
import type { CatColumn, CatForeignKey, CatIndex, CatKey, CatTable } from '../catalog/types.js';
import type { ReplayWriter, Replayed } from '../catalog/replay.js';
import { squash } from '../catalog/compare.js';

/** One object of the residue as the design keeps it (state/design-schema.ts ResidueObject). */
export interface ResidueItem { kind: string; name: string; reason: string; sql: Replayed[] }

export const item = (kind: string, name: string, reason: string, sql: Replayed[]): ResidueItem => ({ kind, name, reason, sql });

const FIELDS: (keyof CatColumn)[] = [
  'type', 'nullable', 'default', 'identity', 'generated', 'onUpdate', 'comment', 'collation',
];
const show = (v: unknown, k?: string) => (v === undefined || v === null ? (k === 'collation' ? 'the default' : 'none')
  : typeof v === 'object' ? JSON.stringify(v) : String(v));
const norm = (k: keyof CatColumn, v: unknown) => (k === 'default' ? squash(v as string) || null : v ?? null);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const changedOf = (o: CatColumn, b: CatColumn) => FIELDS.filter((k) => !same(norm(k, o[k]), norm(k, b[k])));

function columnReason(o: CatColumn, b: CatColumn): string | undefined {
  const diffs = changedOf(o, b);
  const one = (k: keyof CatColumn) => `${k} ${show(o[k], k)} (the language gives ${show(b[k], k)})`;
  return diffs.length ? diffs.map(one).join('; ') : undefined;
}

export const cols = (c: string[]) => `(${c.map(squash).join(', ')})`;
const indexKey = (i: CatIndex) => `${i.unique}|${cols(i.columns)}|${squash(i.where)}|${i.method ?? ''}`;
const keyKey = (k: CatKey) => cols(k.columns);
const fkKey = (f: CatForeignKey) => `${cols(f.columns)}→${f.refTable}${cols(f.refColumns)} ${f.onDelete} ${f.onUpdate}`;
const fkLabel = (f: CatForeignKey) => `${cols(f.columns)} → ${f.refTable}`;

export const LANG_CANNOT = 'the language cannot say it';
export const LANG_MADE = 'made by the language, not in the original: dropped';

interface Kind<T> { kind: string; key(x: T): string; label(x: T): string; add(x: T): Replayed[]; drop(x: T): Replayed[] }

/** What only the original has is added; what only the baseline has is dropped. */
function parts<T>(t: string, orig: T[], base: T[], k: Kind<T>, out: ResidueItem[]): void {
  const one = (x: T, reason: string, sql: Replayed[]) => out.push(item(k.kind, `${t} ${k.label(x)}`, reason, sql));
  for (const x of orig) if (!base.some((y) => k.key(y) === k.key(x))) one(x, LANG_CANNOT, k.add(x));
  for (const y of base) if (!orig.some((x) => k.key(x) === k.key(y))) one(y, LANG_MADE, k.drop(y));
}

/** SQLite: any difference but indexes → the table rebuilt from its original text, its indexes made again. */
function rebuilt(o: CatTable, b: CatTable, w: ReplayWriter, out: ResidueItem[]): boolean {
  const reasons = o.columns.flatMap((c) => {
    const bc = b.columns.find((x) => x.name === c.name);
    const r = bc ? columnReason(c, bc) : 'not in the design';
    return r ? [`${c.name}: ${r}`] : [];
  });
  const differs = (f: (x: CatTable) => unknown) => !same(f(o), f(b));
  if (differs((x) => x.columns.map((c) => c.name))) reasons.push('column order');
  if (differs((x) => x.uniques.map(keyKey).sort())) reasons.push('uniques');
  if (differs((x) => x.foreignKeys.map(fkKey).sort())) reasons.push('foreign keys');
  if (differs((x) => x.checks.map((c) => squash(c.expr)).sort())) reasons.push('checks');
  if (differs((x) => x.primaryKey?.columns)) reasons.push('primary key');
  if (differs((x) => x.comment ?? null)) reasons.push('table comment'); // SQLite keeps it in the text only
  if (!reasons.length) return false;
  const reason = `rebuilt from its original text: ${reasons.join('; ')}`;
  out.push(item('table', o.name, reason, w.rebuild!(o, b)));
  for (const i of o.indexes) out.push(item('index', `${o.name} ${i.name}`, 'recreated with the rebuilt table', w.addIndex(o, i)));
  return true;
}

function columns(o: CatTable, b: CatTable, w: ReplayWriter, out: ResidueItem[]): void {
  o.columns.forEach((c, n) => {
    const bc = b.columns.find((x) => x.name === c.name);
    const name = `${o.name}.${c.name}`;
    if (!bc) {
      const reason = c.generated ? 'a generated column (the language has none)' : 'not in the design';
      out.push(item('column', name, reason, w.addColumn(o, c, o.columns[n - 1]?.name)));
      return;
    }
    const why = columnReason(c, bc);
    if (why) out.push(item('column', name, why, w.fixColumn(o, c, changedOf(c, bc))));
  });
}

/** `retyped`: `table.column` of every column whose type or collation changes (an FK over it dropped and made again). */
export function tableResidue(o: CatTable, b: CatTable, w: ReplayWriter, out: ResidueItem[], retyped: Set<string>): void {
  const t = o.name;
  const ix: Kind<CatIndex> = {
    kind: 'index', key: indexKey, label: (i) => i.name, add: (i) => w.addIndex(o, i), drop: (i) => w.dropIndex(b, i),
  };
  if (w.rebuild) {
    if (!rebuilt(o, b, w, out)) parts(t, o.indexes, b.indexes, ix, out);
    return;
  }
  columns(o, b, w, out);
  parts(t, o.uniques, b.uniques, {
    kind: 'unique', key: keyKey, label: keyKey, add: (u) => w.addUnique(o, u), drop: (u) => w.dropUnique(b, u),
  }, out);
  const touched = (f: CatForeignKey) => f.columns.some((c) => retyped.has(`${t}.${c}`))
    || f.refColumns.some((c) => retyped.has(`${f.refTable}.${c}`));
  for (const f of b.foreignKeys.filter(touched)) {
    const reason = 'dropped while its columns change type or collation';
    out.push(item('foreign key', `${t} ${fkLabel(f)}`, reason, w.dropForeignKey(b, f)));
  }
  for (const f of o.foreignKeys.filter(touched)) {
    const reason = 'made again after its columns changed type or collation';
    out.push(item('foreign key', `${t} ${fkLabel(f)}`, reason, w.addForeignKey(o, f)));
  }
  const free = (x: CatTable) => x.foreignKeys.filter((f) => !touched(f));
  parts(t, free(o), free(b), {
    kind: 'foreign key', key: fkKey, label: fkLabel, add: (f) => w.addForeignKey(o, f), drop: (f) => w.dropForeignKey(b, f),
  }, out);
  parts(t, o.checks, b.checks, {
    kind: 'check', key: (c) => squash(c.expr), label: (c) => c.name,
    add: (c) => w.addCheck(o, c), drop: (c) => w.dropCheck(b, c),
  }, out);
  if ((o.comment ?? null) !== (b.comment ?? null)) {
    out.push(item('comment on table', t, 'the language has no comments', w.tableComment(o)));
  }
  if ((o.collation ?? null) !== (b.collation ?? null) && w.tableCollation) {
    const why = `collation ${show(o.collation, 'collation')} (the language gives ${show(b.collation, 'collation')})`;
    out.push(item('collation of table', t, why, w.tableCollation(o)));
  }
  parts(t, o.indexes, b.indexes, ix, out);
}
