/** Name patterns for prose, names by the table's kind, colours and currencies (see patterns.ts). */
import type { Faker } from '@faker-js/faker';
import type { Cell } from './types.js';
import type { Pattern } from './patterns.js';
import { type Kind, capitalise, kindOf } from './meaning.js';
import { full } from './patterns-people.js';

type Gen = (c: Cell, f: Faker) => string;
const TEXT = ['text'] as const;

const sentence = (f: Faker, [min, max]: [number, number]) => capitalise(`${f.lorem.words({ min, max })}.`);
const phrase = (f: Faker) => capitalise(f.hacker.phrase().replace(/!$/, '.'));
const task = (f: Faker) => `${capitalise(f.hacker.verb())} the ${f.hacker.adjective()} ${f.hacker.noun()}`;

/** A `name` column by what the table holds: a person's full name, a company, a product, a city … */
export const NAME: Record<Kind, Gen> = {
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

const prose = (v: unknown) => typeof v === 'string' && /^\p{Lu}/u.test(v) && /[.!?]$/.test(v);
const named = (v: unknown) => typeof v === 'string' && /^\S/.test(v) && v.length > 1;

export const TEXTS: Pattern[] = [
  { name: 'bio', group: 'text', re: /^(bio|biography|about)$/, on: TEXT,
    gen: (c, f) => BODY.person!(c, f),
    ok: prose },
  { name: 'title', group: 'text', re: /^(title|headline|subject)$|_title$/, on: TEXT, ok: named,
    gen: (c, f) => (TITLE[kindOf(c.table)] ?? ((_c, g) => capitalise(g.company.catchPhrase())))(c, f) },
  { name: 'name', group: 'text', re: /(^|_)name$/, on: TEXT, gen: (c, f) => NAME[kindOf(c.table)](c, f), ok: named },
  { name: 'label', group: 'text', re: /(^|_)(label|caption)$/, on: TEXT, gen: (_c, f) => capitalise(f.word.noun()), ok: named },
  { name: 'description', group: 'text', re: /(description|summary|details)$/, on: TEXT, ok: prose,
    gen: (c, f) => (BODY[kindOf(c.table)] ?? ((_c, g) => sentence(g, [8, 16])))(c, f) },
  { name: 'note', group: 'text', re: /(^|_)(notes?|remarks?|reason)$/, on: TEXT,
    gen: (_c, f) => sentence(f, [4, 10]),
    ok: prose },
  { name: 'comment', group: 'text', re: /^(body|content|text|message|comment|review)$/, on: TEXT, ok: prose,
    gen: (c, f) => (kindOf(c.table) === 'post' ? BODY.post!(c, f) : phrase(f)) },
  { name: 'colour', group: 'colour', re: /colou?r(_hex|_code)?$/, on: TEXT,
    ok: (v) => /^#[0-9a-f]{6}$|^[a-z ]+$/.test(String(v)),
    gen: (c, f) => ((c.maxLen ?? 99) <= 7 || /hex|code/.test(c.column.name) ? f.color.rgb({ casing: 'lower' })
      : f.color.human()) },
  { name: 'currency', group: 'money', re: /(^|_)currency(_code)?$/, on: TEXT, ok: (v) => /^[A-Z]{3}$/.test(String(v)),
    gen: (_c, f) => f.helpers.weightedArrayElement([
      { value: 'USD', weight: 5 }, { value: 'EUR', weight: 3 }, { value: 'GBP', weight: 2 }, { value: 'JPY', weight: 1 }]) },
];

/** A text column no pattern names: what the table holds decides (a product's name-like text, …). */
export const plainText = (c: Cell, f: Faker): string => NAME[kindOf(c.table)](c, f);
