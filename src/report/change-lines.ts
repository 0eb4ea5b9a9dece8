/** db-change's report in the user's words: one line per thing changed (no operation names), a drop and an
 *  add of the same thing said once as "changed". */
import type { Model } from '../state/model-schema.js';
import type { Statement } from '../model/statements.js';

type Said = { what: string; verb: 'added' | 'removed' | 'changed' | string };

function said(s: Statement): Said | undefined {
  const cols = (c: string[]) => c.join(', ');
  switch (s.kind) {
    case 'createTable': return { what: `table ${s.table.name}`, verb: 'added' };
    case 'dropTable': return { what: `table ${s.table.name}`, verb: s.irreversible ? 'kept (irreversible)' : 'removed' };
    case 'addColumn': case 'dropColumn':
      return { what: `column ${s.table.name}.${s.column.name}`, verb: s.kind === 'addColumn' ? 'added' : 'removed' };
    case 'alterColumn': {
      const renamed = Object.entries(s.values ?? {}).map(([a, b]) => `${a} → ${b}`).join(', ');
      return { what: `column ${s.after.name}.${s.to.name}`, verb: renamed ? `changed (values renamed in the rows: ${renamed})` : 'changed' };
    }
    case 'addUnique': case 'dropUnique':
      return { what: `unique ${s.after.name} (${cols(s.unique.columns)})`, verb: s.kind === 'addUnique' ? 'added' : 'removed' };
    case 'addIndex': case 'dropIndex':
      return { what: `index ${s.after.name} (${cols(s.index.columns)})`, verb: s.kind === 'addIndex' ? 'added' : 'removed' };
    case 'addCheck': case 'dropCheck': return { what: `check ${s.check.name}`, verb: s.kind === 'addCheck' ? 'added' : 'removed' };
    case 'addForeignKey': case 'dropForeignKey':
      return { what: `reference ${s.table}.${s.fk.column} → ${s.fk.refTable}`, verb: s.kind === 'addForeignKey' ? 'added' : 'removed' };
    case 'renameTable': return { what: `table ${s.from}`, verb: `renamed to ${s.to}` };
    case 'renameColumn': return { what: `column ${s.after.name}.${s.from}`, verb: `renamed to ${s.to}` };
    case 'commentTable': return { what: `table ${s.after.name}`, verb: s.after.doc ? 'comment changed' : 'comment removed' };
    case 'rebuildTable': return { what: `table ${s.after.name}`, verb: `rebuilt (${s.why.join(', ')})` };
    case 'createTriggerFunction': case 'dropTriggerFunction':
      return { what: 'the updated_at trigger function', verb: s.kind === 'createTriggerFunction' ? 'added' : 'removed' };
    case 'guardIrreversible': return undefined;
  }
}

/** `column books.isbn changed`, `reference covers.book_id → books changed` … in the order of the up, each once. */
export function changeLines(up: Statement[]): string[] {
  const out: Said[] = [];
  for (const x of up.map(said)) {
    if (!x) continue;
    const same = out.find((o) => o.what === x.what);
    if (!same) out.push({ ...x });
    else if (same.verb !== x.verb) same.verb = 'changed';
  }
  return out.map((o) => `${o.what} ${o.verb}`);
}

/** Renames only the design sees (an entity under its own @table, a field under its column(…)): the physical name
 *  each keeps, for a run that writes no migration. */
export function designOnlyLines(said: { from: string; to: string }[], model: Model): string[] {
  return said.map(({ from, to }) => {
    const [entity, field] = to.split('.');
    const e = model.entities.find((x) => x.name === entity);
    const kept = field ? `its column keeps its name ${e?.fields.find((f) => f.name === field)?.column ?? field}`
      : `its table keeps its name ${e?.table ?? entity}`;
    return `${from} renamed to ${to} in the design only (${kept}); no migration needed`;
  });
}
