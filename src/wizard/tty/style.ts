/** Terminal styling for the wizard's screens: colour only on a terminal that wants it (NO_COLOR respected). */
export const useColour = (): boolean => !process.env.NO_COLOR && !!process.stdout.isTTY && process.env.TERM !== 'dumb';

const sgr = (open: number, close: number) => (s: string) => (useColour() ? `\x1b[${open}m${s}\x1b[${close}m` : s);
export const bold = sgr(1, 22);
export const dim = sgr(2, 22);
export const red = sgr(31, 39);
export const green = sgr(32, 39);
export const yellow = sgr(33, 39);
export const cyan = sgr(36, 39);
export const inverse = sgr(7, 27);

/** The pointer in front of the focused row and the help line under every screen. */
export const POINTER = '❯';
export const help = (text: string) => dim(text);
/** Hide the cursor while a list has the focus (shown again when the prompt ends, or on Ctrl-C). */
export const HIDE = '\x1b[?25l';
export const SHOW = '\x1b[?25h';

/** Cut a plain line to the terminal width (one row a line, so scrolling counts rows right). */
export function fit(line: string, width = process.stdout.columns || 100): string {
  return line.length < width ? line : `${line.slice(0, Math.max(1, width - 2))}…`;
}

/** The rows that fit the terminal around the focused one (`reserved` lines are taken by the rest of the
 *  screen), with a line saying how many are above and below. */
export function windowed(rows: string[], focus: number, reserved: number): string[] {
  const height = Math.max(5, (process.stdout.rows || 24) - reserved - 2);
  if (rows.length <= height) return rows;
  const top = Math.min(Math.max(0, focus - Math.floor(height / 2)), rows.length - height);
  const out = rows.slice(top, top + height);
  return [dim(top ? `  ↑ ${top} more` : ''), ...out, dim(top + height < rows.length ? `  ↓ ${rows.length - top - height} more` : '')];
}
