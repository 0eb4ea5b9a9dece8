/**
 * Switches used only by tests, read from the environment (no effect when unset):
 * - DB_SCAFFOLD_TEST_KILL_AT=n: the process SIGKILLs itself at write step n (the kill test);
 * - DB_SCAFFOLD_TEST_FAIL_AT=n:CODE: write step n fails with that errno code (e.g. ENOSPC, EIO);
 * - DB_SCAFFOLD_TEST_HOLD_MS=ms: hold the lock that long before planning (the two-runs test).
 */
let count = 0;

const num = (name: string): number | undefined => {
  const v = process.env[name];
  return v && /^\d+$/.test(v) ? Number(v) : undefined;
};

/** One write step (a file staged, copied, renamed, a folder made or removed); `path` names it in an injected error. */
export function writeStep(path: string): void {
  count++;
  if (num('DB_SCAFFOLD_TEST_KILL_AT') === count) process.kill(process.pid, 'SIGKILL');
  const fail = /^(\d+):([A-Z]+)$/.exec(process.env.DB_SCAFFOLD_TEST_FAIL_AT ?? '');
  if (fail && Number(fail[1]) === count) {
    throw Object.assign(new Error(`${fail[2]}: injected at write step ${count}, '${path}'`), { code: fail[2], path, syscall: 'write' });
  }
}

export const sleepMs = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** The lock is held: tests may ask to keep it a while, so a second run meets it. */
export function holdForTests(): void {
  const ms = num('DB_SCAFFOLD_TEST_HOLD_MS');
  if (ms) sleepMs(ms);
}
