/**
 * npm run bench:web [-- --json]: the lab in headless Chromium.
 * - frame time: 6 optimizers animating over the 400×400 heat map (time spent drawing each frame,
 *   measured in the page around the overlay draw), p50 and p95;
 * - heat map: grid + colours + contours after a formula change, timed in the page (median of 5);
 * - initial JS: the gzipped size of the scripts index.html loads (the worker and lazy chunks excluded).
 * - issue 12's cases (bench-web-cases.ts): 6 × 10,000 steps playing at steps 1,000…9,000, dragging
 *   the start with 6 × 10,000 steps, the 3-D view idle while paused, scrubbing 100,000-step paths.
 * Targets: p95 ≤ 16.7 ms (frames, drag, scrub), no 3-D frame while paused, heat map ≤ 50 ms,
 * initial JS ≤ 150 kB. `--only a,b` runs some cases (frame, heat, js, steps, drag, 3d, scrub);
 * `--dist dir` measures another build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';
import { dragStart, framesAtAnyStep, idle3d, peaks, quantile, scrub100k } from './bench-web-cases.js';
// @ts-expect-error — a plain .mjs script without type declarations
import { serveLab } from './serve.mjs';

const root = join(import.meta.dirname, '..');
const distAt = process.argv.indexOf('--dist');
// --dist <dir>: another build of the lab (a harness around one part, an older commit's build)
const dist = distAt > 0 ? process.argv[distAt + 1] : join(root, 'web', 'dist');
const json = process.argv.includes('--json');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? new Set(process.argv[onlyAt + 1].split(',')) : null;
const wants = (name: string) => only === null || only.has(name);

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

const six = peaks(2000);

/** The old frame case: 6 × 2,000 steps looping fast (the old lab's `loop()`, else played). */
async function frameCase(browser: Browser, url: string) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto(`${url}#x=${encodeURIComponent(JSON.stringify(six))}&lang=en`);
  await page.waitForSelector('.surface-lab[data-ready="true"]');
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  const frames = (await page.evaluate(`(async () => {
    // the map layers' own frame times (the paths and markers drawn per frame)
    const times = () => [...(window.descensoMapStats?.frameTimes ?? [])];
    document.querySelector('#play').click();
    await new Promise((r) => setTimeout(r, 500));
    const from = times().length;
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
    return { draw: times().slice(from), deltas };
  })()`)) as { draw: number[]; deltas: number[] };
  await page.close();
  return frames;
}

/** Heat map + contours after a formula change, as the lab reports it (data-heatmap-ms). */
async function heatCase(browser: Browser, url: string) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto(`${url}#x=${encodeURIComponent(JSON.stringify(six))}&lang=en`);
  await page.waitForSelector('.surface-lab[data-ready="true"]');
  const heat: number[] = [];
  await page.selectOption('#surface', '__formula');
  const formulas = [
    'x^2 + 3*sin(y)',
    'sin(x)*cos(y) + 0.1*x^2',
    '(1 - x)^2 + 100*(y - x^2)^2',
    'x^4 - 3*x^2 + y^2',
    'exp(-x^2-y^2) + 0.2*x',
  ];
  const at = '[data-heatmap-ms]';
  for (const f of formulas) {
    const before = await page.getAttribute(at, 'data-heatmap-ms');
    await page.fill('#formula', f);
    await page.waitForFunction(
      (b) => document.querySelector('[data-heatmap-ms]')!.getAttribute('data-heatmap-ms') !== b,
      before,
    );
    heat.push(Number(await page.getAttribute(at, 'data-heatmap-ms')));
  }
  await page.close();
  return heat;
}

/** Runs `f` on a fresh page of its own. */
async function onPage<T>(
  browser: Browser,
  f: (page: import('playwright-core').Page) => Promise<T>,
): Promise<T> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  try {
    return await f(page);
  } finally {
    await page.close();
  }
}

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
const say = (line: string) => {
  if (!json) console.log(line);
};
const result: Record<string, unknown> = {};
try {
  if (wants('frame')) {
    const frames = await frameCase(browser, lab.url);
    result.frameP50Ms = Number(quantile(frames.draw, 0.5).toFixed(2));
    result.frameP95Ms = Number(quantile(frames.draw, 0.95).toFixed(2));
    say(
      `frames drawn: ${frames.draw.length} (rAF interval p50 ${quantile(frames.deltas, 0.5).toFixed(1)} ms)`,
    );
    say(`frame draw p50 ${result.frameP50Ms} ms, p95 ${result.frameP95Ms} ms   (target p95 ≤ 16.7 ms)`);
  }
  if (wants('heat')) {
    const heat = await heatCase(browser, lab.url);
    result.heatmapMs = Number(quantile(heat, 0.5).toFixed(1));
    say(`heat map + contours ${result.heatmapMs} ms (median of ${heat.length})   (target ≤ 50 ms)`);
  }
  if (wants('js')) {
    result.initialJsKbGzip = Number(initialJsKb().toFixed(1));
    say(`initial JS ${result.initialJsKbGzip} kB gzipped   (target ≤ 150 kB)`);
  }
  if (wants('steps')) {
    const r = await onPage(browser, (p) => framesAtAnyStep(p, lab.url));
    result.longRun = r;
    say(
      `6 × 10,000 steps playing: map draw p95 ${r.p95} ms, worst step's p95 ${r.worstStepP95} ms   (target ≤ 16.7 ms)`,
    );
    say(
      `  per step: ${r.perStep.map((s) => `${s.step}: p95 ${s.p95} ms, busy ${s.busyMsPerS} ms/s`).join(' · ')}`,
    );
  }
  if (wants('drag')) {
    const r = await onPage(browser, (p) => dragStart(p, lab.url));
    result.drag = r;
    say(
      `drag the start, 6 × 10,000 steps: main thread per move p50 ${r.p50} ms, p95 ${r.p95} ms, max ${r.max} ms   (target p95 ≤ 16.7 ms); release → all drawn ${r.releaseToDrawnMs} ms`,
    );
  }
  if (wants('3d')) {
    const r = await onPage(browser, (p) => idle3d(p, lab.url));
    result.idle3d = r;
    say(
      `3-D view paused 2 s: ${r.drawCallsWhilePaused} WebGL draw calls, main thread busy ${r.busyMsPerS} ms/s   (target 0 draws)`,
    );
  }
  if (wants('scrub')) {
    const r = await onPage(browser, (p) => scrub100k(p, lab.url));
    result.scrub = r;
    say(
      `scrub 3 × 100,000 steps: main thread per position p50 ${r.p50} ms, p95 ${r.p95} ms; map draw p95 ${r.drawP95} ms   (target p95 ≤ 16.7 ms)`,
    );
  }
  if (json) console.log(JSON.stringify(result));
} finally {
  await browser.close();
  await lab.close();
}
