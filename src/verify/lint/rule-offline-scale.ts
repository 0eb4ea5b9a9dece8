/**
 * offline-at-multi-replica: the design runs on several replicas but writes its later migrations offline
 * (answers.safety chosen so), so each migration holds statements that lock a table that
 * may hold rows for as long as they run. One finding per migration, at its first such statement, with the
 * lines of the others; the statement rules (require-concurrent-index-creation …) say what each one does.
 */
import type { Shape } from '../statements.js';
import type { LintContext, Rule } from './context.js';

/** What waits for the whole statement (a build, a scan, a rewrite) under a lock that blocks writes. */
function locks(sh: Shape, pg: boolean): string | undefined {
  switch (sh.kind) {
    case 'create-index': return pg && !sh.concurrent ? `CREATE INDEX ${sh.name}` : undefined;
    case 'drop-index': return pg && !sh.concurrent ? `DROP INDEX ${sh.name}` : undefined;
    case 'add-constraint': return sh.what !== 'primary-key' && !sh.notValid && (pg || sh.what !== 'unique') ? `ADD ${sh.what} ${sh.name}` : undefined;
    case 'set-not-null': return pg ? `SET NOT NULL on ${sh.column}` : undefined;
    case 'alter-type': return `a new type for ${sh.column}`;
    default: return undefined;
  }
}

export const offlineAtMultiReplica: Rule = {
  id: 'offline-at-multi-replica',
  check: (ctx: LintContext) => {
    const a = ctx.design.answers;
    if (a.scale !== 'multi-replica' || a.safety !== 'offline' || !ctx.dialect.online) return [];
    const pg = !!ctx.dialect.caps.onlineDdl?.concurrentIndex;
    return ctx.migrations.flatMap((m) => {
      const hits = m.up.flatMap((s) => s.shapes.flatMap((sh) => {
        const what = locks(sh, pg);
        return what && (!('table' in sh) || ctx.existedBefore(sh.table, m.index)) ? [{ line: s.line, what }] : []; // an index dropped was there
      }));
      if (!hits.length) return [];
      const rest = hits.slice(1).map((h) => h.line);
      return [{ file: m.text.up.file, line: hits[0].line,
        message: `${hits.map((h) => h.what).join(', ')} lock${hits.length === 1 ? 's' : ''} a table that may hold rows while it runs` +
          `${rest.length ? ` (also lines ${rest.join(', ')})` : ''}, and the design runs on several replicas with safety offline`,
        fix: 'set "safety": "online" in db/design.json answers (with a runner that can run a file outside a transaction): ' +
          'later migrations are written lock-safe; this one stays as written' }];
    });
  },
};
