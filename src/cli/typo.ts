/** `npx plop db-schem`: plop itself would answer `Could not find a generator for "db-schem db-schem"`; the
 *  pack answers first, in one line with the closest names, and exits 1. */
import { closest, unknownGenerator } from './help.js';

const VALUE_FLAGS = new Set(['--dest', '--cwd', '--plopfile', '--preload', '-d']);

/** The generator named on plop's command line (before `--`), if any. */
export function requestedGenerator(argv: string[]): string | undefined {
  const at = argv.indexOf('--');
  const words = (at < 0 ? argv : argv.slice(0, at)).slice(2);
  for (let i = 0; i < words.length; i++) {
    if (VALUE_FLAGS.has(words[i])) i++;
    else if (!words[i].startsWith('-')) return words[i];
  }
  return undefined;
}

/** Under plop's CLI, a name that is no registered generator but near one of ours: the line, or nothing. */
export function typoLine(argv: string[], registered: string[], ours: string[]): string | undefined {
  if (!/plop(\.js)?$/.test(argv[1] ?? '')) return undefined;
  const asked = requestedGenerator(argv);
  if (!asked || registered.includes(asked) || !closest(asked, ours).length) return undefined;
  return unknownGenerator(asked, ours);
}
