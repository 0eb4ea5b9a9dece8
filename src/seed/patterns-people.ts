/** Name patterns for people, places, identifiers and the web (see patterns.ts for the whole table). */
import type { Faker } from '@faker-js/faker';
import type { Cell } from './types.js';
import type { Pattern } from './patterns.js';
import { pad } from './meaning.js';
import { ascii, slugify } from './rng.js';

export const full = (c: Cell) => `${c.person.first} ${c.person.last}`;
const local = (c: Cell) => `${ascii(c.person.first)}.${ascii(c.person.last)}`;
const TEXT = ['text'] as const;

/** first.last7@example.test, shortened (never past the column's size) to flast7@…, u7@example.test, u7@x.test. */
export function email(c: Cell): string {
  const forms = [`${local(c)}${c.id}@example.test`,
    `${ascii(c.person.first).slice(0, 1)}${ascii(c.person.last)}${c.id}@example.test`,
    `u${c.id}@example.test`, `u${c.id}@x.test`];
  return forms.find((e) => !c.maxLen || e.length <= c.maxLen) ?? forms[3];
}

/** The row's own title or name, when it has one (slugs follow it). */
const titleOf = (c: Cell) => [c.row.title, c.row.name].find((v): v is string => typeof v === 'string');
/** `invoices` → INV, `orders` → ORD: the prefix of human-readable codes. */
const codePrefix = (c: Cell) => c.table.name.replace(/[^a-z]/g, '').slice(0, 3).toUpperCase() || 'REF';

/** ISBN-13 with a valid check digit, 978 prefix. */
function isbn(c: Cell, f: Faker): string {
  const digits = `978${pad(f.number.int({ min: 0, max: 999_999_999 }), 9)}`;
  const sum = [...digits].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
  return `${digits}${(10 - (sum % 10)) % 10}`;
}
const isbnOk = (v: unknown) => typeof v === 'string' && /^97[89]\d{10}$/.test(v)
  && [...v].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0) % 10 === 0;

export const PEOPLE: Pattern[] = [
  { name: 'email', group: 'people', re: /(^|_)e?mail(_address)?$/, on: TEXT, gen: (c) => email(c),
    ok: (v) => /^[a-z0-9._]+@(example|x)\.test$/.test(String(v)) },
  { name: 'first name', group: 'people', re: /^(first_?name|given_name|forename)$/, on: TEXT,
    gen: (c) => c.person.first,
    ok: (v) => /^\p{Lu}/u.test(String(v)) },
  { name: 'last name', group: 'people', re: /^(last_?name|surname|family_name)$/, on: TEXT,
    gen: (c) => c.person.last,
    ok: (v) => /^\p{Lu}/u.test(String(v)) },
  { name: 'full name', group: 'people', re: /^(full_name|display_name|contact_name|author_name)$/, on: TEXT,
    gen: full,
    ok: (v) => /^\p{Lu}\S* \p{Lu}/u.test(String(v)) },
  { name: 'username', group: 'people', re: /^(user_?name|login|handle|nickname|screen_name)$/, on: TEXT,
    gen: (c) => `${local(c).replace('.', '_')}${c.id}`, ok: (v) => /^[a-z_]+\d+$/.test(String(v)) },
  { name: 'phone', group: 'people', re: /(phone|mobile|fax)/, on: TEXT,
    gen: (c) => `+1-555-01${pad(c.id % 100, 2)}`,
    ok: (v) => /^\+1-555-01\d\d$/.test(String(v)) },
  { name: 'job title', group: 'people', re: /(job_title|occupation|position_title)/, on: TEXT,
    gen: (_c, f) => f.person.jobTitle(),
    ok: (v) => String(v).length > 2 },
  { name: 'company', group: 'people', re: /(company|employer)/, on: TEXT,
    gen: (_c, f) => f.company.name(),
    ok: (v) => String(v).length > 2 },
  // places
  { name: 'street', group: 'places', re: /(street|address_line|^address$)/, on: TEXT,
    gen: (_c, f) => f.location.streetAddress(),
    ok: (v) => /\d/.test(String(v)) },
  { name: 'city', group: 'places', re: /(^|_)(city|town)$/, on: TEXT,
    gen: (_c, f) => f.location.city(),
    ok: (v) => String(v).length > 1 },
  { name: 'postcode', group: 'places', re: /(zip|postal|postcode)/, on: TEXT,
    gen: (_c, f) => f.location.zipCode('#####'),
    ok: (v) => /^\d{5}$/.test(String(v)) },
  { name: 'country code', group: 'places', re: /^country(_code|_iso)?$/, on: TEXT,
    when: (c) => (c.maxLen ?? 99) <= 3 || /code|iso/.test(c.column.name),
    gen: (_c, f) => f.location.countryCode('alpha-2'), ok: (v) => /^[A-Z]{2}$/.test(String(v)) },
  { name: 'country', group: 'places', re: /(^|_)country$/, on: TEXT,
    gen: (_c, f) => f.location.country(),
    ok: (v) => String(v).length > 2 },
  { name: 'state', group: 'places', re: /(^|_)(state|province|region)$/, on: TEXT,
    gen: (_c, f) => f.location.state(),
    ok: (v) => String(v).length > 1 },
  { name: 'timezone', group: 'places', re: /(timezone|time_zone|^tz)$/, on: TEXT,
    gen: (_c, f) => f.location.timeZone(),
    ok: (v) => /\//.test(String(v)) || v === 'UTC' },
  { name: 'locale', group: 'places', re: /(locale|language|lang)(_code)?$/, on: TEXT,
    gen: (_c, f) => f.helpers.arrayElement(['en', 'en', 'de', 'fr', 'es']),
    ok: (v) => /^[a-z]{2}$/.test(String(v)) },
  // identifiers
  { name: 'slug', group: 'identifiers', re: /(^|_)slug$/, on: TEXT,
    ok: (v) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(String(v)),
    gen: (c, f) => `${slugify(titleOf(c) ?? f.word.words(3)).slice(0, 40).replace(/-$/, '')}-${c.id}` },
  { name: 'sku', group: 'identifiers', re: /(^|_)sku$/, on: TEXT,
    gen: (c) => `SKU-${pad(c.id, 5)}`,
    ok: (v) => /^SKU-\d{5,}$/.test(String(v)) },
  { name: 'isbn', group: 'identifiers', re: /(^|_)isbn(13)?$/, on: TEXT, gen: isbn, ok: isbnOk },
  { name: 'iban', group: 'identifiers', re: /(^|_)iban$/, on: TEXT,
    gen: (_c, f) => f.finance.iban({ countryCode: 'DE' }),
    ok: (v) => /^DE\d{20}$/.test(String(v)) },
  { name: 'licence', group: 'identifiers', re: /(licen[cs]e|permit|passport)(_no|_number|_id)?$/, on: TEXT,
    gen: (c, f) => `${f.string.alpha({ length: 2, casing: 'upper' })}${pad(c.id, 6)}`,
    ok: (v) => /^[A-Z]{2}\d{6,}$/.test(String(v)) },
  { name: 'serial number', group: 'identifiers', re: /serial(_no|_number)?$|(^|_)serial$/, on: TEXT,
    gen: (c, f) => `SN-${f.string.alphanumeric({ length: 4, casing: 'upper' })}-${pad(c.id, 5)}`,
    ok: (v) => /^SN-[A-Z0-9]{4}-\d{5,}$/.test(String(v)) },
  { name: 'code', group: 'identifiers', re: /(^|_)(number|code|reference|ref|no)$/, on: TEXT,
    gen: (c) => `${codePrefix(c)}-${pad(c.id, 5)}`, ok: (v) => /^[A-Z]{1,3}-?\d+$|^[A-Z0-9]+$/.test(String(v)) },
  // web
  { name: 'image url', group: 'web', re: /(avatar|image|photo|picture|logo|thumbnail)(_url)?$/, on: TEXT,
    gen: (c) => `https://example.test/images/${c.table.name}/${c.id}.png`,
    ok: (v) => /^https:\/\/example\.test\//.test(String(v)) },
  { name: 'url', group: 'web', re: /(url|website|homepage|link|uri)$/, on: TEXT,
    gen: (c) => `https://example.test/${c.table.name}/${c.id}`,
    ok: (v) => /^https:\/\/example\.test\//.test(String(v)) },
  { name: 'domain', group: 'web', re: /(domain|hostname|host)(_name)?$/, on: TEXT,
    gen: (c, f) => `${slugify(f.company.name()).slice(0, 20).replace(/-$/, '')}${c.id}.example`,
    ok: (v) => /^[a-z0-9-]+\.example$/.test(String(v)) },
  // documentation ranges (RFC 5737), never a real host
  { name: 'ip', group: 'web', re: /(^|_)ip(_address|v4)?$/, on: TEXT,
    gen: (c, f) => `${f.helpers.arrayElement(['192.0.2', '198.51.100', '203.0.113'])}.${1 + (c.id % 254)}`,
    ok: (v) => /^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$/.test(String(v)) },
];
