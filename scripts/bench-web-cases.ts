/**
 * bench:web's cases of issue 12 ("fluid at any length"), run against whichever surface lab the
 * build holds: the page is driven through its DOM (the timeline, #play, #toggle-3d, the map's top
 * canvas) and the main thread's CPU time is read from Chromium itself (CDP Performance metrics,
 * ThreadTime: the renderer's main thread, not its workers; CPU time, so other processes on a busy
 * machine do not count), so the old lab and the rebuilt one are measured the same way. Where the lab
 * reports the time of each map draw (`frameTimes`), that is read too.
 */
import type { CDPSession, Page } from 'playwright-core';

export const SIX = [
  { name: 'sgd', options: { lr: 0.03 } },
  { name: 'sgd', options: { lr: 0.03, momentum: 0.9 } },
  { name: 'adam', options: { lr: 0.1 } },
  { name: 'rmsprop', options: { lr: 0.01 } },
  { name: 'adagrad', options: { lr: 0.3 } },
  { name: 'nadam', options: { lr: 0.05 } },
];

export const peaks = (steps: number, optimizers = SIX) => ({
  kind: 'descend',
  version: 1,
  surface: 'peaks',
  start: [-0.35, -0.67],
  steps,
  optimizers,
});

export const quantile = (xs: number[], q: number): number => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

const round = (x: number, d = 2) => Number(x.toFixed(d));

/** The page's own ways in: the lab object (old `surface`, new `current()`), the timeline, frame times. */
const PAGE_HELPERS = `(() => {
  const d = window.descensoLab;
  const lab = () => d.surface ?? d.current?.();
  window.__bench = {
    frameTimes: () => { const l = lab(); return (l?.frameTimes ?? window.descensoMapStats?.frameTimes ?? []).slice(); },
    timeline: () => document.querySelector('input[type=range].timeline, #timeline'),
    seek(k) {
      const t = this.timeline();
      t.value = String(k);
      t.dispatchEvent(new Event('input', { bubbles: true }));
    },
    frame: () => new Promise((r) => requestAnimationFrame(() => r())),
  };
})()`;

/** Milliseconds of main-thread CPU time since the last call (Chromium's ThreadTime). */
async function busyMeter(page: Page): Promise<() => Promise<number>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
  };
  let last = await read();
  return async () => {
    const now = await read();
    const d = now - last;
    last = now;
    return d;
  };
}

export async function openLab(page: Page, url: string, experiment: object): Promise<void> {
  await page.goto(`${url}#x=${encodeURIComponent(JSON.stringify(experiment))}&lang=en`);
  await page.waitForSelector('.surface-lab[data-ready="true"]', { timeout: 180_000 });
  await page.evaluate(PAGE_HELPERS);
}

/** Waits until the lab has the runs of the experiment it shows (after a drag, say). */
async function settle(page: Page): Promise<void> {
  await page.waitForSelector('.surface-lab[data-ready="true"]', { timeout: 180_000 });
  await page.waitForTimeout(300);
}

/**
 * 6 optimizers × 10,000 steps playing from steps 1,000 … 9,000: the map's draw time per frame
 * (the lab's own figure) and the main thread's busy time per second of playing.
 */
export async function framesAtAnyStep(page: Page, url: string) {
  await openLab(page, url, peaks(10_000));
  const busy = await busyMeter(page);
  const perStep: { step: number; p95: number; busyMsPerS: number }[] = [];
  const all: number[] = [];
  for (let k = 1000; k <= 9000; k += 1000) {
    await page.evaluate(`window.__bench.seek(${k})`);
    const before = (await page.evaluate('window.__bench.frameTimes().length')) as number;
    await busy();
    await page.click('#play');
    const t0 = Date.now();
    await page.waitForTimeout(600);
    const ms = await busy();
    await page.evaluate(`window.__bench.seek(${k})`);
    const times = ((await page.evaluate('window.__bench.frameTimes()')) as number[]).slice(before);
    all.push(...times);
    perStep.push({
      step: k,
      p95: round(quantile(times, 0.95)),
      busyMsPerS: round((ms * 1000) / (Date.now() - t0), 0),
    });
  }
  return { p95: round(quantile(all, 0.95)), worstStepP95: Math.max(...perStep.map((s) => s.p95)), perStep };
}

/**
 * Dragging the start across the map with 6 optimizers × 10,000 steps: 60 pointer moves, one per
 * frame; per move, the main thread's busy time until the next frame (re-run request + redraw, and
 * whatever answer lands meanwhile). Then the time until the last position's runs are all drawn.
 */
export async function dragStart(page: Page, url: string) {
  await openLab(page, url, peaks(10_000));
  return dragMoves(page);
}

/** The drag itself, on a lab already open (the profiler wraps only this). */
export async function dragMoves(page: Page, beforeRelease?: () => Promise<unknown>) {
  await page.evaluate('window.__bench.seek(0)');
  const box = (await page.locator('canvas.map-overlay').boundingBox())!;
  const cx = box.x + box.width * 0.5;
  const cy = box.y + box.height * 0.5;
  const r = box.width * 0.15;
  const busy = await busyMeter(page);
  await page.mouse.move(cx + r, cy);
  await page.mouse.down();
  await busy();
  const perMove: number[] = [];
  for (let i = 1; i <= 60; i++) {
    const a = (2 * Math.PI * i) / 60;
    await page.mouse.move(cx + r * Math.cos(a), cy + r * Math.sin(a));
    await page.evaluate('window.__bench.frame()');
    perMove.push(await busy());
  }
  await beforeRelease?.();
  const t0 = Date.now();
  await page.mouse.up();
  await settle(page);
  return {
    p50: round(quantile(perMove, 0.5)),
    p95: round(quantile(perMove, 0.95)),
    max: round(Math.max(...perMove)),
    releaseToDrawnMs: Date.now() - t0 - 300,
  };
}

/** WebGL draw calls counted from the page's start (the 3-D case). */
const COUNT_DRAWS = `(() => {
  window.__draws = 0;
  for (const C of [window.WebGLRenderingContext, window.WebGL2RenderingContext])
    for (const m of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']) {
      const f = C?.prototype[m];
      if (f) C.prototype[m] = function (...a) { window.__draws++; return f.apply(this, a); };
    }
})()`;

/** The 3-D view open and paused for 2 s: WebGL draw calls and main-thread busy time. */
export async function idle3d(page: Page, url: string) {
  await page.addInitScript(COUNT_DRAWS);
  await openLab(page, url, peaks(2000));
  await page.click('#toggle-3d');
  await page.waitForSelector('.view3d canvas', { timeout: 60_000 });
  await page.waitForTimeout(1500);
  await page.evaluate('window.__bench.seek(500)');
  await page.waitForTimeout(500);
  const busy = await busyMeter(page);
  const d0 = (await page.evaluate('window.__draws')) as number;
  await page.waitForTimeout(2000);
  const draws = ((await page.evaluate('window.__draws')) as number) - d0;
  return { drawCallsWhilePaused: draws, busyMsPerS: round((await busy()) / 2, 1) };
}

/**
 * Scrubbing 3 paths of 100,000 steps: the timeline dragged from the end to the start and back in
 * 80 positions, one per frame; per position the main thread's busy time and the map's draw time.
 */
export const THREE = [
  { name: 'sgd', options: { lr: 0.01, momentum: 0.9 } },
  { name: 'adam', options: { lr: 0.1 } },
  { name: 'rmsprop', options: { lr: 0.01 } },
];

export async function scrub100k(page: Page, url: string) {
  await openLab(page, url, peaks(100_000, THREE));
  return scrubMoves(page);
}

/** The scrub itself, on a lab already open with the 3 × 100,000 steps (the profiler wraps only this). */
export async function scrubMoves(page: Page) {
  await page.evaluate('window.__bench.seek(100000)');
  const busy = await busyMeter(page);
  const before = (await page.evaluate('window.__bench.frameTimes().length')) as number;
  const perPos: number[] = [];
  const ks = [
    ...Array.from({ length: 40 }, (_v, i) => 100_000 - i * 2500),
    ...Array.from({ length: 40 }, (_v, i) => i * 2500 + 1250),
  ];
  for (const k of ks) {
    await page.evaluate(`(async () => { window.__bench.seek(${k}); await window.__bench.frame(); })()`);
    perPos.push(await busy());
  }
  const draws = ((await page.evaluate('window.__bench.frameTimes()')) as number[]).slice(before);
  return {
    p50: round(quantile(perPos, 0.5)),
    p95: round(quantile(perPos, 0.95)),
    drawP95: round(quantile(draws, 0.95)),
  };
}
