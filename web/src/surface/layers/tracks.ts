/**
 * Where the runs' tracks (paths.ts) are drawn. A run whose blocks up to the step shown are few
 * (a drag's short preview, the start of a run) is stroked straight onto the paths layer: no canvas
 * of its own to clear, fill and copy per pointer move. A longer one has its own canvas, brought
 * to the step incrementally and copied onto the layer; every few blocks that canvas is kept (a
 * copy), so stepping back restores the nearest copy and strokes only the blocks after it. The
 * copies share a budget of memory; canvases are reused from one set of runs to the next.
 *
 * Either way a block is the same strokes on a transparent canvas composited in the same order, so
 * the picture does not depend on the way it was drawn (up to the rounding of compositing).
 */
import type { Size } from '../../kit/canvas-layer.js';
import type { Rect } from './geometry.js';
import { advance, BLOCK, blocksThrough, drawBlocks, drawTail, type Pen, type Track } from './paths.js';

/** A run with at most this many blocks to show is stroked straight onto the layer. */
export const DIRECT_BLOCKS = 8;
/** A run's canvas is kept at most every this many blocks (stepping back strokes fewer). */
export const KEEP_EVERY = 8;
/** The memory all kept copies may take together (bytes). */
export const KEEP_BYTES = 64 * 2 ** 20;

type Surface = HTMLCanvasElement | OffscreenCanvas;
type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

interface Entry {
  track: Track;
  /** Keep a copy every this many blocks (0: none). */
  every: number;
  own: { canvas: Surface; ctx: Ctx; copies: Map<number, Surface>; room: number } | null;
}

function newSurface(w: number): Surface {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(w, w);
  const c = document.createElement('canvas');
  c.width = w;
  c.height = w;
  return c;
}

function ctxOf(s: Surface): Ctx {
  return s.getContext('2d') as Ctx;
}

/** The largest kept count of blocks ≤ `blocks`, or 0. */
function nearest(copies: Map<number, Surface>, blocks: number): number {
  let best = 0;
  for (const b of copies.keys()) if (b <= blocks && b > best) best = b;
  return best;
}

/** The whole blocks a track shows at step k. */
function wanted(t: Track, k: number): number {
  return t.n === 0 ? 0 : blocksThrough(t, Math.min(k, t.n - 1));
}

export interface TrackSet {
  /** New tracks (new runs, size or look): the canvases of the old ones are reused. */
  set(tracks: readonly Track[], size: Size, rect: Rect): void;
  readonly tracks: readonly Track[];
  /** Changes with every set(): part of what the paths layer redraws on. */
  readonly generation: number;
  /** Whole blocks shown at step k, all tracks together (grows with k: equal totals, equal pictures). */
  blocksAt(k: number): number;
  /** Draws the tracks' blocks at step k onto the layer, in `order` (the last on top). */
  drawBlocks(layer: Ctx, k: number, order: readonly number[]): void;
  /** Strokes the tails at step k, in `order`, clipped to the plot. */
  drawTails(layer: Ctx, k: number, order: readonly number[]): void;
}

export function createTrackSet(): TrackSet {
  let entries: Entry[] = [];
  let generation = 0;
  let width = 0;
  let size: Size = { width: 0, height: 0, dpr: 1 };
  let rect: Rect = { x: 0, y: 0, w: 0, h: 0 };
  /** Canvases of `width` no longer used. */
  let free: Surface[] = [];

  const take = (): Surface => free.pop() ?? newSurface(width);
  /** The canvas back to its drawing state: the map's scale and the plot's clip, one save deep. */
  const enter = (ctx: Ctx) => {
    ctx.save();
    ctx.setTransform(size.dpr, 0, 0, size.dpr, 0, 0);
    ctx.beginPath();
    ctx.rect(rect.x, rect.y, rect.w, rect.h);
    ctx.clip();
  };
  /** Out of the drawing state, cleared: pixels as they are, no clip. */
  const leaveCleared = (ctx: Ctx) => {
    ctx.restore();
    ctx.clearRect(0, 0, width, width);
  };

  const ownOf = (e: Entry) => {
    if (e.own) return e.own;
    const canvas = take();
    const ctx = ctxOf(canvas);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, width);
    enter(ctx);
    e.track.blocks = 0;
    e.own = {
      canvas,
      ctx,
      copies: new Map(),
      room: e.every > 0 ? Math.ceil(e.track.kept.length / BLOCK / e.every) : 0,
    };
    return e.own;
  };

  const canvasOf = (e: Entry) => {
    const own = ownOf(e);
    return {
      clear: () => {
        leaveCleared(own.ctx);
        enter(own.ctx);
      },
      keep: (blocks: number) => {
        if (own.copies.has(blocks) || own.copies.size >= own.room) return;
        const copy = take();
        const c = ctxOf(copy);
        c.setTransform(1, 0, 0, 1, 0, 0);
        c.clearRect(0, 0, width, width);
        c.drawImage(own.canvas, 0, 0);
        own.copies.set(blocks, copy);
      },
      nearest: (blocks: number) => nearest(own.copies, blocks),
      restore: (blocks: number) => {
        const best = nearest(own.copies, blocks);
        leaveCleared(own.ctx);
        if (best > 0) own.ctx.drawImage(own.copies.get(best)!, 0, 0);
        enter(own.ctx);
        return best;
      },
    };
  };

  const release = (e: Entry) => {
    if (!e.own) return;
    // out of the drawing state, so the next user starts from a plain context
    e.own.ctx.restore();
    free.push(e.own.canvas, ...e.own.copies.values());
    e.own = null;
  };

  return {
    set(tracks, s, r) {
      const w = Math.max(1, Math.round(s.width * s.dpr));
      for (const e of entries) release(e);
      if (w !== width) free = [];
      width = w;
      size = s;
      rect = r;
      generation++;
      // the copies' budget shared by the runs: a copy every `every` blocks fits it
      const perRun = Math.floor(KEEP_BYTES / (4 * w * w) / Math.max(1, tracks.length));
      entries = tracks.map((track) => {
        const total = Math.floor(Math.max(0, track.kept.length - 1) / BLOCK);
        const every = perRun === 0 ? 0 : Math.max(KEEP_EVERY, Math.ceil(total / perRun));
        return { track, every, own: null };
      });
    },
    get tracks() {
      return entries.map((e) => e.track);
    },
    get generation() {
      return generation;
    },
    blocksAt(k) {
      let sum = 0;
      for (const e of entries) sum += wanted(e.track, k);
      return sum;
    },
    drawBlocks(layer, k, order) {
      for (const i of order) {
        const e = entries[i];
        const want = wanted(e.track, k);
        if (want === 0) continue;
        if (want <= DIRECT_BLOCKS) {
          layer.save();
          layer.beginPath();
          layer.rect(rect.x, rect.y, rect.w, rect.h);
          layer.clip();
          drawBlocks(layer as Pen, e.track, 0, want);
          layer.restore();
          continue;
        }
        const own = ownOf(e);
        advance(own.ctx as Pen, e.track, k, canvasOf(e), e.every);
        layer.drawImage(own.canvas, 0, 0, size.width, size.height);
      }
    },
    drawTails(layer, k, order) {
      layer.save();
      layer.beginPath();
      layer.rect(rect.x, rect.y, rect.w, rect.h);
      layer.clip();
      for (const i of order) drawTail(layer as Pen, entries[i].track, k);
      layer.restore();
    },
  };
}
