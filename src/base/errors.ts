/** A user error: one clear line (what, where, what is allowed), non-zero exit, no stack trace. */

/** Text as one printable line: control characters (a newline, a terminal escape), bidi controls and line
 *  separators shown as `\uXXXX`, so text from a file (a journal, a lock, db/design.json) can neither forge a
 *  second line (`[ERROR] …`) nor drive the terminal. */
export const printable = (text: string): string =>
  text.replace(/[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export class UserError extends Error {
  constructor(message: string) {
    super(printable(message));
    this.name = 'UserError';
  }
}

export function fail(message: string): never {
  throw new UserError(message);
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof Error && e.name === 'UserError';
}
