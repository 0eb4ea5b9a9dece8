/**
 * V8 keeps a string in one byte a character when every character fits (Latin-1), else in two. Some paths hand
 * back a two-byte string of Latin-1 characters (40 of the bench's 10,000 entity names came out of the name
 * functions so), and every text such a name is joined into is two-byte too: schema.sql at 10,000 entities
 * took 13 MB instead of 6.5 while it was rendered, schema.svg 32 instead of 16. `oneByte` gives the same
 * characters held one byte each (a text with a character past U+00FF is returned as it is).
 */
const WIDE = /[^\u0000-\u00ff]/;

export const oneByte = (s: string): string => (WIDE.test(s) ? s : Buffer.from(s, 'latin1').toString('latin1'));
