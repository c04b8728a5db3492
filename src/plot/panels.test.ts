import { describe, expect, it } from 'vitest';
import type { DescensoError } from '../errors.js';
import { contourMap } from './contour.js';
import { lineChart } from './lines.js';
import { panels } from './panels.js';
import { svgToPng } from './png.js';
import { xmlProblem } from './xml.js';

const grid = {
  values: Float64Array.from({ length: 25 }, (_, k) => (k % 5) ** 2 + Math.floor(k / 5) ** 2),
  nx: 5,
  ny: 5,
  x: [0, 4] as const,
  y: [0, 4] as const,
};
const map = contourMap({
  grid,
  levels: 4,
  width: 300,
  height: 260,
  paths: [
    {
      name: 'p',
      points: [
        [3, 3],
        [1, 1],
        [0, 0],
      ],
    },
  ],
});
const line = lineChart({ series: [{ name: 'f', y: [18, 2, 0.5] }], width: 280, height: 260 });

describe('panels', () => {
  it('panels([map, line]) matches its SVG snapshot', async () => {
    await expect(panels([map, line], { title: 'Two views' })).toMatchFileSnapshot(
      './__snapshots__/panels.svg',
    );
  });

  it('panels side by side is as wide as the charts together and as tall as the tallest', () => {
    const svg = panels([map, line], { gap: 10 });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="590" height="260"/);
    expect(svg).toContain('<svg x="310" y="0" width="280" height="260"');
  });

  it('panels with columns: 1 stacks the charts, below a title', () => {
    const svg = panels([map, line], { columns: 1, title: 'T' });
    const [, w, h] = /width="([\d.]+)" height="([\d.]+)"/.exec(svg)!.map(Number);
    expect(w).toBe(300);
    expect(h).toBeGreaterThan(520);
  });

  it('panels keeps ids unique so each chart clips to its own plot', () => {
    const svg = panels([map, line, map]);
    const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(svg).toContain(`url(#${id})`);
    expect(xmlProblem(svg)).toBeNull();
  });

  it('panels renders with resvg', () => {
    const png = svgToPng(panels([map, line]));
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  });

  it('panels of nothing, or of foreign SVG, is a DescensoError plot-bad-input', () => {
    expect(() => panels([])).toThrow(expect.objectContaining({ code: 'plot-bad-input' }));
    expect(() => panels(['<svg/>'])).toThrow(expect.objectContaining({ code: 'plot-bad-input' }));
  });
});

describe('chart input faults in both languages', () => {
  it('panels([]) says what is wrong in English and in Spanish', () => {
    try {
      panels([]);
      expect.unreachable();
    } catch (e) {
      expect((e as DescensoError).messageIn('en')).toBe('invalid panels (at least one chart): []');
      expect((e as DescensoError).messageIn('es')).toBe(
        'valor no válido para los paneles (al menos un gráfico): []',
      );
    }
  });
});
