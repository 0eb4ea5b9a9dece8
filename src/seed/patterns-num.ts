/** Name patterns for money, quantities, coordinates and booleans (see patterns.ts). */
import type { Faker } from '@faker-js/faker';
import type { Cell } from './types.js';
import type { Pattern } from './patterns.js';

/** Number patterns also fill a text column of that name (a `price` typed text still looks like a price). */
const NUM = ['int', 'dec', 'float', 'text'] as const;
const range = (lo: number, hi: number, digits = 0) => (_c: Cell, f: Faker) => (digits
  ? f.number.float({ min: lo, max: hi, fractionDigits: digits }) : f.number.int({ min: lo, max: hi }));
const within = (lo: number, hi: number) => (v: unknown) => Number(v) >= lo && Number(v) <= hi;
/** Positive, at most two decimals. */
const money = (v: unknown) => Number(v) > 0 && /^\d+(\.\d{1,2})?$/.test(String(v));

export const NUMBERS: Pattern[] = [
  // money: positive, two decimals, a range that fits the kind of amount
  { name: 'salary', group: 'money', re: /(salary|wage|income)/, on: NUM, gen: range(28_000, 140_000, 2), ok: money },
  { name: 'fee', group: 'money',
    re: /(^|_)(fee|fine|charge|penalty|tax|shipping|deposit|tip)(_amount|_cents)?$/, on: NUM,
    gen: range(0.5, 60, 2),
    ok: money },
  { name: 'balance', group: 'money', re: /(balance|budget|credit|limit)(_amount)?$/, on: NUM,
    gen: range(0.01, 5_000, 2),
    ok: (v) => Number(v) >= 0 && /^\d+(\.\d{1,2})?$/.test(String(v)) },
  { name: 'total', group: 'money',
    re: /(^|_)(total|subtotal|grand_total)(_amount|_price)?$|^total_/, on: ['dec', 'float'],
    gen: range(5, 2_000, 2),
    ok: money },
  { name: 'price', group: 'money',
    re: /(price|amount|cost|rate_amount|value_amount|unit_amount|paid_amount)$|^price|^amount/, on: NUM,
    gen: range(0.99, 500, 2), ok: money },
  // quantities: within the CHECK (the seed re-draws) or a sane range
  { name: 'quantity', group: 'quantities', re: /(quantity|qty)(_count)?$|^quantity/, on: NUM,
    gen: range(1, 5),
    ok: within(1, 5) },
  { name: 'stock', group: 'quantities', re: /(stock|inventory|on_hand)(_count|_level)?$|^stock/, on: NUM,
    gen: range(0, 250),
    ok: within(0, 250) },
  { name: 'seats', group: 'quantities', re: /(seats?|capacity|places)(_count)?$/, on: NUM,
    gen: range(1, 120),
    ok: within(1, 120) },
  { name: 'count', group: 'quantities', re: /(count|total|^num_|_num$|copies|visits|views|likes)$|_count$/, on: NUM,
    gen: range(0, 50),
    ok: within(0, 50) },
  { name: 'population', group: 'quantities', re: /(population|inhabitants|residents)$/, on: NUM, gen: range(500, 5_000_000),
    ok: within(500, 5_000_000) },
  { name: 'age', group: 'quantities', re: /^age(_years)?$/, on: NUM, gen: range(18, 80), ok: within(18, 80) },
  { name: 'weight', group: 'quantities', re: /weight(_kg|_grams|_g)?$/, on: NUM, ok: within(0.1, 5000),
    gen: (c, f) => (/gram|_g$/.test(c.column.name) ? f.number.int({ min: 50, max: 5000 })
      : f.number.float({ min: 0.1, max: 40, fractionDigits: 2 })) },
  { name: 'height', group: 'quantities', re: /(height|length|width|depth)(_cm|_mm|_m)?$/, on: NUM,
    gen: range(1, 200, 1),
    ok: within(1, 200) },
  { name: 'rating', group: 'quantities', re: /(rating|stars)$/, on: NUM,
    gen: (_c, f) => f.helpers.weightedArrayElement(
    [1, 2, 3, 4, 5].map((value) => ({ value, weight: [1, 1, 3, 6, 5][value - 1] }))), ok: within(1, 5) },
  { name: 'score', group: 'quantities', re: /(score|percent|pct|percentage|progress)$/, on: NUM,
    gen: range(0, 100),
    ok: within(0, 100) },
  { name: 'discount', group: 'quantities', re: /(discount|ratio|rate)$/, on: ['dec', 'float'],
    gen: range(0, 0.5, 2),
    ok: within(0, 1) },
  { name: 'year', group: 'quantities', re: /(^|_)year$/, on: ['int'],
    gen: range(1990, 2024),
    ok: within(1990, 2024) },
  { name: 'duration', group: 'quantities', re: /(minutes|duration|seconds|_mins)$/, on: NUM,
    gen: range(5, 240),
    ok: within(5, 240) },
  { name: 'position', group: 'quantities',
    re: /(position|rank|sort_order|sort|ordinal|seq|sequence|priority)$/, on: ['int'],
    gen: (c) => c.index + 1,
    ok: (v) => Number(v) >= 1 },
  // places: coordinates in range
  { name: 'latitude', group: 'places', re: /^(lat|latitude)$|_lat(itude)?$/, on: ['dec', 'float'],
    gen: range(-60, 70, 6),
    ok: within(-90, 90) },
  { name: 'longitude', group: 'places', re: /^(lng|lon|long|longitude)$|_(lng|lon|longitude)$/, on: ['dec', 'float'],
    gen: range(-170, 170, 6),
    ok: within(-180, 180) },
  // booleans by name: rare flags rare, usual flags usual
  { name: 'rare flag', group: 'booleans',
    re: /(admin|staff|superuser|banned|blocked|locked|suspended|deleted|archived|flagged|spam|overdue)/, on: ['bool'],
    gen: (_c, f) => f.datatype.boolean({ probability: 0.08 }), ok: (v) => typeof v === 'boolean' },
  { name: 'usual flag', group: 'booleans',
    re: /(active|enabled|published|verified|visible|available|confirmed|public|in_stock|subscribed)/, on: ['bool'],
    gen: (_c, f) => f.datatype.boolean({ probability: 0.85 }), ok: (v) => typeof v === 'boolean' },
];
