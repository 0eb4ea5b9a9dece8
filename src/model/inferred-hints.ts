/** Bare names that become text but read as something else: "amount: TEXT — did you mean decimal?" (issue 16). */

const HINTS: { re: RegExp; say: (name: string) => string }[] = [
  { re: /(^|_)(amount|price|cost|total|balance|fee|salary|subtotal|tax)$/,
    say: (n) => `did you mean decimal? (${n}:decimal, or name it *_amount)` },
  { re: /(^|_)(count|quantity|qty|age|position|rank|year)$/,
    say: (n) => `did you mean integer? (${n}:integer, or name it *_count)` },
  { re: /(^|_)(date|birthday|dob)$|_on$/, say: (n) => `did you mean date? (${n}:date)` },
  { re: /(^|_)(time|timestamp)$/, say: (n) => `did you mean datetime? (${n}:datetime, or name it *_at)` },
  { re: /^(active|enabled|verified|published|archived|visible|admin)$/,
    say: (n) => `did you mean boolean? (${n}:boolean, or name it is_${n})` },
  { re: /(^|_)(uuid|guid)$/, say: (n) => `did you mean uuid? (${n}:uuid)` },
  { re: /(^|_)(metadata|payload|settings|attributes|data)$/, say: (n) => `did you mean json? (${n}:json)` },
];

/** The hint for a bare name that became text, if one reads it otherwise ([] or one line). */
export function hintFor(name: string): string[] {
  const h = HINTS.find((x) => x.re.test(name));
  return h ? [h.say(name)] : [];
}
