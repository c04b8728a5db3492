import { describe, expect, it } from 'vitest';
import {
  advance,
  BLOCK,
  blocksThrough,
  decimate,
  drawBlocks,
  drawTail,
  makeTrack,
  type Pen,
  penPoints,
  screenPoints,
  screenPointsFlat,
} from './paths.js';

/** A pen that records every call and setting, in order: the drawing as data. */
function recorder() {
  const ops: string[] = [];
  const pen = {
    beginPath: () => ops.push('begin'),
    moveTo: (x: number, y: number) => ops.push(`M${x},${y}`),
    lineTo: (x: number, y: number) => ops.push(`L${x},${y}`),
    stroke: () => ops.push('stroke'),
    clearRect: () => ops.push('clear'),
    save: () => ops.push('save'),
    restore: () => ops.push('restore'),
    setTransform: () => ops.push('transform'),
    set strokeStyle(v: string) {
      ops.push(`style ${v}`);
    },
    set lineWidth(v: number) {
      ops.push(`width ${v}`);
    },
    set lineJoin(v: string) {
      ops.push(`join ${v}`);
    },
    set lineCap(v: string) {
      ops.push(`cap ${v}`);
    },
  } as unknown as Pen;
  return { ops, pen };
}

const style = { color: '#1f77b4', width: 2, edge: 'rgba(0,0,0,0.45)', edgeWidth: 3.6 };

/** A spiral of n points, one pixel apart at most: every point survives decimation at 0.5 px… or not. */
function spiral(n: number, step = 0.9): Float32Array {
  const px = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const a = i * 0.01;
    const r = 20 + step * i * 0.05;
    px[2 * i] = 200 + r * Math.cos(a);
    px[2 * i + 1] = 200 + r * Math.sin(a);
  }
  return px;
}

describe('decimate', () => {
  it('decimate keeps the first and the last point and drops those within 0.5 px of the last kept', () => {
    const px = Float32Array.from([0, 0, 0.1, 0, 0.2, 0, 1, 0, 1.2, 0, 1.3, 0]);
    expect([...decimate(px, 6)]).toEqual([0, 3, 5]);
  });

  it('decimate leaves every kept point at least 0.5 px from the one before (the last excepted)', () => {
    const px = spiral(5000, 0.01);
    const kept = decimate(px, 5000);
    expect(kept[0]).toBe(0);
    expect(kept[kept.length - 1]).toBe(4999);
    expect(kept.length).toBeLessThan(5000);
    for (let j = 1; j < kept.length - 1; j++) {
      const [a, b] = [kept[j - 1], kept[j]];
      expect(Math.hypot(px[2 * b] - px[2 * a], px[2 * b + 1] - px[2 * a + 1])).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('decimate of one point keeps it; of none keeps none', () => {
    expect([...decimate(Float32Array.from([3, 4]), 1)]).toEqual([0]);
    expect([...decimate(new Float32Array(0), 0)]).toEqual([]);
  });
});

describe('penPoints', () => {
  it('penPoints of a run jittering between two pixels keeps a handful of points, the first and the last', () => {
    const n = 10_000;
    const px = new Float32Array(2 * n);
    for (let i = 0; i < n; i++) {
      px[2 * i] = 100.5 + (i % 2) * 1.2;
      px[2 * i + 1] = 100.5;
    }
    const { kept } = penPoints(px, n, 400);
    expect(kept[0]).toBe(0);
    expect(kept[kept.length - 1]).toBe(n - 1);
    expect(kept.length).toBeLessThan(6);
  });

  it('penPoints of a path after another gives what it gives alone (the shared grid of visited pixels starts empty)', () => {
    const n = 2000;
    const jitter = new Float32Array(2 * n);
    for (let i = 0; i < n; i++) {
      jitter[2 * i] = 100.5 + (i % 2) * 1.2;
      jitter[2 * i + 1] = 100.5;
    }
    const alone = penPoints(jitter, n, 400);
    penPoints(spiral(3000), 3000, 400);
    penPoints(jitter, n, 400);
    const again = penPoints(jitter, n, 400);
    expect([...again.kept]).toEqual([...alone.kept]);
    expect([...again.move]).toEqual([...alone.move]);
  });

  it('penPoints draws a long segment between pixels already visited (it crosses new ones)', () => {
    // 0 → 1 → 2 → back to 0's pixel (a long way) → 1's pixel: both long segments stay
    const px = Float32Array.from([10, 10, 40, 10, 40, 40, 10.2, 10.2, 40.2, 10.2]);
    const { kept, move } = penPoints(px, 5, 400);
    expect([...kept]).toEqual([0, 1, 2, 3, 4]);
    expect([...move]).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('a track drawn step by step', () => {
  it('advance one step at a time draws the same strokes as advance straight to the step (the full redraw)', () => {
    const px = spiral(3000);
    const inc = recorder();
    const full = recorder();
    const a = makeTrack(px, 3000, style, 400);
    for (let k = 0; k <= 2500; k++) advance(inc.pen, a, k, () => inc.ops.push('clear'));
    const b = makeTrack(px, 3000, style, 400);
    advance(full.pen, b, 2500, () => full.ops.push('clear'));
    expect(inc.ops.length).toBeGreaterThan(100);
    expect(inc.ops).toEqual(full.ops);
    expect(a.blocks).toBe(blocksThrough(a, 2500));
  });

  it('stepping back clears the canvas and draws the blocks up to the new step again, as a fresh track would', () => {
    const px = spiral(3000);
    const back = recorder();
    const t = makeTrack(px, 3000, style, 400);
    advance(back.pen, t, 2900, () => {});
    back.ops.length = 0;
    advance(back.pen, t, 1000, () => back.ops.push('clear'));
    const fresh = recorder();
    advance(fresh.pen, makeTrack(px, 3000, style, 400), 1000, () => {});
    expect(back.ops[0]).toBe('clear');
    expect(back.ops.slice(1)).toEqual(fresh.ops);
  });

  it('advance with copies kept every 4 blocks: stepping back restores the nearest copy and strokes only the blocks after it, as a fresh track strokes them', () => {
    const px = spiral(3000);
    const { ops, pen } = recorder();
    const kept: number[] = [];
    const canvas = {
      clear: () => ops.push('clear'),
      keep: (b: number) => kept.push(b),
      nearest: (b: number) => Math.max(0, ...kept.filter((k) => k <= b)),
      restore: (b: number) => {
        const best = Math.max(0, ...kept.filter((k) => k <= b));
        ops.push(`restore ${best}`);
        return best;
      },
    };
    const t = makeTrack(px, 3000, style, 400);
    advance(pen, t, 2999, canvas, 4);
    const total = blocksThrough(t, 2999);
    expect(total).toBeGreaterThan(10);
    expect(kept).toEqual(Array.from({ length: Math.floor(total / 4) }, (_v, i) => 4 * (i + 1)));
    // back to a step with 10 whole blocks: the copy of 8, then blocks 8 and 9 again
    let k = 0;
    while (blocksThrough(t, k) < 10) k++;
    ops.length = 0;
    const drawnBefore = t.drawn;
    advance(pen, t, k, canvas, 4);
    expect(ops[0]).toBe('restore 8');
    expect(t.drawn - drawnBefore).toBe(2);
    expect(t.blocks).toBe(10);
    const fresh = recorder();
    drawBlocks(fresh.pen, makeTrack(px, 3000, style, 400), 8, 10);
    expect(ops.slice(1)).toEqual(fresh.ops);
    // back to the start, then far forward: the copy nearest the step again, not every block
    advance(pen, t, 0, canvas, 4);
    ops.length = 0;
    advance(pen, t, k, canvas, 4);
    expect(ops[0]).toBe('restore 8');
    expect(t.blocks).toBe(10);
  });

  it('drawTail strokes from the blocks of step k, whatever the track’s canvas holds (another layer draws it)', () => {
    const px = spiral(3000);
    const a = makeTrack(px, 3000, style, 400);
    const b = makeTrack(px, 3000, style, 400);
    advance(recorder().pen, a, 1500, () => {});
    advance(recorder().pen, b, 2900, () => {});
    const ra = recorder();
    const rb = recorder();
    drawTail(ra.pen, a, 1500);
    drawTail(rb.pen, b, 1500);
    expect(rb.ops).toEqual(ra.ops);
  });

  it('the tail ends exactly at step k, a point decimation dropped or not', () => {
    const px = Float32Array.from([0, 0, 0.1, 0, 0.2, 0, 5, 5]);
    const t = makeTrack(px, 4, style, 400);
    const { ops, pen } = recorder();
    advance(pen, t, 2, () => {});
    ops.length = 0;
    drawTail(pen, t, 2);
    // points 1 and 2 were dropped; the tail still follows them to step 2: edge, then line
    const edge = ['M0,0', 'L0.10000000149011612,0', 'L0.20000000298023224,0'];
    expect(ops.filter((o) => o.startsWith('M') || o.startsWith('L'))).toEqual([...edge, ...edge]);
  });

  it('a 100,000-step path scrubbed back to the middle strokes about one block per 64 kept points', () => {
    const n = 100_000;
    const px = spiral(n, 0.02);
    const t = makeTrack(px, n, style, 400);
    const { pen } = recorder();
    advance(pen, t, n - 1, () => {});
    const before = t.drawn;
    advance(pen, t, n / 2, () => {});
    expect(t.drawn - before).toBe(blocksThrough(t, n / 2));
    expect(t.drawn - before).toBeLessThanOrEqual(Math.ceil(t.kept.length / BLOCK));
  });

  it('screenPoints stops at the first non-finite point (a diverged run) and pins far points', () => {
    const { px, n } = screenPoints(
      [
        [0, 0],
        [1e300, 0],
        [Number.NaN, 1],
        [2, 2],
      ],
      (x, y) => [x, y],
    );
    expect(n).toBe(2);
    expect(px[2]).toBe(1e5);
  });

  it('screenPointsFlat gives screenPoints’ pixels from flat points, stopping at the first non-finite one', () => {
    const nested = [
      [0.5, -1, 7],
      [2, 3, 7],
      [Number.NaN, 0, 7],
      [1, 1, 7],
    ];
    const toPx = (x: number, y: number): [number, number] => [10 * x, 400 - 10 * y];
    const a = screenPoints(nested, toPx);
    const b = screenPointsFlat(Float64Array.from(nested.flat()), 3, toPx);
    expect(b.n).toBe(2);
    expect([...b.px.slice(0, 4)]).toEqual([...a.px.slice(0, 4)]);
  });
});
