/**
 * The residue: every object of the original catalog that the baseline (the design's first migration,
 * run on a scratch database) does not recreate exactly, object by object, with the reason and the
 * statements that make it exact. What the language learns to say drops out of it by itself.
 */
import type { Catalog, CatColumn, CatForeignKey, CatIndex, CatKey, CatTable } from '../catalog/types.js';
import type { ReplayWriter, Replayed } from '../catalog/replay.js';
import { squash } from '../catalog/compare.js';

export interface ResidueItem { object: string; reason: string; sql: Replayed[] }

const FIELDS: (keyof CatColumn)[] = ['type', 'nullable', 'default', 'identity', 'generated', 'onUpdate', 'comment'];
const show = (v: unknown) => (v === undefined || v === null ? 'none' : typeof v === 'object' ? JSON.stringify(v) : String(v));
const norm = (k: keyof CatColumn, v: unknown) => (k === 'default' ? squash(v as string) || null : v ?? null);

const changedOf = (o: CatColumn, b: CatColumn) => FIELDS.filter((k) => JSON.stringify(norm(k, o[k])) !== JSON.stringify(norm(k, b[k])));

function columnReason(o: CatColumn, b: CatColumn): string | undefined {
  const diffs = changedOf(o, b);
  if (!diffs.length) return undefined;
  return diffs.map((k) => `${k} ${show(o[k])} (the language gives ${show(b[k])})`).join('; ');
}

const cols = (c: string[]) => `(${c.map(squash).join(', ')})`;
const indexKey = (i: CatIndex) => `${i.unique}|${cols(i.columns)}|${squash(i.where)}|${i.method ?? ''}`;
const keyKey = (k: CatKey) => cols(k.columns);

/** Items for one kind of table part: what only the original has is added, what only the baseline has is dropped. */
function parts<T>(kind: string, t: string, orig: T[], base: T[], key: (x: T) => string, label: (x: T) => string,
  add: (x: T) => Replayed[], drop: (x: T) => Replayed[], out: ResidueItem[]): void {
  for (const x of orig) {
    if (!base.some((y) => key(y) === key(x))) out.push({ object: `${kind} ${t} ${label(x)}`, reason: 'the language cannot say it', sql: add(x) });
  }
  for (const y of base) {
    if (!orig.some((x) => key(x) === key(y))) out.push({ object: `${kind} ${t} ${label(y)}`, reason: 'made by the language, not in the original: dropped', sql: drop(y) });
  }
}

function tableResidue(o: CatTable, b: CatTable, w: ReplayWriter, out: ResidueItem[], retyped: Set<string>): void {
  const t = o.name;
  if (w.rebuild) {
    const reasons = o.columns.flatMap((c) => {
      const bc = b.columns.find((x) => x.name === c.name);
      const r = bc ? columnReason(c, bc) : 'not in the design';
      return r ? [`${c.name}: ${r}`] : [];
    });
    const same = (f: (x: CatTable) => unknown) => JSON.stringify(f(o)) === JSON.stringify(f(b));
    if (!same((x) => x.columns.map((c) => c.name))) reasons.push('column order');
    if (!same((x) => x.uniques.map(keyKey).sort())) reasons.push('uniques');
    if (!same((x) => x.foreignKeys.map((f) => `${cols(f.columns)}${f.refTable}${cols(f.refColumns)}${f.onDelete}${f.onUpdate}`).sort())) reasons.push('foreign keys');
    if (!same((x) => x.checks.map((c) => squash(c.expr)).sort())) reasons.push('checks');
    if (!same((x) => x.primaryKey?.columns)) reasons.push('primary key');
    if (reasons.length) {
      out.push({ object: `table ${t}`, reason: `rebuilt from its original text: ${reasons.join('; ')}`, sql: w.rebuild(o, b) });
      for (const i of o.indexes) out.push({ object: `index ${t} ${i.name}`, reason: 'recreated with the rebuilt table', sql: w.addIndex(o, i) });
      return;
    }
  } else {
    o.columns.forEach((c, n) => {
      const bc = b.columns.find((x) => x.name === c.name);
      if (!bc) out.push({ object: `column ${t}.${c.name}`, reason: c.generated ? 'a generated column' : 'not in the design', sql: w.addColumn(o, c, o.columns[n - 1]?.name) });
      else {
        const why = columnReason(c, bc);
        if (why) out.push({ object: `column ${t}.${c.name}`, reason: why, sql: w.fixColumn(o, c, changedOf(c, bc)) });
      }
    });
    parts('unique', t, o.uniques, b.uniques, keyKey, (u) => cols(u.columns), (u) => w.addUnique(o, u), (u) => w.dropUnique(b, u), out);
    const fk = (f: CatTable['foreignKeys'][number]) => `${cols(f.columns)}→${f.refTable}${cols(f.refColumns)} ${f.onDelete} ${f.onUpdate}`;
    // an FK over a column whose type changes is dropped first and made again after (MySQL refuses the change under it)
    const touched = (f: CatForeignKey) => f.columns.some((c) => retyped.has(`${t}.${c}`)) || f.refColumns.some((c) => retyped.has(`${f.refTable}.${c}`));
    const label = (f: CatForeignKey) => `${cols(f.columns)} → ${f.refTable}`;
    for (const f of b.foreignKeys.filter(touched)) out.push({ object: `foreign key ${t} ${label(f)}`, reason: 'dropped while its columns change type', sql: w.dropForeignKey(b, f) });
    for (const f of o.foreignKeys.filter(touched)) out.push({ object: `foreign key ${t} ${label(f)}`, reason: 'made again after its columns changed type', sql: w.addForeignKey(o, f) });
    const [of, bf] = [o.foreignKeys.filter((f) => !touched(f)), b.foreignKeys.filter((f) => !touched(f))];
    parts('foreign key', t, of, bf, fk, label, (f) => w.addForeignKey(o, f), (f) => w.dropForeignKey(b, f), out);
    parts('check', t, o.checks, b.checks, (c) => squash(c.expr), (c) => c.name, (c) => w.addCheck(o, c), (c) => w.dropCheck(b, c), out);
    if ((o.comment ?? null) !== (b.comment ?? null)) out.push({ object: `comment on table ${t}`, reason: 'the language has no comments', sql: w.tableComment(o) });
  }
  parts('index', t, o.indexes, b.indexes, indexKey, (i) => i.name, (i) => w.addIndex(o, i), (i) => w.dropIndex(b, i), out);
}

export function residueOf(orig: Catalog, base: Catalog, w: ReplayWriter, why: (t: CatTable) => string): ResidueItem[] {
  const out: ResidueItem[] = [];
  for (const e of orig.enums) if (!base.enums.some((x) => x.name === e.name)) out.push({ object: `enum ${e.name}`, reason: 'the language has no enum types', sql: w.enumType(e) });
  for (const r of orig.routines) out.push({ object: `${r.kind} ${r.name}`, reason: 'the language has no routines', sql: w.routine(r) });
  for (const s of orig.sequences.filter((x) => !x.identity)) {
    if (!base.sequences.some((x) => x.name === s.name && !x.identity)) out.push({ object: `sequence ${s.name}`, reason: s.ownedBy ? `a serial of ${s.ownedBy}` : 'the language has no sequences', sql: w.sequence(s) });
  }
  const retyped = new Set(orig.tables.flatMap((o) => o.columns.filter((c) => {
    const bc = base.tables.find((x) => x.name === o.name)?.columns.find((x) => x.name === c.name);
    return bc && bc.type !== c.type;
  }).map((c) => `${o.name}.${c.name}`)));
  for (const o of orig.tables) {
    const b = base.tables.find((x) => x.name === o.name);
    if (b) {
      tableResidue(o, b, w, out, retyped);
      continue;
    }
    const sql = [...w.createTable(o), ...o.uniques.flatMap((u) => w.addUnique(o, u)), ...o.foreignKeys.flatMap((f) => w.addForeignKey(o, f)),
      ...o.checks.flatMap((c) => w.addCheck(o, c)), ...(o.comment !== undefined ? w.tableComment(o) : []), ...o.indexes.flatMap((i) => w.addIndex(o, i))];
    out.push({ object: `table ${o.name}`, reason: why(o), sql });
  }
  for (const v of orig.views) out.push({ object: `view ${v.name}`, reason: 'the language has no views', sql: w.view(v) });
  for (const g of orig.triggers) out.push({ object: `trigger ${g.name} on ${g.table}`, reason: 'the language has no triggers', sql: w.trigger(g) });
  for (const g of base.triggers.filter((x) => !orig.triggers.some((y) => y.name === x.name && y.table === x.table))) out.push({ object: `trigger ${g.name}`, reason: 'made by the language, not in the original: dropped', sql: w.dropTrigger(g) });
  for (const r of base.routines.filter((x) => !orig.routines.some((y) => y.name === x.name && y.kind === x.kind))) {
    out.push({ object: `${r.kind} ${r.name}`, reason: 'made by the language, not in the original: dropped', sql: w.dropRoutine(r) });
  }
  return out;
}

/** db/residue.sql: the items' statements by phase (each under its object's comment), for after the migrations. */
export function residueSql(items: ResidueItem[], head: string[]): string {
  const rows = items.flatMap((it, n) => it.sql.map((s) => ({ ...s, n, it })));
  rows.sort((a, b) => a.phase - b.phase || a.n - b.n);
  const body = rows.map((r, i) => (i > 0 && rows[i - 1].it === r.it ? r.sql : `\n-- ${r.it.object}: ${r.it.reason}\n${r.sql}`));
  return [...head.map((h) => `-- ${h}`), ...body, ''].join('\n');
}
