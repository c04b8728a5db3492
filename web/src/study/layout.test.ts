import { describe, expect, it } from 'vitest';
import { cellRect, rowAt, studyLayout } from './layout.js';
import { cellOf, indexOf } from './rows.js';

const shape = { optimizers: 2, outer: 4, inner: 3, perRun: 1, total: 24 };

describe('study layout', () => {
  it('two heat maps sit side by side at 1000 px and stack at 360 px', () => {
    expect(studyLayout(shape, true, 1000).plots.map((p) => p.y)).toEqual([24, 24]);
    const narrow = studyLayout(shape, true, 360).plots;
    expect(narrow[1].y).toBeGreaterThan(narrow[0].y + narrow[0].h);
  });

  it('rowAt(the centre of cell (k, i, j)) is that row, for every cell', () => {
    const layout = studyLayout(shape, true, 700);
    for (let k = 0; k < 2; k++)
      for (let i = 0; i < 4; i++)
        for (let j = 0; j < 3; j++) {
          const c = cellRect(layout.plots[k], shape, i, j);
          const index = rowAt(layout, shape, c.x + c.w / 2, c.y + c.h / 2);
          expect(index).toBe(indexOf(shape, k, i, j));
          expect(cellOf(shape, index as number)).toEqual({ k, i, j, regime: 0 });
        }
  });

  it('rowAt outside the plots is null', () => {
    const layout = studyLayout(shape, true, 700);
    expect(rowAt(layout, shape, 2, 2)).toBeNull();
  });

  it('on a curve, rowAt picks the optimizer whose point is nearest in that column', () => {
    const s = { ...shape, inner: 1, total: 8 };
    const layout = studyLayout(s, false, 600);
    const p = layout.plots[0];
    const y = (index: number) => (index < 4 ? p.y + 10 : p.y + p.h - 10);
    expect(rowAt(layout, s, p.x + 1, p.y + p.h - 12, y)).toBe(4);
    expect(rowAt(layout, s, p.x + p.w - 1, p.y + 12, y)).toBe(3);
  });
});
