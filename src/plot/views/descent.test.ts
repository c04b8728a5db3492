import { describe, expect, it } from 'vitest';
import type { DescendField } from '../../experiment/types.js';
import { colormap } from '../colormaps.js';
import { sampleGrid } from './common.js';
import { type DescentRun, descentCurve, descentFigure, descentMap, valueCurve } from './descent.js';

const bowl = (p: readonly number[]) => p.reduce((s, v) => s + v * v, 0);
const path2 = [
  [1, 1],
  [0.5, 0.4],
  [0.1, 0.05],
];
const sgd = { label: 'sgd', status: 'max-steps', points: path2, values: path2.map(bowl) };

/** x² + y² on [−1, 2]² sampled 8 × 8, as the runner's field would carry it. */
function bowlField(n = 8): DescendField {
  const g = sampleGrid((x, y) => bowl([x, y]), [-1, 2], [-1, 2], n);
  return {
    vars: ['x', 'y'],
    domain: [
      [-1, 2],
      [-1, 2],
    ],
    n,
    values: Array.from(g.values),
    text: 'x^2 + y^2',
    latex: 'x^{2} + y^{2}',
  };
}

const heights = (svg: string) =>
  [...svg.matchAll(/<svg x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)"/g)].map((m) => m[1]);

describe('descentMap', () => {
  it('descentMap of one run is the tutorial look: coolwarm bands, yellow path, red start ★, blue end ★ (same SVG as the CLI drew before)', async () => {
    const svg = descentMap({ formula: 'x^2 + y^2' }, { runs: [sgd], field: bowlField() }, { title: 'bowl' });
    expect(svg).toContain('#ffff00');
    expect(svg).toContain('#ff0000');
    expect(svg).toContain('#0000ff');
    await expect(svg).toMatchFileSnapshot('./__snapshots__/descent-map.svg');
  });

  it('descentMap of two runs has a legend with both names in the language and no yellow', () => {
    const adam = {
      label: 'adam',
      status: 'converged',
      points: [
        [1, 1],
        [0.8, 0.9],
      ],
      values: [2, 1.45],
    };
    const svg = descentMap(
      { formula: 'x^2 + y^2', view: { lang: 'es' } },
      { runs: [sgd, adam], field: bowlField() },
    );
    expect(svg).toContain('>sgd<');
    expect(svg).toContain('>adam<');
    expect(svg).toContain('inicio');
    expect(svg).not.toContain('#ffff00');
  });

  it('descentMap skips a run whose status is error (it has no path)', () => {
    const bad = { label: 'bad', status: 'error', points: [], values: [] };
    const svg = descentMap({ formula: 'x^2 + y^2' }, { runs: [sgd, bad], field: bowlField() });
    expect(svg).not.toContain('data-name="bad"');
    // one path left: the single-run look
    expect(svg).toContain('#ffff00');
  });

  it("descentMap reads the experiment's view: colormap and level count", () => {
    const run = { runs: [sgd], field: bowlField() };
    const few = descentMap({ formula: 'f', view: { levels: 4, colormap: 'viridis' } }, run);
    const bands = (svg: string) => (svg.match(/class="band"/g) ?? []).length;
    const n = bands(few);
    expect(n).toBeLessThanOrEqual(5);
    expect(bands(descentMap({ formula: 'f' }, run))).toBeGreaterThan(10);
    // band 0 is filled with the colour at its middle, (0 + ½)/bands, of viridis
    expect(few).toContain(`fill="${colormap('viridis')(0.5 / n)}"`);
  });

  it('descentMap titles a catalog surface with its name in the language', () => {
    const svg = descentMap({ surface: 'peaks', view: { lang: 'es' } }, { runs: [sgd], field: bowlField() });
    expect(svg).toContain('<title>Picos (peaks de MATLAB)</title>');
  });

  it('descentMap without the run field is a plot-bad-input error naming it', () => {
    expect(() => descentMap({ formula: 'f' }, { runs: [sgd] })).toThrow(
      expect.objectContaining({ code: 'plot-bad-input', params: { what: 'field', value: 'undefined' } }),
    );
  });
});

describe('descentCurve, valueCurve, descentFigure', () => {
  const pts = [[2], [1], [0.5]];
  const oneD: DescentRun = {
    runs: [{ label: 'sgd', status: 'max-steps', points: pts, values: pts.map(bowl) }],
    field: {
      vars: ['x'],
      domain: [[-1, 3]],
      n: 21,
      values: Array.from({ length: 21 }, (_v, i) => bowl([-1 + (4 * i) / 20])),
      text: '',
      latex: '',
    },
  };

  it('descentCurve of a 1-D run draws f with the path, Spanish labels (same SVG as the CLI drew before)', async () => {
    const svg = descentCurve({ formula: undefined, view: { lang: 'es' } }, oneD);
    expect(svg).toContain('Estado inicial');
    expect(svg).toContain('Estado final');
    await expect(svg).toMatchFileSnapshot('./__snapshots__/descent-curve.svg');
  });

  it('valueCurve of positive values is on a log scale, linear when view.log is false', () => {
    const run = { runs: [sgd] };
    const log = valueCurve({}, run);
    expect(log).toContain('Value against step');
    expect(log).toContain('10⁰');
    expect(valueCurve({ view: { log: false } }, run)).not.toContain('10⁰');
  });

  it('valueCurve of negative values draws the gap f − f* when the field knows f*', () => {
    const run = { runs: [{ label: 'gd', status: 'max-steps', points: [[0], [1]], values: [-1, -6.5] }] };
    const field = { ...bowlField(), minValue: -6.55 };
    expect(valueCurve({}, { ...run, field })).toContain('f − f*');
    expect(valueCurve({}, run)).not.toContain('f − f*');
    // a catalog surface's f* comes from the catalog when the field does not carry it (peaks: −6.55…)
    expect(valueCurve({ surface: 'peaks' }, run)).toContain('f − f*');
  });

  it('descentFigure with view.values puts the value panel beside the map at its height', () => {
    const svg = descentFigure({ formula: 'f', view: { values: true } }, { runs: [sgd], field: bowlField() });
    expect(svg).toContain('Value against step');
    expect(svg).toContain('#ffff00');
    const h = heights(svg);
    expect(h).toHaveLength(2);
    expect(h[1]).toBe(h[0]);
  });

  it('descentFigure of three variables is the value chart alone', () => {
    const p3 = [
      [1, 1, 1],
      [0.5, 0.5, 0.5],
    ];
    const svg = descentFigure(
      {},
      { runs: [{ label: 'sgd', status: 'max-steps', points: p3, values: p3.map(bowl) }] },
    );
    expect(svg).toContain('Value against step');
    expect(svg).not.toContain('class="band"');
  });
});
