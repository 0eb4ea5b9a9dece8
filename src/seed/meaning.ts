/** Meaning from names: what kind of thing a table holds, and which columns look like credentials. */
import type { Table } from '../state/physical-schema.js';
import { snake } from '../model/naming.js';

export type Kind = 'person' | 'org' | 'product' | 'label' | 'post' | 'task' | 'place' | 'other';

const KINDS: [RegExp, Kind][] = [
  [/^(user|customer|member|author|person|people|employee|student|teacher|contact|account|admin|owner|patient|client|subscriber|reader|player|staff|driver|guest|profile)/, 'person'],
  [/^(organi[sz]ation|compan|team|tenant|vendor|supplier|brand|workspace|merchant|shop|store)/, 'org'],
  [/^(product|item|listing|book|course|service|plan)/, 'product'],
  [/^(tag|categor|label|genre|topic|group|role|department|kind|type)/, 'label'],
  [/^(post|page|stor|entr|note|message|comment|review|article)/, 'post'],
  [/^(task|ticket|issue|todo|job|project|milestone|epic)/, 'task'],
  [/^(place|location|address|cit|venue|warehouse|region)/, 'place'],
];

/** The kind of the table's entity (its last word decides: `order_items` → item → product). */
export function kindOf(t: Table): Kind {
  const words = snake(t.entity ?? t.name).split('_');
  for (const w of [words[words.length - 1], words[0]]) {
    const hit = KINDS.find(([re]) => re.test(w));
    if (hit) return hit[1];
  }
  return 'other';
}

/** Columns that would hold a credential: never seeded with anything that looks like one. */
export const SECRET = /(^|_)(password|passwd|pwd|secret|token|api_?key|apikey|hash|salt|private_?key|credential|otp|pin)(_|$)/;

/** Obviously fake, non-secret marker for a NOT NULL credential-like column. */
export const NOT_A_SECRET = 'not-a-secret';

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const pad = (n: number, w: number) => String(n).padStart(w, '0');
