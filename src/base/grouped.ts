/**
 * A count with its thousands grouped by commas (12,345), as `toLocaleString('en')` writes an integer: without
 * Intl, whose first call loads ICU's number formats (~19 ms of a report at 1,000 entities).
 */
export function grouped(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}
