/** Determinism: one faker instance, re-seeded from a stable hash of the cell or row it is asked about. */
import { Faker, base, en } from '@faker-js/faker';

const faker = new Faker({ locale: [en, base] });

/** FNV-1a 32-bit: the same key gives the same seed on every machine and run. */
export function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The fixed seed every value derives from (stated in db/seed.sql). */
export const SEED = 1;

/** faker seeded for `key`: values depend on the seed, the design, the table, the column and the id, never on the clock. */
export function fakerFor(key: string): Faker {
  faker.seed((hash(key) + SEED) >>> 0);
  return faker;
}

/** A stable permutation of `xs` (FK spreading): seeded shuffle, the input untouched. */
export function shuffled<T>(xs: T[], key: string): T[] {
  return fakerFor(`shuffle:${key}`).helpers.shuffle([...xs]);
}

const DAY = 86_400_000;

/** `YYYY-MM-DD` a whole number of days after `from` (a fixed date, never today). */
export function dayAfter(from: string, days: number): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD HH:MM:SS` (UTC) `seconds` after `from`. */
export function instantAfter(from: string, seconds: number): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + seconds * 1000).toISOString().slice(0, 19).replace('T', ' ');
}

/** Days between two fixed `YYYY-MM-DD` dates. */
export const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);

/** Lowercase ASCII letters only (e-mail local parts, user names). */
export const ascii = (s: string) => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();

export const slugify = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
