/**
 * A progress bar on stderr, for work that takes more than about a second and only when stderr is
 * a terminal: pipes, files and tests never see it. The runs are synchronous; the engine calls back
 * after every step or epoch (`onStep`, `onEpoch`), so the bar moves within one long run. Redraws
 * are throttled (a million steps do not mean a million writes), and the line is wiped at the end.
 */
import type { CliIO } from './io.js';

export interface ProgressOptions {
  /** Draw only once the work has taken, or promises to take, this long (ms). */
  after?: number;
  /** The shortest time between two redraws (ms); the last unit always redraws. */
  interval?: number;
  width?: number;
  now?: () => number;
}

type ProgressIO = Pick<CliIO, 'stderr' | 'isTTY'> & { now?: () => number };

export class Progress {
  private readonly started: number;
  private drawn = false;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private lastDone = -1;
  private readonly after: number;
  private readonly interval: number;
  private readonly width: number;
  private readonly now: () => number;

  constructor(
    private readonly io: ProgressIO,
    private readonly label: string,
    private readonly total: number,
    options: ProgressOptions = {},
  ) {
    this.now = options.now ?? io.now ?? Date.now;
    this.after = options.after ?? 1000;
    this.interval = options.interval ?? 100;
    this.width = options.width ?? 30;
    this.started = this.now();
  }

  /** `done` units of `total` are finished. */
  tick(done: number): void {
    if (!this.io.isTTY || this.total <= 0 || done === this.lastDone) return;
    const t = this.now();
    const elapsed = t - this.started;
    if (!this.drawn) {
      // The forecast is trusted only after a fifth of the threshold: the first steps carry the
      // compilation and would promise a long run for every short one.
      const expected = done > 0 ? (elapsed / done) * this.total : 0;
      if (elapsed < this.after && (elapsed < this.after / 5 || expected < this.after)) return;
    } else if (t - this.lastDraw < this.interval && done < this.total) return;
    this.lastDraw = t;
    this.lastDone = done;
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
  io: ProgressIO,
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

/**
 * Runs `work` with a bar over `total` units; `work` receives the tick to call with the units done
 * (the onStep/onEpoch hook of a run). The bar is wiped even when the work throws.
 */
export function withTicks<R>(
  io: ProgressIO,
  label: string,
  total: number,
  work: (tick: (done: number) => void) => R,
  options?: ProgressOptions,
): R {
  const bar = new Progress(io, label, total, options);
  try {
    return work((done) => bar.tick(done));
  } finally {
    bar.finish();
  }
}
