/** String and text columns by meaning: names, e-mails on example.test, slugs, codes, URLs, prose. */
import type { Faker } from '@faker-js/faker';
import type { Cell } from './types.js';
import { type Kind, capitalise, kindOf, pad } from './meaning.js';
import { ascii, slugify } from './rng.js';

type Gen = (c: Cell, f: Faker) => string;

const full = (c: Cell) => `${c.person.first} ${c.person.last}`;
const local = (c: Cell) => `${ascii(c.person.first)}.${ascii(c.person.last)}`;
const phrase = (f: Faker) => f.hacker.phrase().replace(/!$/, '.');
const task = (f: Faker) => `${capitalise(f.hacker.verb())} the ${f.hacker.adjective()} ${f.hacker.noun()}`;

const NAME: Record<Kind, Gen> = {
  person: full,
  org: (_c, f) => f.company.name(),
  product: (_c, f) => f.commerce.productName(),
  label: (c, f) => (/categor|department|genre/.test(c.table.name) ? f.commerce.department() : f.word.noun()),
  post: (_c, f) => f.book.title(),
  task: (_c, f) => task(f),
  place: (_c, f) => f.location.city(),
  other: (_c, f) => capitalise(`${f.word.adjective()} ${f.word.noun()}`),
};

const TITLE: Partial<Record<Kind, Gen>> = { task: (_c, f) => task(f), product: NAME.product, post: NAME.post };

const BODY: Partial<Record<Kind, Gen>> = {
  product: (_c, f) => f.commerce.productDescription(),
  post: (_c, f) => [phrase(f), phrase(f), phrase(f)].join(' '),
  person: (_c, f) => `${f.person.jobTitle()} from ${f.location.city()}.`,
};

/** The row's own title or name, when it has one (slugs follow it). */
const titleOf = (c: Cell) => [c.row.title, c.row.name].find((v): v is string => typeof v === 'string');

/** `invoices` → INV, `orders` → ORD: the prefix of human-readable codes. */
const codePrefix = (c: Cell) => c.table.name.replace(/[^a-z]/g, '').slice(0, 3).toUpperCase() || 'REF';

/** First match wins; the column name decides, then the table's kind. */
const RULES: [RegExp, Gen][] = [
  [/(^|_)e?mail(_address)?$/, (c) => `${local(c)}${c.id}@example.test`],
  [/^(first_?name|given_name|forename)$/, (c) => c.person.first],
  [/^(last_?name|surname|family_name)$/, (c) => c.person.last],
  [/^(user_?name|login|handle|nickname|screen_name)$/, (c) => `${local(c).replace('.', '_')}${c.id}`],
  [/^(full_name|display_name|contact_name|author_name)$/, full],
  [/(^|_)slug$/, (c, f) => `${slugify(titleOf(c) ?? NAME[kindOf(c.table)](c, f)).slice(0, 40).replace(/-$/, '')}-${c.id}`],
  [/(^|_)sku$/, (c) => `SKU-${pad(c.id, 5)}`],
  [/(^|_)(number|code|reference|ref)$/, (c) => `${codePrefix(c)}-${pad(c.id, 5)}`],
  [/(phone|mobile|fax)/, (c) => `+1-555-01${pad(c.id % 100, 2)}`],
  [/(avatar|image|photo|picture|logo)(_url)?$/, (c) => `https://example.test/images/${c.table.name}/${c.id}.png`],
  [/(url|website|homepage|link)$/, (c) => `https://example.test/${c.table.name}/${c.id}`],
  [/^(bio|biography|about)$/, (c, f) => BODY.person!(c, f)],
  [/^(title|headline|subject)$/, (c, f) => (TITLE[kindOf(c.table)] ?? ((_c, g) => capitalise(g.company.catchPhrase())))(c, f)],
  [/(^|_)name$/, (c, f) => NAME[kindOf(c.table)](c, f)],
  [/(description|summary|details|notes?)$/, (c, f) => (BODY[kindOf(c.table)] ?? ((_c, g) => phrase(g)))(c, f)],
  [/^(body|content|text|message|comment)$/, (c, f) => (kindOf(c.table) === 'post' ? BODY.post!(c, f) : phrase(f))],
  [/(^|_)city$/, (_c, f) => f.location.city()],
  [/(^|_)country$/, (_c, f) => f.location.country()],
  [/(street|address)/, (_c, f) => f.location.streetAddress()],
  [/(zip|postal|postcode)/, (_c, f) => f.location.zipCode('#####')],
  [/(^|_)(state|province)$/, (_c, f) => f.location.state()],
  [/colou?r$/, (_c, f) => f.color.human()],
  [/currency/, (_c, f) => f.finance.currencyCode()],
  [/(company|employer)/, (_c, f) => f.company.name()],
  [/(job_title|occupation|position_title)/, (_c, f) => f.person.jobTitle()],
  [/(locale|language|lang)$/, () => 'en'],
  [/(timezone|time_zone|tz)$/, (_c, f) => f.location.timeZone()],
];

/** A string value for a string/text column, cut to its length limit. */
export function textFor(c: Cell, f: Faker): string {
  const rule = RULES.find(([re]) => re.test(c.column.name));
  const v = rule ? rule[1](c, f) : NAME[kindOf(c.table)](c, f);
  const len = (s: string) => Array.from(s).length; // characters, as the engines count a VARCHAR
  if (!c.maxLen || len(v) <= c.maxLen) return v;
  if (v.endsWith('@example.test')) { // the shortest e-mail that fits: string(12) takes 7@ex.test
    return [`u${c.id}@example.test`, `${c.id}@ex.test`, `${c.id}@x.test`, `${c.id}@x`].find((e) => len(e) <= c.maxLen!) ?? `${c.id}@x`;
  }
  return Array.from(v).slice(0, c.maxLen).join('').trimEnd();
}
