import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { backingSize, CanvasLayer, sameSize } from './canvas-layer.js';

describe('CanvasLayer', () => {
  it('CanvasLayer with a label is an image named by it; without one it is hidden from readers', () => {
    expect(render(<CanvasLayer draw={() => {}} label="map of f" />)).toBe(
      '<canvas class="layer" role="img" aria-label="map of f"></canvas>',
    );
    expect(render(<CanvasLayer draw={() => {}} class="paths" />)).toBe(
      '<canvas class="layer paths" aria-hidden="true"></canvas>',
    );
  });
  it('backingSize scales CSS pixels by the density, at least one pixel', () => {
    expect(backingSize(300, 150.4, 2)).toEqual({ w: 600, h: 301 });
    expect(backingSize(0, 0, 1)).toEqual({ w: 1, h: 1 });
  });
  it('sameSize tells a resize that changes nothing from one that changes the pixels', () => {
    const a = { width: 10, height: 20, dpr: 1 };
    expect(sameSize(null, a)).toBe(false);
    expect(sameSize(a, { ...a })).toBe(true);
    expect(sameSize(a, { ...a, dpr: 2 })).toBe(false);
  });
});
