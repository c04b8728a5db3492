import { describe, expect, it } from 'vitest';
import { fitData, fitFigure, lossCurve, lossOfRun, lossOverParams } from './fit.js';
import { lossFunction, lossGrid } from './loss-function.js';

const heights = (svg: string) =>
  [...svg.matchAll(/<svg x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)"/g)].map((m) => m[1]);

/** y = 2x fitted by w ← w − ½(w − 2)·…: w = 2 − 2·½ᵏ after k epochs, MSE by hand. */
function oneParam() {
  const x = [1, 2, 3, 4];
  const y = [2, 4, 6, 8];
  const history = [0, 1, 2].map((k) => {
    const w = 2 - 2 * 0.5 ** k;
    return { epoch: k, loss: x.reduce((s, xi, i) => s + (w * xi - y[i]) ** 2, 0) / 4, params: { w } };
  });
  return {
    data: { x, y },
    runs: [{ label: 'sgd', status: 'max-steps', paramNames: ['w'], params: { w: 1.5 }, history }],
  };
}

const affine = {
  data: { x: [0, 1, 2], y: [1, 3, 5] },
  runs: [
    {
      label: 'sgd',
      status: 'max-steps',
      paramNames: ['a', 'b'],
      params: { a: 0.5, b: 1.5 },
      history: [
        { epoch: 0, loss: 35 / 3, params: { a: 0, b: 0 } },
        { epoch: 1, loss: 1, params: { a: 0.5, b: 1.5 } },
      ],
    },
  ],
};

describe('fitFigure', () => {
  it('fitFigure of a one-parameter model: data and model, loss against epoch, L(w) with the path (same SVG as the CLI drew before)', async () => {
    const svg = fitFigure({ model: 'linear' }, oneParam(), { resolution: 5 });
    expect(svg).toContain('>Data and model</text>');
    expect(svg).toContain('Loss vs epochs');
    expect(svg).toContain('Parameter estimation');
    await expect(svg).toMatchFileSnapshot('./__snapshots__/fit-figure-one-param.svg');
  });

  it('fitFigure of a two-parameter model maps the loss over (a, b), every panel 420 high (Spanish)', () => {
    const svg = fitFigure({ model: 'affine', view: { lang: 'es' } }, affine, { resolution: 6 });
    expect(svg).toContain('Estimación de parámetros');
    expect(svg).toContain('>Datos y modelo</text>');
    expect(svg).toContain('#ffff00');
    expect(heights(svg)).toEqual(['420', '420', '420']);
  });

  it('fitFigure of a three-parameter model has no loss map (two panels)', () => {
    const h = [{ epoch: 0, loss: 1, params: { a: 0, b: 0, c: 0 } }];
    const run = {
      data: { x: [0, 1, 2], y: [0, 1, 4] },
      runs: [
        {
          label: 'sgd',
          status: 'max-steps',
          paramNames: ['a', 'b', 'c'],
          params: { a: 0, b: 0, c: 0 },
          history: h,
        },
      ],
    };
    expect(heights(fitFigure({ model: 'poly:2' }, run))).toHaveLength(2);
  });
});

describe('fitData and lossCurve', () => {
  it('fitData of a cubic fit draws its curve: 200 points of y = x³ over the data', async () => {
    const x = [-2, -1, 0, 1, 2];
    const run = {
      data: { x, y: x.map((v) => v ** 3) },
      runs: [
        {
          label: 'adam',
          status: 'converged',
          paramNames: ['c0', 'c1', 'c2', 'c3'],
          params: { c0: 0, c1: 0, c2: 0, c3: 1 },
          history: [],
        },
      ],
    };
    const svg = fitData({ model: 'poly:3' }, run);
    const curve = /<g class="line" data-name="Model">.*?points="([^"]+)"/.exec(svg)?.[1] ?? '';
    expect(curve.split(' ')).toHaveLength(200);
    await expect(svg).toMatchFileSnapshot('./__snapshots__/fit-data-cubic.svg');
  });

  it('lossCurve of two runs is on a log scale with a legend; linear when view.log is false', async () => {
    const two = {
      data: affine.data,
      runs: [
        affine.runs[0],
        {
          ...affine.runs[0],
          label: 'adam',
          history: affine.runs[0].history.map((h) => ({ ...h, loss: h.loss / 2 })),
        },
      ],
    };
    const svg = lossCurve({ model: 'affine' }, two);
    expect(svg).toContain('>adam<');
    expect(svg).toContain('10⁰');
    expect(lossCurve({ model: 'affine', view: { log: false } }, two)).not.toContain('10⁰');
    await expect(svg).toMatchFileSnapshot('./__snapshots__/loss-curve-two.svg');
  });
});

describe('lossOverParams', () => {
  it('lossOverParams of an affine fit is the coolwarm map of L(a, b) with the path', async () => {
    const svg = lossOverParams({ model: 'affine' }, affine, { resolution: 6 });
    expect(svg).toContain('class="band"');
    expect(svg).toContain('#ffff00');
    await expect(svg).toMatchFileSnapshot('./__snapshots__/loss-over-params.svg');
  });

  it('lossOverParams of parameters that are not single numbers is plot-bad-input', () => {
    const run = { ...affine, runs: [{ ...affine.runs[0], history: [{ epoch: 0, loss: 1 }] }] };
    expect(() => lossOverParams({ model: 'affine' }, run)).toThrow(
      expect.objectContaining({ code: 'plot-bad-input' }),
    );
  });

  // Data x = (−1, 0, 2), y = (0, 1, 1); at (w, b) = (1, 0.5) the logits are z = (−0.5, 0.5, 2.5).
  const logistic = {
    data: { x: [-1, 0, 2], y: [0, 1, 1] },
    runs: [
      {
        label: 'sgd',
        status: 'max-steps',
        paramNames: ['w', 'b'],
        params: { w: 1, b: 0.5 },
        history: [{ epoch: 0, loss: 0.7, params: { w: 1, b: 0.5 } }],
      },
    ],
  };
  /** The grid over w ∈ [0, 2], b ∈ [0, 1] with 3 points a side: (w, b) = (1, 0.5) is its centre, index 4. */
  const centre = (loss: string) =>
    lossGrid(
      lossOfRun({ model: 'logistic', loss }, logistic),
      [0, 0],
      [0, 1],
      [
        [0, 2],
        [0, 1],
      ],
      3,
    ).values[4];

  it('the loss over (w, b) of a logistic model with bce is the cross-entropy of σ(z): hand-computed 0.3423479…', () => {
    // mean of −[y log σ(z) + (1 − y) log(1 − σ(z))] = (2·log(1 + e^−0.5) + log(1 + e^−2.5))/3
    expect(centre('bce')).toBeCloseTo(0.34234790088425426, 14);
  });

  it('the loss over (w, b) of a logistic model with mse squares σ(z) − y, not z − y: 0.0969428…', () => {
    // σ(z) = (0.37754, 0.62246, 0.92414): mean of (σ − y)²; without σ it would be 0.91667
    expect(centre('mse')).toBeCloseTo(0.09694279222307907, 14);
  });

  it('lossFunction of the affine model a + b·x at (a, b) = (1, 2) on y = 1 + 2x is 0, and mse of the residuals elsewhere', () => {
    const fn = lossFunction({ model: 'affine' }, 3);
    const x = Float64Array.from([0, 1, 2]);
    const y = Float64Array.from([1, 3, 5]);
    expect(fn.value([1, 2], x, y)).toBe(0);
    // residuals a + b·x − y at (0, 0): −1, −3, −5 → (1 + 9 + 25)/3
    expect(fn.value([0, 0], x, y)).toBeCloseTo(35 / 3, 14);
    expect(fn.scalar).toBe(true);
  });
});
