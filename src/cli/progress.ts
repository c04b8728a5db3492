/**
 * A progress bar on stderr, for work that takes more than about a second and only when stderr is
 * a terminal: pipes, files and tests never see it. The runs are synchronous, so the bar advances
 * between units of work (runs, epochs of a tutorial), and is wiped when the work is done.
 */
import type { CliIO } from './io.js';

export interface ProgressOptions {
  /** Draw only once the work has taken, or promises to take, this long (ms). */
  after?: number;
  width?: number;
  now?: () => number;
}

export class Progress {
  private readonly started: number;
  private drawn = false;
  private readonly after: number;
  private readonly width: number;
  private readonly now: () => number;

  constructor(
    private readonly io: Pick<CliIO, 'stderr' | 'isTTY'>,
    private readonly label: string,
    private readonly total: number,
    options: ProgressOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.after = options.after ?? 1000;
    this.width = options.width ?? 30;
    this.started = this.now();
  }

  /** `done` units of `total` are finished. */
  tick(done: number): void {
    if (!this.io.isTTY || this.total <= 0) return;
    const elapsed = this.now() - this.started;
    const expected = done > 0 ? (elapsed / done) * this.total : 0;
    if (!this.drawn && elapsed < this.after && expected < this.after) return;
    const share = Math.min(1, Math.max(0, done / this.total));
    const full = Math.round(share * this.width);
    const bar = `${'█'.repeat(full)}${'░'.repeat(this.width - full)}`;
    this.io.stderr(`\r${this.label} ${bar} ${done}/${this.total} ${Math.round(share * 100)}%`);
    this.drawn = true;
  }

  /** Clears the bar's line, if it was drawn. */
  finish(): void {
    if (this.drawn) this.io.stderr('\r\x1b[K');
    this.drawn = false;
  }
}

/** Runs `work` on each item with a bar, returning the results in order. */
export function withProgress<T, R>(
  io: Pick<CliIO, 'stderr' | 'isTTY'>,
  label: string,
  items: readonly T[],
  work: (item: T, index: number) => R,
  options?: ProgressOptions,
): R[] {
  const bar = new Progress(io, label, items.length, options);
  try {
    return items.map((item, i) => {
      const r = work(item, i);
      bar.tick(i + 1);
      return r;
    });
  } finally {
    bar.finish();
  }
}
