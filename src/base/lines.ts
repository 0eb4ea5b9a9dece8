/**
 * Lines joined with '\n' as they come, a chunk at a time: `out.push(…)` then `out.text()` is
 * `[…].join('\n')`, but at no point are all the lines live at once. A picture of 10,000 tables is ~250,000
 * lines (each a template string, a rope of several pieces: schema.svg's array held ~100 MB of heap for its
 * 16 MB of text), all promoted to the old generation before the one join; here they die young. `bytes()`
 * gives the same text as UTF-8 chunks (each chunk encoded as it is folded: no whole text is ever a string).
 */
const CHUNK = 1 << 20;

export class Lines {
  private done: string[] = [];
  private encoded: Buffer[] = [];
  private pending: string[] = [];
  private size = 0;

  /** `asBytes`: the text is wanted as bytes (`bytes()`), so each chunk is encoded as soon as it is full. */
  constructor(first: Iterable<string> = [], private readonly asBytes = false) {
    this.push(...first);
  }

  push(...lines: string[]): void {
    for (const l of lines) {
      this.pending.push(l);
      this.size += l.length + 1;
    }
    if (this.size >= CHUNK) this.fold();
  }

  /** The pending lines as one chunk; a chunk after the first starts with the '\n' that joins it. */
  private fold(): void {
    const chunk = (this.done.length || this.encoded.length ? '\n' : '') + this.pending.join('\n');
    if (this.asBytes) this.encoded.push(Buffer.from(chunk));
    else this.done.push(chunk);
    this.pending = [];
    this.size = 0;
  }

  text(): string {
    if (this.pending.length) this.fold();
    return Buffer.concat(this.encoded).toString() + this.done.join('');
  }

  bytes(): Buffer[] {
    if (this.pending.length) this.fold();
    return [...this.encoded, ...this.done.map((c) => Buffer.from(c))];
  }
}
