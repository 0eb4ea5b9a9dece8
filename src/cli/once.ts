/** An option given twice after `--` (`--db mysql --db postgres`, `--spec a.json --spec=b.json`) is refused:
 *  taking the last silently would run with an answer the user may not have meant. */
import { fail } from './errors.js';

/** A checker for one command line: call it with each option's name as it is read; the second time, one line. */
export function onceEach(): (name: string) => void {
  const seen = new Set<string>();
  return (name) => {
    if (seen.has(name)) fail(`--${name}: given twice; give each option once (the last would silently win)`);
    seen.add(name);
  };
}
