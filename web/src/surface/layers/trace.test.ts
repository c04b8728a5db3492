import { describe, expect, it } from 'vitest';
import { mapFrame } from './geometry.js';
import { drawTraces, hasTraces, SIMPLEX_FADE, type TracedRun, type TracePen, tracesAt } from './trace.js';

/** A pen that records the calls that put ink down, with the fill colour and opacity of each fill. */
function recorder() {
  const ops: string[] = [];
  const state = { fillStyle: '', globalAlpha: 1 };
  const pen = {
    save: () => ops.push('save'),
    restore: () => ops.push('restore'),
    beginPath: () => {},
    rect: () => {},
    clip: () => ops.push('clip'),
    moveTo: (x: number, y: number) => ops.push(`M${x},${y}`),
    lineTo: (x: number, y: number) => ops.push(`L${x},${y}`),
    closePath: () => ops.push('Z'),
    arc: (x: number, y: number) => ops.push(`arc ${x},${y}`),
    fill: () => ops.push(`fill ${state.fillStyle} ${state.globalAlpha.toFixed(3)}`),
    stroke: () => {},
    setLineDash: (d: number[]) => ops.push(`dash ${d.join(',')}`),
    set fillStyle(v: string) {
      state.fillStyle = v;
    },
    set strokeStyle(_v: string) {},
    set lineWidth(_v: number) {},
    set globalAlpha(v: number) {
      state.globalAlpha = v;
    },
  } as unknown as TracePen;
  return { ops, pen };
}

// A 100×100 plot at (0, 0) over [0, 10]²: one unit is ten pixels, y pointing up.
const frame = {
  ...mapFrame(
    100,
    [
      [0, 10],
      [0, 10],
    ],
    'modern',
  ),
  toPx: (x: number, y: number) => [x * 10, 100 - y * 10] as [number, number],
};

const tri = (k: number) => [
  [k, 0],
  [k + 1, 0],
  [k, 1],
];
const simplexRun: TracedRun = {
  points: [0, 1, 2, 3, 4, 5].map((k) => [k, 0]),
  traces: [null, ...[1, 2, 3, 4, 5].map((k) => ({ simplex: tri(k) }))],
};
const searchRun: TracedRun = {
  points: [
    [0, 0],
    [2, 2],
  ],
  traces: [
    null,
    {
      trials: [
        [4, 4],
        [1, 1],
        [2, 2],
      ],
    },
  ],
};

describe('tracesAt', () => {
  it('tracesAt(run, 5) gives the simplex of step 5 and the three before it, oldest and faintest first', () => {
    const { simplices } = tracesAt(simplexRun, 5);
    expect(simplices.map((s) => s.simplex[0][0])).toEqual([2, 3, 4, 5]);
    expect(simplices.map((s) => s.alpha)).toEqual([...SIMPLEX_FADE].reverse());
  });

  it('tracesAt(run, 1) has one simplex (step 0 has no trace) and tracesAt past the end shows the last row', () => {
    expect(tracesAt(simplexRun, 1).simplices).toHaveLength(1);
    expect(tracesAt(simplexRun, 99).simplices.at(-1)?.simplex[0][0]).toBe(5);
  });

  it('tracesAt(run without traces) has nothing to draw', () => {
    const run = { points: [[0, 0]] };
    expect(tracesAt(run, 0)).toEqual({ simplices: [], trials: null });
    expect(hasTraces([run])).toBe(false);
    expect(hasTraces([run, searchRun])).toBe(true);
  });
});

describe('drawTraces', () => {
  it('drawTraces rings each trial of the search and fills the accepted (last) one in the run colour', () => {
    const { ops, pen } = recorder();
    drawTraces(pen, { frame, runs: [searchRun], colors: ['#c00'], step: 1 });
    const fills = ops.filter((o) => o.startsWith('arc') || o.startsWith('fill'));
    expect(fills).toEqual([
      'arc 40,60',
      'fill rgba(255,255,255,0.85) 1.000',
      'arc 10,90',
      'fill rgba(255,255,255,0.85) 1.000',
      'arc 20,80',
      'fill #c00 1.000',
    ]);
    // the dashed segment runs from the point the step left, (0, 0), to the farthest trial, (4, 4)
    expect(ops.slice(ops.indexOf('M0,100'), ops.indexOf('M0,100') + 3)).toEqual([
      'M0,100',
      'L40,60',
      'dash 4,3',
    ]);
  });

  it('drawTraces at step 0 of a search draws nothing but the clip', () => {
    const { ops, pen } = recorder();
    drawTraces(pen, { frame, runs: [searchRun], colors: ['#c00'], step: 0 });
    expect(ops).toEqual(['save', 'clip', 'restore']);
  });

  it('drawTraces fills each simplex as a closed triangle, the current one most opaque', () => {
    const { ops, pen } = recorder();
    drawTraces(pen, { frame, runs: [simplexRun], colors: ['#00f'], step: 3 });
    expect(ops.filter((o) => o === 'Z')).toHaveLength(3);
    const alphas = ops.filter((o) => o.startsWith('fill')).map((o) => Number(o.split(' ')[2]));
    expect(alphas).toEqual(
      [SIMPLEX_FADE[2], SIMPLEX_FADE[1], SIMPLEX_FADE[0]].map((a) => Number((a * 0.18).toFixed(3))),
    );
  });
});
