/**
 * Debian's headless Chromium as a test browser: a page is written to a temp folder, loaded with scripts
 * allowed to read local files, and its DOM dumped once the page's own script has written its answer (JSON)
 * into <pre id="out">. A missing chromium fails the test (it is in CI's apt list); nothing is downloaded.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
  '--allow-file-access-from-files', '--hide-scrollbars'];

function withProfile<T>(fn: (dir: string) => T): T {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  const dir = mkdtempSync(join(tmpdir(), 'dbs-chromium-'));
  try { return fn(dir); } finally { rmSync(dir, { recursive: true, force: true }); }
}

/** Load `html` and return the JSON its script put in #out (the page must write it; 'pending' until then). */
export function pageAnswer<T>(html: string, budgetMs = 30000): T {
  return withProfile((dir) => {
    const page = join(dir, 'page.html');
    writeFileSync(page, html);
    const r = spawnSync(CHROMIUM, [...FLAGS, `--user-data-dir=${join(dir, 'profile')}`, `--virtual-time-budget=${budgetMs}`,
      '--dump-dom', `file://${page}`], { encoding: 'utf8', timeout: 120000, maxBuffer: 64 << 20 });
    const m = /<pre id="out">([\s\S]*?)<\/pre>/.exec(r.stdout ?? '');
    if (!m || m[1] === 'pending') throw new Error(`chromium gave no answer (exit ${r.status}): ${(r.stderr ?? '').slice(-400)}`);
    const text = m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    return JSON.parse(text) as T;
  });
}

/** A PNG screenshot of a file (an SVG or a page) at the given window size. */
export function screenshot(file: string, png: string, width: number, height: number): void {
  withProfile((dir) => {
    const r = spawnSync(CHROMIUM, [...FLAGS, `--user-data-dir=${join(dir, 'profile')}`, `--window-size=${width},${height}`,
      `--screenshot=${png}`, `file://${file}`], { encoding: 'utf8', timeout: 120000 });
    if (r.status !== 0 || !existsSync(png)) throw new Error(`chromium screenshot failed (exit ${r.status}): ${r.stderr.slice(-400)}`);
  });
}
