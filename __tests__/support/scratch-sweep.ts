/**
 * Scratch databases a test process left behind when it died before close(): dbs_<pid>_<n>_<random>
 * (types.ts scratchName) whose pid no longer runs. Each engine sweeps them once per test file, before its first open.
 */
const NAME = /^dbs_(\d+)_\d+_[a-z0-9]+$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

/** The scratch names among `names` whose test process is gone (never this process's own). */
export function orphans(names: string[]): string[] {
  return names.filter((n) => {
    const pid = Number(NAME.exec(n)?.[1] ?? NaN);
    return Number.isInteger(pid) && pid !== process.pid && !alive(pid);
  });
}

/** A once-only sweep: list the candidates, drop the orphans; a failure never stops the caller's open. */
export function sweeper(list: () => Promise<string[]>, drop: (name: string) => Promise<unknown>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= list()
    .then((names) => Promise.all(orphans(names).map((n) => drop(n).catch(() => undefined))))
    .then(() => undefined, () => undefined));
}
