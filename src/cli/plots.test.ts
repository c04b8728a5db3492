import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { descentFigure, fitFigure } from '../plot/views/index.js';
import { gradPlot, pathRange, plotTarget, runFigure, sampleGrid } from './plots.js';
import { cli } from './testing.js';

const bowl = (p: readonly number[]) => p.reduce((s, v) => s + v * v, 0);
const path2 = [
  [1, 1],
  [0.5, 0.4],
  [0.1, 0.05],
];

describe('plot helpers', () => {
  it('plotTarget reads the format from the extension, case-insensitively', () => {
    expect(plotTarget('--plot', 'a/b.SVG')).toEqual({ file: 'a/b.SVG', format: 'svg' });
    expect(plotTarget('--plot', 'x.png').format).toBe('png');
    expect(() => plotTarget('--plot', 'x.jpg')).toThrow(/\.svg or \.png/);
  });

  it('sampleGrid(f, [0, 1], [0, 2], 3) samples row by row, x fastest', () => {
    const g = sampleGrid((x, y) => 10 * y + x, [0, 1], [0, 2], 3);
    expect(Array.from(g.values)).toEqual([0, 0.5, 1, 10, 10.5, 11, 20, 20.5, 21]);
    expect(g.x).toEqual([0, 1]);
  });

  it('pathRange keeps the origin in view and adds at least 1 on each side', () => {
    expect(pathRange([path2], 0)).toEqual([-1, 2]);
    expect(pathRange([[[10], [20]]], 0)).toEqual([-5, 25]);
  });
});

describe("runFigure picks the view of the run's kind", () => {
  const field = {
    vars: ['x', 'y'],
    domain: [
      [-1, 2],
      [-1, 2],
    ] as [number, number][],
    n: 8,
    values: Array.from(sampleGrid((x, y) => x * x + y * y, [-1, 2], [-1, 2], 8).values),
    text: 'x^2 + y^2',
    latex: '',
  };
  const experiment = {
    kind: 'descend' as const,
    version: 2,
    formula: 'x^2 + y^2',
    steps: 2,
    optimizers: [{ name: 'sgd' }],
  };
  const outcome = {
    label: 'sgd',
    optimizer: { name: 'sgd' },
    status: 'max-steps' as const,
    vars: ['x', 'y'],
    points: path2,
    values: path2.map(bowl),
    gradNorms: [0, 0, 0],
    steps: 2,
  };

  it('runFigure of a descent Run is descentFigure of its experiment: the map, with values on request', () => {
    const run = { kind: 'descend' as const, version: 2, experiment, runs: [outcome], field };
    expect(runFigure(run, { lang: 'en' })).toBe(descentFigure(experiment, run, { lang: 'en' }));
    expect(runFigure(run, { values: true })).toContain('Value against step');
  });

  it('runFigure of a fit Run is fitFigure of its experiment', () => {
    const fitExp = {
      kind: 'fit' as const,
      version: 2,
      data: {},
      model: 'affine',
      optimizers: [{ name: 'sgd' }],
      epochs: 1,
      regimes: ['batch' as const],
    };
    const history = [
      { epoch: 0, loss: 35 / 3, params: { a: 0, b: 0 } },
      { epoch: 1, loss: 1, params: { a: 0.5, b: 1.5 } },
    ];
    const fitRun = {
      kind: 'fit' as const,
      version: 2,
      experiment: fitExp,
      data: { x: [0, 1, 2], y: [1, 3, 5] },
      runs: [
        {
          label: 'sgd',
          optimizer: { name: 'sgd' },
          status: 'max-steps' as const,
          model: 'affine',
          paramNames: ['a', 'b'],
          loss: 'mse' as const,
          regime: 'batch' as const,
          dtype: 'float64' as const,
          params: { a: 0.5, b: 1.5 },
          history,
        },
      ],
    };
    const svg = runFigure(fitRun, { lang: 'es', resolution: 6 });
    expect(svg).toBe(fitFigure(fitExp, fitRun, { lang: 'es', resolution: 6 }));
    expect(svg).toContain('Estimación de parámetros');
  });
});

describe('figures as SVG (snapshots of small inputs)', () => {
  it('gradPlot of one variable draws f, the tangent and the secant (Spanish labels)', () => {
    const svg = gradPlot({
      vars: ['x'],
      f: ([x]) => 2 * x * x - 3 * x + 4,
      point: [-1],
      gradient: [-7],
      h: 0.5,
      lang: 'es',
    });
    expect(svg).toContain('tangente en x = −1 (pendiente −7)');
    expect(svg).toContain('secante, h = 0.5');
    expect(svg).toMatchSnapshot();
  });

  it('gradPlot of two variables has one panel per variable', () => {
    const svg = gradPlot({
      vars: ['x', 'y'],
      f: bowl,
      point: [1, 2],
      gradient: [2, 4],
      h: 0.1,
      title: 'x^2 + y^2',
      lang: 'en',
    });
    expect(svg).toContain('∂f/∂x');
    expect(svg).toContain('∂f/∂y');
    // Each panel's tangent names its own variable, at its own coordinate of the point.
    expect(svg).toContain('tangent at x = 1 (slope 2)');
    expect(svg).toContain('tangent at y = 2 (slope 4)');
  });
});

describe('--plot on the commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'descenso-plot-'));

  it('descend --plot FILE.svg writes the contour map and says so on stderr', async () => {
    const file = join(dir, 'peaks.svg');
    const r = await cli(['descend', '--surface', 'peaks', '--steps', '5', '--lr', '0.03', '--plot', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`wrote ${file}\n`);
    const svg = readFileSync(file, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Peaks (MATLAB)');
  });

  it('descend --every 20 --plot draws every step, not only the printed rows', async () => {
    const every = join(dir, 'every.svg');
    const all = join(dir, 'all.svg');
    const args = ['descend', '--surface', 'peaks', '--steps', '60', '--lr', '0.05', '--plot-values'];
    expect((await cli([...args, '--every', '20', '--plot', every])).code).toBe(0);
    expect((await cli([...args, '--plot', all])).code).toBe(0);
    expect(readFileSync(every, 'utf8')).toBe(readFileSync(all, 'utf8'));
  });

  it("grad --plot on a three-variable formula names each panel's variable in its tangent legend", async () => {
    const file = join(dir, 'grad3.svg');
    const r = await cli(['grad', 'a^2 + a*b + 3*c', '--at', 'a=1,b=2,c=-1', '--plot', file, '--lang', 'es']);
    expect(r.code).toBe(0);
    const svg = readFileSync(file, 'utf8');
    // ∂f/∂a = 2a + b = 4, ∂f/∂b = a = 1, ∂f/∂c = 3.
    expect(svg).toContain('tangente en a = 1 (pendiente 4)');
    expect(svg).toContain('tangente en b = 2 (pendiente 1)');
    expect(svg).toContain('tangente en c = −1 (pendiente 3)');
    expect(svg).not.toContain('tangente en x');
  });

  it("descend --domain sets the ranges drawn; a range from high to low is exit 2 in the user's language", async () => {
    const file = join(dir, 'bowl.svg');
    const args = ['descend', '--formula', 'x^2 + 2*y^2', '--from=1,1', '--steps', '3', '--plot', file];
    expect((await cli([...args, '--domain=-10,10,-4,4'])).code).toBe(0);
    const wide = readFileSync(file, 'utf8');
    expect((await cli(args)).code).toBe(0);
    const around = readFileSync(file, 'utf8');
    // the x axis reaches ±10 only when asked to
    expect(wide).toMatch(/>−10</);
    expect(around).not.toMatch(/>−10</);
    const bad = await cli([...args, '--domain=3,-3', '--lang', 'es']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('descenso: --domain: cada intervalo debe ir de menor a mayor; se recibió 3,-3\n');
  });

  it('run draws an experiment over its own domain', async () => {
    const file = join(dir, 'run-domain.svg');
    const exp = join(dir, 'domain.json');
    writeFileSync(
      exp,
      JSON.stringify({
        kind: 'descend',
        formula: 'x^2 + 2*y^2',
        start: [1, 1],
        steps: 3,
        optimizers: ['sgd'],
        domain: [
          [-10, 10],
          [-4, 4],
        ],
      }),
    );
    const r = await cli(['run', exp, '--plot', file]);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/>−10</);
  });

  it('grad --plot FILE.png writes a PNG', async () => {
    const file = join(dir, 'grad.png');
    const r = await cli(['grad', 'sin(x)', '--at', 'x=1', '--plot', file]);
    expect(r.code).toBe(0);
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
  });

  it('descend --plot into a path under a file fails with exit 2 and a reason', async () => {
    const r = await cli([
      'descend',
      '--surface',
      'peaks',
      '--steps',
      '1',
      '--plot',
      join(dir, 'peaks.svg', 'x.svg'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^descenso: cannot write .*x\.svg: /);
  });
});

describe('fit --plot', () => {
  it('fit --plot FILE.svg draws data and model, the loss, and L(w) with the path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'descenso-fit-plot-'));
    const file = join(dir, 'fit.svg');
    const r = await cli(
      ['fit', '--slope', '2', '--points', '20', '--epochs', '20', '--lr', '0.05', '--plot', file],
      { lang: 'es' },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`escrito ${file}\n`);
    const svg = readFileSync(file, 'utf8');
    expect(svg).toContain('Datos');
    expect(svg).toContain('Pérdida vs épocas');
    expect(svg).toContain('Estimación de parámetros');
  });
});
