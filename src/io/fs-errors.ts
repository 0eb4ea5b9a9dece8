/** File-system and stream errors as one line: what failed, on which path, what to do. Never a stack trace. */
import { relative } from 'node:path';

type FsError = Error & { code?: string; path?: string; dest?: string; syscall?: string };

const ADVICE: Record<string, (p: string) => string> = {
  EACCES: (p) => `permission denied on ${p}; make the target writable for you (or choose another --dest)`,
  EPERM: (p) => `operation not permitted on ${p}; make the target writable for you (or choose another --dest)`,
  EROFS: (p) => `${p} is on a read-only file system; choose another --dest`,
  ENOSPC: (p) => `no space left on the device writing ${p}; free some space and run again`,
  EDQUOT: (p) => `disk quota exceeded writing ${p}; free some space and run again`,
  EISDIR: (p) => `${p} is a folder where a file belongs; move it away and run again`,
  ENOTDIR: (p) => `a file stands where a folder belongs on the way to ${p}; move it away and run again`,
  EEXIST: (p) => `${p} exists already where db-scaffold makes something new; move it away and run again`,
  ENOENT: (p) => `${p} does not exist`,
  ELOOP: (p) => `too many symbolic links on the way to ${p}; replace them with real folders`,
  ENAMETOOLONG: (p) => `the path ${p} is too long; choose a shorter --dest`,
  EMFILE: () => 'too many open files; close some programs and run again',
  EIO: (p) => `input/output error on ${p}; check the disk and run again`,
  EPIPE: () => 'the output was closed early (broken pipe)',
};

export const isFsError = (e: unknown): e is FsError =>
  e instanceof Error && typeof (e as FsError).code === 'string' && /^E[A-Z]+$/.test((e as FsError).code!);

/** One line for an fs error; `root` shortens paths inside the target; `after` says what became of the run. */
export function ioLine(e: FsError, root?: string, after = ''): string {
  const raw = e.dest ?? e.path ?? ''; // a rename names its source in path, the place it failed to fill in dest
  const rel = raw && root ? relative(root, raw) : raw;
  const p = rel && !rel.startsWith('..') ? rel : raw || '(unknown path)';
  const advice = ADVICE[e.code ?? ''];
  const text = advice ? advice(p) : `${e.code ?? 'error'} during ${e.syscall ?? 'a file operation'} on ${p}`;
  return `${text}${after ? ` (${after})` : ''}`;
}
