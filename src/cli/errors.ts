/** A user error: one clear line (what, where, what is allowed), non-zero exit, no stack trace. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

export function fail(message: string): never {
  throw new UserError(message);
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof Error && e.name === 'UserError';
}
