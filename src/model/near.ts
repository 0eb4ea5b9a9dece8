/** Near-misses: the closest known word to one the reader does not know (`optinal` → `optional`), for one-line errors. */
import { distance } from 'fastest-levenshtein';

/** The known word nearest to `word` when it is close enough to be a slip (at most 2 edits, and under half its length). */
export function closest(word: string, known: readonly string[]): string | undefined {
  const w = word.trim().toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(w, k.toLowerCase());
    if (d < bestD) { best = k; bestD = d; }
  }
  return best !== undefined && bestD > 0 && bestD <= Math.min(2, Math.floor(w.length / 2)) ? best : undefined;
}

/** `; did you mean X?` or '' — the tail of a one-line error. */
export const didYouMean = (form: string | undefined) => (form ? `; did you mean '${form}'?` : '');

/** The word of a slot (`optinal`, `defualt(0)` → `defualt`), and the slot with its word replaced. */
export const slotWord = (raw: string) => /^\s*([A-Za-z-]+)/.exec(raw)?.[1] ?? raw.trim();
export const withWord = (raw: string, word: string) => raw.trim().replace(/^[A-Za-z-]+/, word);
