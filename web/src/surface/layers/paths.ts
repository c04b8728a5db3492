/**
 * The paths, drawn incrementally so a long run costs the same per frame at step 9,000 as at step
 * 10. Each run has its own offscreen canvas holding its path in whole blocks of BLOCK decimated
 * points (points closer than MIN_PX to the last kept one dropped; the first and the last always
 * kept); a frame draws the blocks completed since the last frame, copies each run's canvas, and
 * strokes the short tail from the last block to the step shown. Stepping back restores the
 * run's nearest kept copy of its canvas (one every few blocks) and draws the blocks after it.
 *
 * A block is always drawn the same way (the same points, strokes and order), whether it is added
 * on the way forward or again after stepping back: the incremental picture is the full redraw's,
 * pixel for pixel.
 */

/** What a track draws on (a 2-D canvas context; the tests record the calls). */
export type Pen = Pick<
  CanvasRenderingContext2D,
  'beginPath' | 'moveTo' | 'lineTo' | 'stroke' | 'clearRect' | 'save' | 'restore' | 'setTransform'
> & {
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  lineJoin: CanvasLineJoin;
  lineCap: CanvasLineCap;
};

export const MIN_PX = 0.5;
export const BLOCK = 64;
/** Coordinates beyond this many pixels are pinned (a diverged run's 1e150 is not a canvas number). */
const FAR = 1e5;

export interface PathStyle {
  color: string;
  width: number;
  /** The dark edge under the line (keeps light colours readable), drawn first. */
  edge: string;
  edgeWidth: number;
}

/**
 * The indices of the points kept when the path is drawn at this scale: the first, every point at
 * least `minPx` from the last kept one, and the last.
 */
export function decimate(px: Float32Array | Float64Array, n: number, minPx = MIN_PX): Int32Array {
  if (n <= 0) return new Int32Array(0);
  const kept = new Int32Array(n);
  let m = 0;
  kept[m++] = 0;
  let lx = px[0];
  let ly = px[1];
  const d2 = minPx * minPx;
  for (let i = 1; i < n - 1; i++) {
    const dx = px[2 * i] - lx;
    const dy = px[2 * i + 1] - ly;
    if (dx * dx + dy * dy >= d2) {
      kept[m++] = i;
      lx = px[2 * i];
      ly = px[2 * i + 1];
    }
  }
  if (n > 1) kept[m++] = n - 1;
  return kept.slice(0, m);
}

/**
 * One grid of visited pixels, reused: a drag makes six tracks per pointer move, and a fresh
 * side² array each time (360 kB at 600 px) fed the garbage collector megabytes per move. A cell
 * is visited when it holds this call's mark, so nothing is cleared between calls.
 */
let cellsScratch = new Uint32Array(0);
let mark = 0;

function visitedCells(size: number): { cells: Uint32Array; mark: number } {
  if (cellsScratch.length < size || mark === 0xffffffff) {
    cellsScratch = new Uint32Array(Math.max(size, cellsScratch.length));
    mark = 0;
  }
  mark++;
  return { cells: cellsScratch, mark };
}

/** Segments this short between two pixels the path already passed through add nothing visible. */
const RETRACE_PX = 2;

/**
 * The drawing's points: the decimated ones, where a short segment between two pixels the path
 * already visited is not drawn (a run circling a minimum for 100,000 steps paints the same few
 * pixels over and over) — the pen lifts instead (`move` set for the point it lands on), and the
 * points in between are dropped. The first and the last points are always kept.
 */
export function penPoints(px: Float32Array, n: number, side: number): { kept: Int32Array; move: Uint8Array } {
  const dec = decimate(px, n);
  const kept = new Int32Array(dec.length);
  const move = new Uint8Array(dec.length);
  const { cells, mark: visited } = visitedCells(side * side);
  const cell = (i: number) => {
    const x = Math.floor(px[2 * i]);
    const y = Math.floor(px[2 * i + 1]);
    return x >= 0 && y >= 0 && x < side && y < side ? y * side + x : -1;
  };
  const seen = (c: number) => c >= 0 && cells[c] === visited;
  const visit = (c: number) => {
    if (c >= 0) cells[c] = visited;
  };
  let m = 0;
  let lifted = -1;
  if (dec.length > 0) {
    kept[m++] = dec[0];
    visit(cell(dec[0]));
  }
  for (let j = 1; j < dec.length; j++) {
    const a = dec[j - 1];
    const b = dec[j];
    const cb = cell(b);
    const short = Math.hypot(px[2 * b] - px[2 * a], px[2 * b + 1] - px[2 * a + 1]) <= RETRACE_PX;
    if (j < dec.length - 1 && short && seen(cell(a)) && seen(cb)) {
      lifted = b;
      continue;
    }
    if (lifted >= 0) {
      // the pen lifted after the last drawn point: it lands on a (the start of this segment)
      kept[m] = a;
      move[m++] = 1;
      lifted = -1;
    }
    kept[m++] = b;
    visit(cb);
  }
  return { kept: kept.slice(0, m), move: move.slice(0, m) };
}

/** The screen points of a run (CSS pixels), up to its first non-finite point. */
export function screenPoints(
  points: readonly (readonly number[])[],
  toPx: (x: number, y: number) => [number, number],
): { px: Float32Array; n: number } {
  const px = new Float32Array(2 * points.length);
  let n = 0;
  for (; n < points.length; n++) {
    const p = points[n];
    if (!(Number.isFinite(p[0]) && Number.isFinite(p[1]))) break;
    const [x, y] = toPx(p[0], p[1]);
    px[2 * n] = Math.max(-FAR, Math.min(FAR, x));
    px[2 * n + 1] = Math.max(-FAR, Math.min(FAR, y));
  }
  return { px, n };
}

/** The same from flat points (`dims` numbers per point, the first two drawn): a worker's runs. */
export function screenPointsFlat(
  xy: Float64Array,
  dims: number,
  toPx: (x: number, y: number) => [number, number],
): { px: Float32Array; n: number } {
  const count = dims < 2 ? 0 : Math.floor(xy.length / dims);
  const px = new Float32Array(2 * count);
  let n = 0;
  for (; n < count; n++) {
    const x0 = xy[n * dims];
    const y0 = xy[n * dims + 1];
    if (!(Number.isFinite(x0) && Number.isFinite(y0))) break;
    const [x, y] = toPx(x0, y0);
    px[2 * n] = Math.max(-FAR, Math.min(FAR, x));
    px[2 * n + 1] = Math.max(-FAR, Math.min(FAR, y));
  }
  return { px, n };
}

export interface Track {
  px: Float32Array;
  /** Points drawn (the finite prefix of the run). */
  n: number;
  /** The points drawn (penPoints), and where the pen lands after a lift. */
  kept: Int32Array;
  move: Uint8Array;
  style: PathStyle;
  /** Blocks on the track's canvas now. */
  blocks: number;
  /** Blocks drawn since the track was made (incremental and again): for the tests and the bench. */
  drawn: number;
}

/** A run's track on a canvas `side` CSS pixels wide. */
export function makeTrack(px: Float32Array, n: number, style: PathStyle, side: number): Track {
  const { kept, move } = penPoints(px, n, Math.max(1, Math.ceil(side)));
  return { px, n, kept, move, style, blocks: 0, drawn: 0 };
}

/** How many kept points are at steps ≤ k (binary search). */
function keptThrough(t: Track, k: number): number {
  let lo = 0;
  let hi = t.kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.kept[mid] <= k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The whole blocks among the kept points up to step k (a block joins BLOCK + 1 kept points). */
export function blocksThrough(t: Track, k: number): number {
  const m = keptThrough(t, k);
  return m < 2 ? 0 : Math.floor((m - 1) / BLOCK);
}

/** Raw points after the last kept one that the tail follows one by one (beyond: straight to k). */
const TAIL_RAW = 256;

function strokeKept(pen: Pen, t: Track, from: number, to: number, extra?: number): void {
  const { px, kept, move, style } = t;
  pen.lineJoin = 'round';
  pen.lineCap = 'butt';
  for (const [color, width] of [
    [style.edge, style.edgeWidth],
    [style.color, style.width],
  ] as const) {
    pen.beginPath();
    pen.moveTo(px[2 * kept[from]], px[2 * kept[from] + 1]);
    for (let j = from + 1; j <= to; j++)
      if (move[j] === 1) pen.moveTo(px[2 * kept[j]], px[2 * kept[j] + 1]);
      else pen.lineTo(px[2 * kept[j]], px[2 * kept[j] + 1]);
    if (extra !== undefined) {
      // the steps since the last kept point, as they went (a few), or straight to the last
      const i0 = kept[to] + 1;
      if (extra - i0 <= TAIL_RAW) for (let i = i0; i < extra; i++) pen.lineTo(px[2 * i], px[2 * i + 1]);
      pen.lineTo(px[2 * extra], px[2 * extra + 1]);
    }
    pen.strokeStyle = color;
    pen.lineWidth = width;
    pen.stroke();
  }
}

/**
 * What a track's own canvas can do besides being drawn on: be cleared, keep a copy of itself as
 * it is (its first `blocks` blocks drawn), and restore the largest copy of at most `blocks`
 * blocks (the canvas cleared first; 0 when there is none).
 */
export interface TrackCanvas {
  clear(): void;
  keep(blocks: number): void;
  /** The largest count of blocks ≤ `blocks` a copy was kept of (0: none). */
  nearest(blocks: number): number;
  restore(blocks: number): number;
}

/** A canvas that keeps no copies: stepping back draws every block again. */
function bare(clear: () => void): TrackCanvas {
  return {
    clear,
    keep: () => {},
    nearest: () => 0,
    restore: () => {
      clear();
      return 0;
    },
  };
}

/** Strokes blocks [from, to) of the track (each block the same strokes, wherever it is drawn). */
export function drawBlocks(pen: Pen, t: Track, from: number, to: number): void {
  for (let b = from; b < to; b++) {
    strokeKept(pen, t, b * BLOCK, (b + 1) * BLOCK);
    t.drawn++;
  }
}

/**
 * Brings the track's canvas to step k: the blocks completed since, or — stepping back, or
 * jumping past a kept copy — the nearest copy kept at or before the step, and the blocks after it. Every `every` blocks
 * the canvas is kept (a copy per `every` blocks: stepping back draws fewer than `every` blocks).
 * `canvas` may be a bare clear function (no copies kept).
 */
export function advance(pen: Pen, t: Track, k: number, canvas: TrackCanvas | (() => void), every = 0): void {
  const c = typeof canvas === 'function' ? bare(canvas) : canvas;
  const want = blocksThrough(t, Math.min(k, t.n - 1));
  // back: the nearest copy before the step; far forward: a copy past what the canvas holds
  if (want < t.blocks || c.nearest(want) > t.blocks) t.blocks = c.restore(want);
  for (let b = t.blocks; b < want; b++) {
    drawBlocks(pen, t, b, b + 1);
    if (every > 0 && (b + 1) % every === 0) c.keep(b + 1);
  }
  t.blocks = want;
}

/**
 * Strokes the tail: from the end of the track's whole blocks at step k to step k (the point
 * itself, kept or not). It reads the blocks of step k, not those of the track's canvas, so it may
 * be drawn on another layer before or after that canvas is brought to k.
 */
export function drawTail(pen: Pen, t: Track, k: number): void {
  const last = Math.min(k, t.n - 1);
  if (last < 1) return;
  const from = blocksThrough(t, last) * BLOCK;
  const m = keptThrough(t, last);
  const to = m - 1;
  const extra = t.kept[to] === last ? undefined : last;
  if (to <= from && extra === undefined) return;
  strokeKept(pen, t, from, Math.max(from, to), extra);
}
