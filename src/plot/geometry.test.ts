import { describe, expect, it } from 'vitest';
import { clipSegment, densify, visibleRuns } from './geometry.js';

const box = { left: 0, top: 0, width: 10, height: 10 };

describe('clipSegment', () => {
  it('clipSegment keeps a segment inside whole', () => {
    expect(clipSegment({ x: 1, y: 1 }, { x: 9, y: 9 }, box)).toEqual([0, 1]);
  });

  it('clipSegment cuts a segment leaving through the right edge at the edge', () => {
    expect(clipSegment({ x: 5, y: 5 }, { x: 15, y: 5 }, box)).toEqual([0, 0.5]);
  });

  it('clipSegment returns null for a segment passing outside', () => {
    expect(clipSegment({ x: -5, y: 20 }, { x: 20, y: 12 }, box)).toBeNull();
  });

  it('clipSegment handles a jump to 1e300 without overflowing', () => {
    const c = clipSegment({ x: 5, y: 5 }, { x: 1e300, y: 1e300 }, box);
    expect(c).not.toBeNull();
    expect(c![1]).toBeGreaterThan(0);
    expect(c![1]).toBeLessThan(1e-290);
  });
});

describe('visibleRuns', () => {
  it('visibleRuns cuts the polyline at a non-finite point', () => {
    const runs = visibleRuns(
      [
        { x: 1, y: 1 },
        { x: 2, y: 2 },
        { x: Number.NaN, y: Number.NaN },
        { x: 3, y: 3 },
        { x: 4, y: 4 },
      ],
      box,
    );
    expect(runs).toEqual([
      [
        { x: 1, y: 1 },
        { x: 2, y: 2 },
      ],
      [
        { x: 3, y: 3 },
        { x: 4, y: 4 },
      ],
    ]);
  });

  it('visibleRuns splits a path that leaves and comes back, ending each run on the edge', () => {
    const runs = visibleRuns(
      [
        { x: 5, y: 5 },
        { x: 15, y: 5 },
        { x: 5, y: 8 },
      ],
      box,
    );
    expect(runs).toHaveLength(2);
    expect(runs[0][1]).toEqual({ x: 10, y: 5 });
    expect(runs[1][0].x).toBeCloseTo(10, 12);
    expect(runs[1][1]).toEqual({ x: 5, y: 8 });
  });

  it('visibleRuns of a single point is empty', () => {
    expect(visibleRuns([{ x: 1, y: 1 }], box)).toEqual([]);
  });
});

describe('densify', () => {
  it('densify puts a point every 8 px along the line and keeps the end', () => {
    const pts = densify([
      { x: 0, y: 0 },
      { x: 16, y: 0 },
    ]);
    expect(pts).toEqual([
      { x: 0, y: 0 },
      { x: 8, y: 0 },
      { x: 16, y: 0 },
    ]);
  });
});
