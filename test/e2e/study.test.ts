/**
 * Browser tests of the study lab (web/src/study) and the surface lab's basin layer: a study fills
 * in chunk by chunk and its best is the CLI's, cancel stops it, a cell opens its run in the
 * surface lab, the address carries the study through a reload, the basin layer draws and hides.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { cli } from '../../src/cli/testing.js';
import { experimentToAddress, parseExperiment } from '../../src/experiment/index.js';
import type { SweepStudy } from '../../src/experiment/types.js';
import { sharedBrowser } from './browser.js';

const url = inject('labUrl');
// the studies run in a worker on a machine the other suites share: room to finish, not a measure of speed
const SLOW = 90_000;
const browser = sharedBrowser();

type Inspect = {
  name: string;
  experiment: SweepStudy & { optimizers?: { name: string; options?: Record<string, number> }[] };
  state: string;
  filled: number;
  total: number;
  best: Record<string, { options: Record<string, number> | null; stepsToTol: number | null }>;
};
const current = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { descensoLab: { current(): unknown } }).descensoLab.current(),
  ) as Promise<Inspect>;

/** A study as the lab's address writes it. */
const address = (s: unknown, lang: 'es' | 'en' = 'en') =>
  experimentToAddress({ ...(parseExperiment(s) as SweepStudy), view: { lang } });

async function open(
  b: Browser,
  hash: string,
  width = 1280,
  locale = 'en-US',
  before?: (page: Page) => Promise<unknown>,
) {
  const context = await b.newContext({ locale, viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await before?.(page);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${url}${hash}`);
  return { page, errors };
}

/**
 * Records the progress of every chunk of rows the study worker sends (its `done` count), from the
 * page's first script on. The worker's messages, not the page's attribute: a quiet machine computes
 * a small study's chunks within one frame, and the page rightly draws them once.
 */
async function watchChunks(page: Page) {
  await page.addInitScript(() => {
    const seen: [number, number][] = [];
    (window as unknown as { chunksSeen: [number, number][] }).chunksSeen = seen;
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (e: MessageEvent) => {
          if (e.data?.type === 'sweep-rows') seen.push([e.data.done, e.data.total]);
        });
      }
    };
  });
}

const peaks = {
  kind: 'sweep',
  base: {
    kind: 'descend',
    surface: 'peaks',
    start: [-0.35, -0.67],
    steps: 300,
    stop: { gradNorm: 1e-6 },
    optimizers: [{ name: 'sgd' }, { name: 'adam' }],
  },
  vary: [{ option: 'lr', from: 0.001, to: 1, scale: 'log', count: 9 }],
};

const phase = {
  kind: 'sweep',
  base: {
    kind: 'descend',
    surface: 'bowl-elongated',
    steps: 200,
    stop: { gradNorm: 1e-6 },
    optimizers: [{ name: 'sgd' }],
  },
  vary: [
    { option: 'lr', from: 0.02, to: 0.1, scale: 'lin', count: 3 },
    { option: 'momentum', from: 0, to: 0.8, scale: 'lin', count: 3 },
  ],
};

const slow = {
  kind: 'sweep',
  base: {
    kind: 'fit',
    data: { family: 'linear', slope: 5, noise: 2, seed: 22 },
    model: 'linear',
    init: { w: 10 },
    optimizers: [{ name: 'sgd' }],
    epochs: 2000,
  },
  // 10,000 fits of 2,000 epochs each, no stop rule: seconds of work even for the fused kernel, so
  // the cancel always lands mid-study (with a tolerance the fits ended so soon that, on a quiet
  // machine, the whole study could be done before the click)
  vary: [
    { option: 'lr', from: 0.01, to: 1, scale: 'lin', count: 1000 },
    { option: 'momentum', from: 0, to: 0.9, scale: 'lin', count: 10 },
  ],
};

describe('study lab', () => {
  it(
    'a small study fills in chunk by chunk, and its best is the best descenso sweep prints',
    async () => {
      const { page, errors } = await open(browser(), address(peaks), 1280, 'en-US', watchChunks);
      const seen = () =>
        page.evaluate(() => (window as unknown as { chunksSeen: [number, number][] }).chunksSeen);
      // a second run of the same size, watched from its start: 9 values in pairs make 5 chunks
      await page.fill('#study-steps', '250');
      await page.press('#study-steps', 'Enter');
      await page.waitForSelector('.study-lab[data-state="done"]', { timeout: 60_000 });
      const lab = await current(page);
      expect(lab).toMatchObject({ name: 'study', state: 'done', filled: 18, total: 18 });
      // the second run arrived in several chunks, each adding rows: some showed part of the study
      const chunks = await seen();
      expect(chunks.filter(([done, total]) => done > 0 && done < total).length).toBeGreaterThan(0);
      const [done, total] = chunks.at(-1) ?? [0, -1];
      expect(done).toBe(total);
      const out = await cli([
        'sweep',
        '--surface',
        'peaks',
        '--from=-0.35,-0.67',
        '--optimizer',
        'sgd,adam',
        '--vary',
        'lr=0.001:1:log:9',
        '--steps',
        '250',
        '--tol',
        '1e-6',
        '--format',
        'json',
      ]);
      expect(out.code).toBe(0);
      // The lab keeps each best's evaluations; the CLI prints them only when they tell something
      // (a run searched, or the study ranks by them), so they are set aside here.
      const counted = lab.best as Record<string, { evaluationsToTol?: unknown }>;
      const plain = Object.fromEntries(
        Object.entries(counted).map(([k, { evaluationsToTol: _e, ...b }]) => [k, b]),
      );
      expect(plain).toEqual(JSON.parse(out.stdout).best);
      expect(await page.locator('#study-best li').count()).toBe(2);
      // the export is the core's sweep figure (src/sweep/views.ts), the same the CLI's --plot draws
      const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#study-svg')]);
      const text = readFileSync(await svg.path(), 'utf8');
      expect(svg.suggestedFilename()).toBe('descenso-study.svg');
      expect(text).toContain('<svg');
      expect(text).toContain('class="sweep-line"');
      const [png] = await Promise.all([page.waitForEvent('download'), page.click('#study-png')]);
      expect(
        readFileSync(await png.path())
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
      expect(errors).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );

  it(
    'cancel stops the study where it is; a smaller one then runs whole, and again on request',
    async () => {
      // the seed's fits over 1,000 learning rates × 10 momenta, far too many to end before the click
      const { page, errors } = await open(browser(), address(slow));
      await page.waitForFunction(
        () => Number((document.querySelector('.study-lab') as HTMLElement)?.dataset.filled) > 0,
      );
      await page.click('#study-cancel');
      await page.waitForSelector('.study-lab[data-state="cancelled"]');
      const stopped = (await current(page)).filled;
      expect(stopped).toBeLessThan(10_000);
      // the worker would have posted its next chunk by now; nothing more lands
      await page.waitForTimeout(600);
      expect((await current(page)).filled).toBe(stopped);
      expect(await page.textContent('.study-status')).toContain(`${stopped} of 10000`);
      // a smaller study runs whole, and runs again on request
      await page.fill('#vary-0-count', '6');
      await page.press('#vary-0-count', 'Enter');
      await page.waitForSelector('.study-lab[data-state="done"]', { timeout: 60_000 });
      expect((await current(page)).filled).toBe(60);
      await page.click('#study-run');
      await page.waitForSelector('.study-lab[data-state="done"]', { timeout: 60_000 });
      expect((await current(page)).filled).toBe(60);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );

  it(
    'the metric is kept in the address: evaluations rank the runs by f and ∇f and open again as they were',
    async () => {
      const { page, errors } = await open(browser(), address(peaks));
      await page.waitForSelector('.study-lab[data-state="done"]', { timeout: 60_000 });
      await page.selectOption('#study-metric', 'evaluations');
      await page.waitForFunction(() => location.hash.includes('metric=evaluations'));
      expect(await page.evaluate(() => location.hash)).toContain('rank=evaluations');
      // choosing a metric ranks what was computed: the study did not run again
      expect((await current(page)).state).toBe('done');
      const hash = await page.evaluate(() => location.hash);
      await page.goto(`${url}${hash}`);
      await page.waitForSelector('.study-lab[data-state="done"]', { timeout: 60_000 });
      expect(await page.inputValue('#study-metric')).toBe('evaluations');
      expect((await current(page)).experiment.rank).toBe('evaluations');
      expect(errors).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );

  it(
    'clicking a cell of the heat map opens that run in the surface lab, with its lr and momentum',
    async () => {
      const { page, errors } = await open(browser(), address(phase));
      await page.waitForSelector('.study-lab[data-state="done"]', { timeout: 60_000 });
      const box = await page.locator('.study-canvas').boundingBox();
      if (!box) throw new Error('no figure');
      // the heat plot (layout.ts): left 52, top 24, side min(width − 66, 420); cell (2, 1) is lr 0.1, momentum 0.4
      const side = Math.min(box.width - 66, 420);
      await page.mouse.click(box.x + 52 + (2.5 / 3) * side, box.y + 24 + side - (1.5 / 3) * side);
      await page.waitForSelector('.surface-lab[data-ready="true"]');
      const surface = await current(page);
      expect(surface.name).toBe('surface');
      expect(surface.experiment).toMatchObject({
        kind: 'descend',
        surface: 'bowl-elongated',
        steps: 200,
        optimizers: [{ name: 'sgd', options: { lr: 0.1, momentum: 0.4 } }],
      });
      expect(await page.getAttribute('#tab-surface', 'aria-pressed')).toBe('true');
      // and by keyboard: back to the study, the figure focused, → → ↑ Enter opens lr 0.1, momentum 0.4 again
      await page.click('#tab-study');
      await page.focus('.study-canvas');
      for (const key of [
        'ArrowRight',
        'ArrowRight',
        'ArrowRight',
        'ArrowUp',
        'ArrowDown',
        'ArrowUp',
        'Enter',
      ])
        await page.keyboard.press(key);
      await page.waitForFunction(() => {
        const c = (
          window as unknown as { descensoLab: { current(): { name: string } } }
        ).descensoLab.current();
        return c?.name === 'surface';
      });
      expect((await current(page)).experiment.optimizers?.[0].options).toEqual({ lr: 0.1, momentum: 0.4 });
      expect(errors).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );

  it(
    'the study is in the address: an edit in Spanish (decimal comma) is written there, and a reload opens the same study',
    async () => {
      const { page, errors } = await open(browser(), address(phase, 'es'), 1280, 'es-ES');
      await page.waitForSelector('.study-lab[data-state="done"]', { timeout: 60_000 });
      await page.fill('#vary-1-to', '0,6');
      await page.press('#vary-1-to', 'Enter');
      await page.waitForFunction(() => location.hash.includes('momentum:0:0.6:lin:3'));
      await page.waitForSelector('.study-lab[data-state="done"]', { timeout: 60_000 });
      const before = await current(page);
      await page.reload();
      await page.waitForSelector('.study-lab[data-state="done"]', { timeout: 60_000 });
      const after = await current(page);
      expect(after.experiment).toEqual(before.experiment);
      expect(after.best).toEqual(before.best);
      expect(await page.inputValue('#vary-1-to')).toBe('0,6');
      expect(errors).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );
});

describe('basin layer', () => {
  it(
    'the basin layer turns on over peaks, fills in and draws under the paths, and turns off',
    async () => {
      const { page, errors } = await open(browser(), '');
      await page.waitForSelector('.surface-lab[data-ready="true"]');
      expect(await page.locator('canvas.map-basins').count()).toBe(0);
      await page.click('#toggle-basins');
      expect(await page.getAttribute('#toggle-basins', 'aria-pressed')).toBe('true');
      await page.waitForSelector('.basin-legend[data-basins="done"]', { timeout: 90_000 });
      expect(await page.getAttribute('.basin-legend', 'data-rows')).toBe('80');
      // the layer's canvas holds coloured pixels (translucent), between the base and the paths
      const painted = await page.evaluate(() => {
        const c = document.querySelector('canvas.map-basins') as HTMLCanvasElement;
        const d = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
        const order = [...(c.parentElement?.children ?? [])].map((e) => e.className);
        return { share: n / (c.width * c.height), order };
      });
      expect(painted.share).toBeGreaterThan(0.3);
      expect(painted.order.findIndex((c) => c.includes('map-basins'))).toBe(1);
      // the legend names peaks' minima it found and the marks of the runs that failed
      expect(await page.locator('.basin-keys li').count()).toBeGreaterThanOrEqual(4);
      await page.click('#toggle-basins');
      expect(await page.locator('canvas.map-basins').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );
});
