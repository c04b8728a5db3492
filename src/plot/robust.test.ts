import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contourMap } from './contour.js';
import { lossCurve } from './curve.js';
import { lineChart } from './lines.js';
import { scatterFit } from './scatter.js';
import { xmlProblem } from './xml.js';

// Any double, with the troublemakers (NaN, ±∞, ±MAX_VALUE, -0, subnormals) well represented.
const anyDouble = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, Number.MAX_VALUE, -Number.MAX_VALUE, 0, -0, 5e-324, 1e300),
);
const values = fc.array(anyDouble, { maxLength: 12 });

/**
 * The properties every chart keeps whatever the numbers: well-formed, no NaN or ∞ anywhere, and
 * no coordinate in exponent notation (that would mean a huge one). data-level records a contour
 * level as data and may legitimately read 1e+21.
 */
function sound(svg: string): void {
  expect(xmlProblem(svg)).toBeNull();
  expect(svg).not.toMatch(/NaN|Infinity/);
  expect(svg.replace(/ data-level="[^"]*"/g, '')).not.toMatch(/="[^"]*\de[+-]\d/);
}

describe('charts on hostile numbers', () => {
  it('lineChart of any values, linear or log, returns sound SVG', () => {
    fc.assert(
      fc.property(values, values, fc.boolean(), (y1, y2, log) => {
        sound(
          lineChart({
            series: [
              { name: 'a', y: y1 },
              { name: 'b', y: y2 },
            ],
            yScale: log ? 'log' : 'linear',
          }),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('scatterFit of any points returns sound SVG', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyDouble, anyDouble), { maxLength: 12 }), (pts) => {
        sound(scatterFit({ x: pts.map((p) => p[0]), y: pts.map((p) => p[1]) }));
      }),
      { numRuns: 200 },
    );
  });

  it('lossCurve of any values returns sound SVG', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyDouble, anyDouble), { maxLength: 8 }), values, (curve, path) => {
        sound(
          lossCurve({
            w: curve.map((p) => p[0]),
            loss: curve.map((p) => p[1]),
            path: { w: path, loss: path.map((v) => v * v) },
          }),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('contourMap of any grid values and any path points returns sound SVG', () => {
    fc.assert(
      fc.property(
        fc.array(anyDouble, { minLength: 9, maxLength: 9 }),
        fc.array(fc.tuple(anyDouble, anyDouble), { maxLength: 8 }),
        (grid, path) => {
          sound(
            contourMap({
              grid: { values: grid, nx: 3, ny: 3, x: [-1, 1], y: [-1, 1] },
              levels: 5,
              paths: [
                { name: 'p', points: path },
                { name: 'q', points: path.slice(1) },
              ],
            }),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
