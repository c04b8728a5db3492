/**
 * Renders one PNG (and its SVG) per chart builder into a folder, to look at them:
 *
 *   npx tsx scripts/plot-gallery.ts /tmp/gallery
 *
 * The inputs are the tutorials' own: the peaks surface with seed 000's six-point path, seed 001's
 * w·x regression, seed 002's f(x) = 2x² − 3x + 4, seed 004's loss curve. Everything here is
 * computed in place with plain loops so that the gallery depends on nothing but src/plot.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contourMap, lineChart, lossCurve, panels, scatterFit, tangentPlot } from '../src/plot/index.js';
import { svgToPng } from '../src/plot/png.js';

const out = process.argv[2];
if (!out) {
  console.error('usage: npx tsx scripts/plot-gallery.ts <output folder>');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

function save(name: string, svg: string): void {
  writeFileSync(join(out, `${name}.svg`), svg);
  writeFileSync(join(out, `${name}.png`), svgToPng(svg, { scale: 1.5 }));
  console.log(join(out, `${name}.png`));
}

// peaks on [-3, 3]² at 100 × 100, as in seed 000.
const peaks = (x: number, y: number): number =>
  3 * (1 - x) ** 2 * Math.exp(-(x ** 2) - (y + 1) ** 2) -
  10 * (x / 5 - x ** 3 - y ** 5) * Math.exp(-(x ** 2) - y ** 2) -
  Math.exp(-((x + 1) ** 2) - y ** 2) / 3;
const n = 100;
const values = new Float64Array(n * n);
for (let j = 0; j < n; j++) {
  for (let i = 0; i < n; i++) values[j * n + i] = peaks(-3 + (6 * i) / (n - 1), -3 + (6 * j) / (n - 1));
}
const grid = { values, nx: n, ny: n, x: [-3, 3] as const, y: [-3, 3] as const };

const tutorialPath = [
  [-0.35, -0.67],
  [-0.26931594, -0.72470447],
  [-0.13292324, -0.838827],
  [0.0654496, -1.06459902],
  [0.24087009, -1.40749396],
  [0.2657862, -1.59573582],
];
save('peaks-single', contourMap({ grid, paths: [{ name: 'SGD', points: tutorialPath }] }));

// A race: forward-difference gradient descent with and without momentum, one step too large.
function descend(lr: number, momentum: number, steps: number, start: [number, number]): number[][] {
  const h = 1e-5;
  let [x, y] = start;
  let vx = 0;
  let vy = 0;
  const pts = [[x, y]];
  for (let k = 0; k < steps; k++) {
    const f = peaks(x, y);
    const gx = (peaks(x + h, y) - f) / h;
    const gy = (peaks(x, y + h) - f) / h;
    vx = momentum * vx + gx;
    vy = momentum * vy + gy;
    x -= lr * vx;
    y -= lr * vy;
    pts.push([x, y]);
  }
  return pts;
}
const race = [
  { name: 'SGD lr=0.03', points: descend(0.03, 0, 40, [-0.35, -0.67]) },
  { name: 'momentum 0.9', points: descend(0.01, 0.9, 60, [-0.35, -0.67]) },
  { name: 'SGD lr=0.3', points: descend(0.3, 0, 25, [-0.35, -0.67]) },
  { name: 'from (1.5, 1.5)', points: descend(0.02, 0.5, 50, [1.5, 1.5]) },
  {
    name: 'diverged <&>',
    points: [
      [-2, 2],
      [-2.4, 2.6],
      [-3.5, 3.9],
      [Number.NaN, Number.NaN],
    ],
  },
];
save('peaks-race', contourMap({ grid, paths: race, title: 'peaks: five runs', lang: 'en' }));

// Seed 001: f = w·x on X = [1, 2, 3, 4], Y = 2X, plain gradient descent from w = 0.
function regression(lr: number, epochs: number): { w: number[]; loss: number[] } {
  const X = [1, 2, 3, 4];
  let w = 0;
  const ws: number[] = [];
  const losses: number[] = [];
  for (let e = 0; e < epochs; e++) {
    let loss = 0;
    let grad = 0;
    for (const x of X) {
      loss += (w * x - 2 * x) ** 2 / X.length;
      grad += (2 * x * (w * x - 2 * x)) / X.length;
    }
    losses.push(loss);
    w -= lr * grad;
    ws.push(w);
  }
  return { w: ws, loss: losses };
}
const lr01 = regression(0.01, 60);
const lr002 = regression(0.002, 60);
const lr014 = regression(0.14, 60);
save(
  'loss-epochs',
  lineChart({
    series: [
      { name: 'lr = 0.01', y: lr01.loss },
      { name: 'lr = 0.002', y: lr002.loss },
      { name: 'lr = 0.14 (diverges)', y: lr014.loss },
    ],
    yScale: 'log',
    title: 'Loss vs epochs',
  }),
);
save(
  'value-steps',
  lineChart({
    series: [
      { name: 'w, lr = 0.01', y: lr01.w },
      { name: 'w, lr = 0.002', y: lr002.w },
    ],
    xLabel: 'Step',
    yLabel: 'w',
    markers: true,
    title: 'Weight along the descent',
  }),
);
save(
  'loss-semilogy-es',
  lineChart({
    series: [{ name: 'Pérdida', y: regression(0.01, 401).loss, color: '#ff0000', dash: '-.' }],
    yScale: 'log',
    title: 'Pérdidas vs Epochs',
    lang: 'es',
  }),
);

// Deterministic noise (a small LCG and Box–Muller), enough for a picture.
function noise(count: number, seed: number): number[] {
  let s = seed;
  const u = (): number => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return (s + 0.5) / 4294967296;
  };
  return Array.from({ length: count }, () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u()));
}
const xs = Array.from({ length: 100 }, (_, i) => -2 + (4 * i) / 99);
const eps = noise(100, 22);
const ys = xs.map((x, i) => 5 * x + 2 * eps[i]);
// Least squares through the origin, as in seed 004.
const w1 = xs.reduce((a, x, i) => a + x * ys[i], 0) / xs.reduce((a, x) => a + x * x, 0);
save(
  'scatter-fit',
  scatterFit({
    x: xs,
    y: ys,
    curves: [{ name: `Model: y = ${w1.toFixed(3)}·x`, x: [-2, 2], y: [-2 * w1, 2 * w1] }],
    xLabel: 'Measurements',
    yLabel: 'Observations',
    title: 'Data and fitted model',
  }),
);

// Seed 004's L(w) with the path of gradient descent on it (h = 0.01, from w = 10).
const mse = (w: number): number => xs.reduce((a, x, i) => a + (w * x - ys[i]) ** 2, 0) / xs.length;
const dmse = (w: number): number => xs.reduce((a, x, i) => a + 2 * x * (w * x - ys[i]), 0) / xs.length;
const path = { w: [10] as number[], loss: [mse(10)] as number[] };
for (let e = 0; e < 400; e++) {
  const w = path.w[path.w.length - 1] - 0.01 * dmse(path.w[path.w.length - 1]);
  path.w.push(w);
  path.loss.push(mse(w));
}
const wGrid = Array.from({ length: 200 }, (_, i) => -2 + (13 * i) / 199);
save('loss-curve-es', lossCurve({ w: wGrid, loss: wGrid.map(mse), path, labels: { x: 'w₁' }, lang: 'es' }));

// Seed 002: f(x) = 2x² − 3x + 4, tangent at x = 2 (slope 5), secant with h = 1.
const f = (x: number): number => 2 * x ** 2 - 3 * x + 4;
save('tangent', tangentPlot({ f, x0: 2, slope: 5, h: 1, domain: [-5, 5] }));

// The contour map beside the value of peaks along the same run.
const run = descend(0.03, 0, 40, [-0.35, -0.67]);
save(
  'panels',
  panels(
    [
      contourMap({
        grid,
        paths: [{ name: 'SGD', points: run }],
        width: 520,
        height: 460,
        title: 'SGD on peaks',
      }),
      lineChart({
        series: [{ name: 'peaks(w₀, w₁)', y: run.map(([x, y]) => peaks(x, y)), color: '#f2b701' }],
        xLabel: 'Step',
        yLabel: 'Value',
        width: 460,
        height: 460,
        markers: true,
        title: 'Value along the path',
      }),
    ],
    { title: 'One run, two views' },
  ),
);
