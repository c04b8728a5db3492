import { describe, expect, it } from 'vitest';
import { lineChart } from './lines.js';
import { svgToPng } from './png.js';

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(png: Uint8Array): [number, number] {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [v.getUint32(16), v.getUint32(20)];
}

const svg = lineChart({ series: [{ name: 's', y: [1, 3, 2] }], width: 300, height: 200 });

describe('svgToPng', () => {
  it('svgToPng gives PNG bytes at the SVG’s own size', () => {
    const png = svgToPng(svg);
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(png)).toEqual([300, 200]);
  });

  it('svgToPng with scale 2 doubles both sides; with width it fits the width', () => {
    expect(pngSize(svgToPng(svg, { scale: 2 }))).toEqual([600, 400]);
    expect(pngSize(svgToPng(svg, { width: 150 }))).toEqual([150, 100]);
  });

  it('svgToPng of malformed SVG is a DescensoError plot-bad-input', () => {
    expect(() => svgToPng('<svg><g></svg>')).toThrow(expect.objectContaining({ code: 'plot-bad-input' }));
  });

  it('svgToPng rejects a non-positive scale', () => {
    expect(() => svgToPng(svg, { scale: 0 })).toThrow(expect.objectContaining({ code: 'plot-bad-input' }));
  });
});
