/**
 * The bin's command line before `--`: the generator, `--dest`, `--help`, plop's own flags (left to plop), and
 * the generator's options given before `--` (`db-scaffold db-schema --spec x.json`), moved after it so they
 * count as if written there. Anything else is refused in one line with the closest correct form.
 */
import { fail } from './errors.js';
import { didYouMean, optionKeys, semi, type Optioned } from './options.js';

export interface Invocation { name?: string; dest?: string; help: boolean; other: string[]; moved: string[]; after: string[] }

const PLOP_FLAGS = ['--force', '-f', '--show-type-names', '-t', '--version', '-v', '--init', '-i', '--init-ts', '--no-progress'];
const PLOP_VALUES = ['--cwd', '--plopfile', '--preload'];

export function invocation(argv: string[], find: (name: string) => Optioned | undefined): Invocation {
  const at = argv.indexOf('--');
  const before = (at < 0 ? argv : argv.slice(0, at)).slice(2);
  const out: Invocation = { help: false, other: [], moved: [], after: at < 0 ? [] : argv.slice(at + 1) };
  const named = before.find((t) => !t.startsWith('-') && find(t)) ?? before.find((t) => !t.startsWith('-'));
  const g = named === undefined ? undefined : find(named);
  for (let i = 0; i < before.length; i++) {
    const tok = before[i];
    const [flag, inline] = tok.startsWith('--') && tok.includes('=') ? [tok.slice(0, tok.indexOf('=')), tok.slice(tok.indexOf('=') + 1)] : [tok, undefined];
    const value = () => inline ?? (i + 1 < before.length ? before[++i] : fail(`option ${flag}: missing value`));
    if (tok === named && out.name === undefined) out.name = tok;
    else if (flag === '-h' || flag === '--help') out.help = true;
    else if (flag === '--dest') out.dest = value();
    else if (PLOP_FLAGS.includes(flag)) out.other.push(tok);
    else if (PLOP_VALUES.includes(flag)) out.other.push(tok, ...(inline === undefined && i + 1 < before.length ? [before[++i]] : []));
    else if (g && flag.startsWith('--') && optionKeys(g).includes(flag.slice(2))) out.moved.push(flag, value());
    else if (g && (g as { run?: unknown }).run) out.moved.push(tok); // a command (db-verify) reads its own arguments
    else fail(misplaced(tok, g, named));
  }
  return out;
}

function misplaced(tok: string, g: Optioned | undefined, named: string | undefined): string {
  if (!tok.startsWith('-')) return `unexpected '${tok}' after the generator ${named}; answers go as --<key> VALUE (db-scaffold ${named} --help)`;
  const key = tok.replace(/^-+/, '').replace(/=.*$/, '');
  if (!g) return `unknown option ${tok}; name a generator first (db-scaffold --help)`;
  const known = [...optionKeys(g), ...PLOP_FLAGS.filter((f) => f.startsWith('--')).map((f) => f.slice(2))];
  return `${g.name}: unknown option ${tok}${semi(didYouMean(key, known))} (db-scaffold ${g.name} --help lists them)`;
}

/** The command line as plop and parseArgs read it: the moved options right after `--`. */
export function normalArgv(argv: string[], inv: Invocation): string[] {
  const head = [...argv.slice(0, 2), ...(inv.name ? [inv.name] : []), ...inv.other, ...(inv.dest ? ['--dest', inv.dest] : [])];
  const tail = [...inv.moved, ...inv.after];
  return tail.length ? [...head, '--', ...tail] : head;
}
