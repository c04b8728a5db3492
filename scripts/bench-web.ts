/**
 * npm run bench:web [-- --json]: the lab in headless Chromium.
 * - frame time: 6 optimizers animating over the 400×400 heat map (time spent drawing each frame,
 *   measured in the page around the overlay draw), p50 and p95;
 * - heat map: grid + colours + contours after a formula change, timed in the page (median of 5);
 * - initial JS: the gzipped size of the scripts index.html loads (the worker and lazy chunks excluded).
 * Targets: p95 ≤ 16.7 ms, heat map ≤ 50 ms, initial JS ≤ 150 kB.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
// @ts-expect-error — a plain .mjs script without type declarations
import { serveLab } from './serve.mjs';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'web', 'dist');
const json = process.argv.includes('--json');

if (!existsSync(join(dist, 'index.html')) || process.argv.includes('--build'))
  execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });

function initialJsKb(): number {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]);
  return srcs.reduce((s, f) => s + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0) / 1024;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

const six = {
  kind: 'descend',
  version: 1,
  surface: 'peaks',
  start: [-0.35, -0.67],
  steps: 2000,
  optimizers: [
    { name: 'sgd', options: { lr: 0.03 } },
    { name: 'sgd', options: { lr: 0.03, momentum: 0.9 } },
    { name: 'adam', options: { lr: 0.1 } },
    { name: 'rmsprop', options: { lr: 0.01 } },
    { name: 'adagrad', options: { lr: 0.3 } },
    { name: 'nadam', options: { lr: 0.05 } },
  ],
};

const lab = await serveLab({ port: 0, root: dist });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto(`${lab.url}#x=${encodeURIComponent(JSON.stringify(six))}&lang=en`);
  await page.waitForSelector('.surface-lab[data-ready="true"]');
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  const frames = (await page.evaluate(`(async () => {
    const s = window.descensoLab.surface;
    s.loop();
    await new Promise((r) => setTimeout(r, 500));
    s.frameTimes.length = 0;
    const deltas = [];
    let last = performance.now();
    await new Promise((done) => {
      const end = last + 3000;
      const f = (t) => {
        deltas.push(t - last);
        last = t;
        if (t < end) requestAnimationFrame(f);
        else done();
      };
      requestAnimationFrame(f);
    });
    return { draw: s.frameTimes.slice(), deltas };
  })()`)) as { draw: number[]; deltas: number[] };
  const heat: number[] = [];
  await page.selectOption('#surface', '__formula');
  const formulas = [
    'x^2 + 3*sin(y)',
    'sin(x)*cos(y) + 0.1*x^2',
    '(1 - x)^2 + 100*(y - x^2)^2',
    'x^4 - 3*x^2 + y^2',
    'exp(-x^2-y^2) + 0.2*x',
  ];
  for (const f of formulas) {
    const before = await page.getAttribute('.surface-lab', 'data-heatmap-ms');
    await page.fill('#formula', f);
    await page.waitForFunction(
      (b) => document.querySelector('.surface-lab')!.getAttribute('data-heatmap-ms') !== b,
      before,
    );
    heat.push(Number(await page.getAttribute('.surface-lab', 'data-heatmap-ms')));
  }
  const result = {
    frameP50Ms: Number(quantile(frames.draw, 0.5).toFixed(2)),
    frameP95Ms: Number(quantile(frames.draw, 0.95).toFixed(2)),
    heatmapMs: Number(quantile(heat, 0.5).toFixed(1)),
    initialJsKbGzip: Number(initialJsKb().toFixed(1)),
  };
  if (json) console.log(JSON.stringify(result));
  else {
    console.log(
      `frames drawn: ${frames.draw.length} (rAF interval p50 ${quantile(frames.deltas, 0.5).toFixed(1)} ms)`,
    );
    console.log(
      `frame draw p50 ${result.frameP50Ms} ms, p95 ${result.frameP95Ms} ms   (target p95 ≤ 16.7 ms)`,
    );
    console.log(`heat map + contours ${result.heatmapMs} ms (median of ${heat.length})   (target ≤ 50 ms)`);
    console.log(`initial JS ${result.initialJsKbGzip} kB gzipped   (target ≤ 150 kB)`);
  }
} finally {
  await browser.close();
  await lab.close();
}
