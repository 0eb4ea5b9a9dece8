/** Scratch databases for an import's proof: on the server being imported where it lets us, else embedded. */
import type { DialectId } from '../dialects/dialect.js';
import { dialectOf } from '../dialects/registry.js';
import { fail } from '../cli/errors.js';
import { dialectOfUrl, reason, redact } from './url.js';
import type { Opened } from './source.js';

/** An empty database of the engine: on the server of `url` where there is one (same version, same texts), else
 *  embedded (PGlite, sql.js); an engine with no embedded form (MySQL) needs the server. */
export async function openScratch(dialect: DialectId, url: string | undefined): Promise<Opened> {
  const d = dialectOf(dialect);
  const c = d.connection;
  const onServer = url && dialectOfUrl(url) === dialect && c.serverScratch ? url : undefined;
  const scratch = onServer
    ? await c.serverScratch!(onServer).catch((e: unknown) => fail(`cannot open ${redact(onServer)}: ${reason(e)}`)) : undefined;
  if (scratch) return { ...scratch, dialect };
  if (c.embedded) return { ...(await c.embedded.open()), dialect };
  return fail(`a ${d.label} schema needs a ${d.label} server for a scratch database: set DATABASE_URL (${c.urlFormat})`);
}

/** Scratch databases for one import's attempts: an embedded one is opened once and emptied between them. */
export function scratchSeries(d: DialectId, url: string | undefined): { fresh(): Promise<Opened>; close(): Promise<void> } {
  let open: Opened | undefined;
  const close = async () => {
    await open?.close().catch(() => undefined);
    open = undefined;
  };
  return {
    close,
    async fresh() {
      const reset = (open as { reset?: () => Promise<void> } | undefined)?.reset;
      if (open && reset) {
        await reset.call(open);
        return open;
      }
      await close();
      open = await openScratch(d, url);
      return open;
    },
  };
}
