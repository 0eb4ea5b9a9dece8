/** Arguments after plop's `--`: `--spec FILE`, `--dest DIR`, and `--<answer> value` (plop-style bypass). */
import { fail } from './errors.js';
import { onceEach } from './once.js';

export interface CliArgs { spec?: string; dest?: string; help?: boolean; values: Record<string, string> }

/** Flags that may stand alone (`--apply` takes DATABASE_URL): without a value they hold ''. */
const BARE = new Set(['apply']);

export function parseArgs(argv: string[] = process.argv): CliArgs {
  const at = argv.indexOf('--');
  const rest = at < 0 ? [] : argv.slice(at + 1);
  const out: CliArgs = { values: {} };
  const once = onceEach();
  for (let i = 0; i < rest.length; i++) {
    const tok = rest[i];
    if (tok === '--help' || tok === '-h') { out.help = true; continue; }
    const m = /^--([a-z][a-zA-Z-]*)(?:=(.*))?$/.exec(tok);
    if (!m) fail(`argument '${tok}': expected --key value (e.g. --spec examples/blog.json, --dest out, --db postgres)`);
    const bare = m[2] === undefined && BARE.has(m[1]) && (rest[i + 1] === undefined || rest[i + 1].startsWith('--'));
    const value = bare ? '' : m[2] ?? rest[++i];
    if (value === undefined) fail(`argument --${m[1]}: missing value`);
    once(m[1]);
    if (m[1] === 'spec') out.spec = value;
    else if (m[1] === 'dest') out.dest = value;
    else out.values[m[1]] = value;
  }
  return out;
}

/** `--dest` after `--` wins over plop's own `--dest`, which wins over the plopfile's folder. */
export function destOf(args: CliArgs, plopDest: string): string {
  return args.dest ?? plopDest;
}
