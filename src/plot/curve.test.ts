import { describe, expect, it } from 'vitest';
import { lossCurve, tangentPlot } from './curve.js';
import { xmlProblem } from './xml.js';

const count = (svg: string, pattern: RegExp): number => (svg.match(pattern) ?? []).length;

// L(w) = (w − 2)² on a coarse grid, and three gradient steps from w = 5 with lr 0.25:
// w ← w − 0.25·2(w − 2) halves the distance to 2: 5, 3.5, 2.75, 2.375.
const w = [0, 1, 2, 3, 4, 5, 6];
const loss = w.map((v) => (v - 2) ** 2);
const path = { w: [5, 3.5, 2.75, 2.375], loss: [9, 2.25, 0.5625, 0.140625] };

describe('lossCurve', () => {
  it('lossCurve of (w − 2)² with a 4-step path matches its SVG snapshot', async () => {
    const svg = lossCurve({ w, loss, path, width: 400, height: 300 });
    await expect(svg).toMatchFileSnapshot('./__snapshots__/loss-curve.svg');
  });

  it('lossCurve draws the loss red dashed, the path blue dashed, the start black and the end green', () => {
    const svg = lossCurve({ w, loss, path });
    expect(svg).toMatch(
      /data-name="Loss function"><polyline [^>]*stroke="#ff0000" stroke-width="3" stroke-dasharray/,
    );
    expect(svg).toMatch(/data-name="Gradient descent"><polyline [^>]*stroke="#0000ff"/);
    expect(svg).toMatch(/data-name="Initial state"><circle [^>]*fill="#000000"/);
    expect(svg).toMatch(/data-name="Final state"><circle [^>]*fill="#008000"/);
    expect(count(svg, /class="legend-entry"/g)).toBe(4);
  });

  it('lossCurve in Spanish uses the tutorial’s legend: Función de pérdida … Estado final', () => {
    const svg = lossCurve({ w, loss, path, lang: 'es' });
    for (const l of [
      'Función de pérdida',
      'Descenso del gradiente',
      'Estado inicial',
      'Estado final',
      'Estimación de parámetros',
    ]) {
      expect(svg).toContain(`>${l}</text>`);
    }
  });

  it('lossCurve takes its labels from the caller, escaped', () => {
    const svg = lossCurve({ w, loss, path, labels: { x: 'β₁', y: 'L<β>', title: 'A & B' } });
    expect(svg).toContain('>β₁</text>');
    expect(svg).toContain('>L&lt;β&gt;</text>');
    expect(xmlProblem(svg)).toBeNull();
  });

  it('lossCurve of an empty path still draws the loss', () => {
    const svg = lossCurve({ w, loss, path: { w: [], loss: [] } });
    expect(xmlProblem(svg)).toBeNull();
    expect(svg).toContain('data-name="Loss function"><polyline');
  });

  it('lossCurve rejects w and loss of different lengths with DescensoError plot-bad-input', () => {
    expect(() => lossCurve({ w, loss: [1], path })).toThrow(
      expect.objectContaining({ code: 'plot-bad-input' }),
    );
  });
});

describe('tangentPlot', () => {
  const f = (x: number): number => 2 * x ** 2 - 3 * x + 4;

  it('tangentPlot of 2x² − 3x + 4 at x = 2 with h = 1 matches its SVG snapshot', async () => {
    const svg = tangentPlot({
      f,
      x0: 2,
      slope: 5,
      h: 1,
      domain: [-5, 5],
      samples: 41,
      width: 400,
      height: 300,
    });
    await expect(svg).toMatchFileSnapshot('./__snapshots__/tangent.svg');
  });

  it('tangentPlot labels the tangent with slope 5 and the secant with (f(3) − f(2)) / 1 = 7', () => {
    const svg = tangentPlot({ f, x0: 2, slope: 5, h: 1 });
    expect(svg).toContain('tangent at x = 2 (slope 5)');
    expect(svg).toContain('secant, h = 1 (slope 7)');
  });

  it('tangentPlot draws the tangent through (x0, f(x0)) with the given slope', () => {
    const svg = tangentPlot({ f, x0: 2, slope: 5, domain: [0, 4], legend: 'none' });
    const [xa, ya, xb, yb] = /data-name="tangent at x = 2 \(slope 5\)"><polyline points="([^"]+)"/
      .exec(svg)![1]
      .split(/[ ,]/)
      .map(Number);
    const [px, py] = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="4" fill="#000000"/g)][0]
      .slice(1)
      .map(Number);
    // The tangent point lies on the drawn segment (pixel space keeps collinearity).
    const cross = (xb - xa) * (py - ya) - (yb - ya) * (px - xa);
    expect(Math.abs(cross) / Math.hypot(xb - xa, yb - ya)).toBeLessThan(0.05);
  });

  it('tangentPlot accepts samples {x, y} and interpolates f(x0)', () => {
    const xs = [0, 1, 2, 3, 4];
    const svg = tangentPlot({ f: { x: xs, y: xs.map(f) }, x0: 2, slope: 5, secant: { x0: 2, x1: 4 } });
    expect(svg).toContain('secant, h = 2 (slope 9)');
    expect(xmlProblem(svg)).toBeNull();
  });

  it('tangentPlot in Spanish says tangente and pendiente', () => {
    const svg = tangentPlot({ f, x0: -1, slope: -7, h: 0.0001, lang: 'es' });
    expect(svg).toContain('tangente en x = −1 (pendiente −7)');
    expect(svg).toContain('secante, h = 0.0001 (pendiente −6.9998)');
  });

  it('tangentPlot({ variable: "b" }) names b in the tangent, the curve and the axes', () => {
    const svg = tangentPlot({ f, x0: 2, slope: 5, h: 1, variable: 'b', lang: 'es' });
    expect(svg).toContain('tangente en b = 2 (pendiente 5)');
    expect(svg).toContain('data-name="f(b)"');
    expect(svg).not.toContain('en x =');
  });

  it('tangentPlot rejects a non-finite slope with DescensoError plot-bad-input', () => {
    expect(() => tangentPlot({ f, x0: 0, slope: Number.NaN })).toThrow(
      expect.objectContaining({ code: 'plot-bad-input' }),
    );
  });
});
