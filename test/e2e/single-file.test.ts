/**
 * The lab as one file (`npm run build:single` → web/dist-single/descenso.html) opened from disk,
 * as someone offline opens it: every request the page makes stays in the page (file: for the page
 * itself, blob: for its workers; nothing over http(s), no second file), no console error, and the
 * work that needs a worker gets one: the surface lab's long runs, a study, the basin layer; the
 * parts the served lab loads on demand are there too: every tab, the 3-D view, the Code panel. The
 * file is built here when it is missing or older than its sources (scripts/test.sh builds it
 * before the suite), so this file run alone checks the sources as they are.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Experiment, experimentToAddress, parseExperiment } from '../../src/experiment/index.js';
import { addressExperiment, sharedBrowser } from './browser.js';

const root = join(import.meta.dirname, '..', '..');
const FILE = join(root, 'web', 'dist-single', 'descenso.html');
const PAGE = pathToFileURL(FILE).href;
// workers on a machine the other suites share: room to finish, not a measure of speed
const SLOW = 90_000;
const browser = sharedBrowser();

function newest(path: string): number {
  if (!statSync(path).isDirectory()) return statSync(path).mtimeMs;
  let t = 0;
  for (const e of readdirSync(path)) if (!/\.test\.tsx?$/.test(e)) t = Math.max(t, newest(join(path, e)));
  return t;
}

function stale(): boolean {
  if (!existsSync(FILE)) return true;
  const sources = ['src', 'web/src', 'web/index.html', 'web/vite.config.ts', 'web/vite.single.config.ts'];
  const latest = Math.max(...[...sources, 'scripts/single-file.ts'].map((p) => newest(join(root, p))));
  return latest > statSync(FILE).mtimeMs;
}

beforeAll(() => {
  if (stale())
    execFileSync('npx', ['vite', 'build', '--config', 'web/vite.single.config.ts', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
}, 120_000);

interface Opened {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Every URL the page and its workers asked for, in order. */
  requests: string[];
  /** What the page's workers did: how many started, how many messages came back, their errors. */
  workers(): Promise<{ started: number; messages: number; errors: number }>;
}

/** Opens the file at `hash`, watching its requests and wrapping `Worker` to count what workers do. */
async function open(hash: string, locale = 'en-US', width = 1280): Promise<Opened> {
  const context = await browser().newContext({
    locale,
    viewport: { width, height: 900 },
    acceptDownloads: true,
  });
  const requests: string[] = [];
  // anything but the file itself and its blobs would be fetched from elsewhere: refused, and recorded
  await context.route(
    (u) => !['file:', 'blob:', 'data:'].includes(u.protocol),
    (r) => r.abort(),
  );
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    const seen = { started: 0, messages: 0, errors: 0 };
    (window as unknown as { workersSeen: typeof seen }).workersSeen = seen;
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        seen.started++;
        this.addEventListener('message', () => seen.messages++);
        this.addEventListener('error', () => seen.errors++);
      }
    };
  });
  await page.goto(`${PAGE}${hash}`);
  const workers = () =>
    page.evaluate(() => ({
      ...(window as unknown as { workersSeen: { started: number } }).workersSeen,
    })) as ReturnType<Opened['workers']>;
  return { page, errors, requests, workers };
}

/** Nothing but the page itself from disk, and blobs (its workers' scripts, its downloads). */
function expectOnlyThePage(requests: string[]): void {
  // the page's own request is seen: the record is not empty for want of watching
  expect(requests.some((u) => u.split('#')[0] === PAGE)).toBe(true);
  const outside = requests.filter((u) => !u.startsWith('blob:') && u.split('#')[0] !== PAGE);
  expect(outside).toEqual([]);
}

const current = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { descensoLab: { current(): Record<string, unknown> } }).descensoLab.current(),
  );

/** `e` as the lab's address writes it, with the view (language) given. */
const address = (e: unknown, view: Experiment['view']) =>
  experimentToAddress({ ...parseExperiment(e), view });

async function download(page: Page, selector: string) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path()) as string) };
}

describe('the lab as one file, from file://', () => {
  it('the build wrote one self-contained page: no script, sheet or worker file beside it', () => {
    expect(readdirSync(join(root, 'web', 'dist-single'))).toEqual(['descenso.html']);
    const html = readFileSync(FILE, 'utf8');
    expect(html).not.toMatch(/<(script|link|img)\b[^>]*\s(src|href)="(?!data:)/);
  });

  it(
    'the surface lab runs a long descent in its worker and plays it to the end; the exports download',
    async () => {
      // 2 × 3,000 steps: more than the main thread takes on (LIGHT_WORK), so the worker runs them
      const long = {
        kind: 'descend',
        surface: 'peaks',
        start: [-0.35, -0.67],
        steps: 3000,
        optimizers: [
          { name: 'sgd', options: { lr: 0.01, momentum: 0.9 } },
          { name: 'adam', options: { lr: 0.1 } },
        ],
      };
      const { page, errors, requests, workers } = await open(address(long, { lang: 'en' }));
      await page.waitForSelector('.surface-lab[data-ready="true"]');
      // the transport at its fastest, then played from the start to the last step
      await page.$eval('#speed', (el) => {
        const input = el as HTMLInputElement;
        input.value = input.max;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      if (await page.evaluate('window.descensoLab.current().playing')) await page.click('#play');
      await page.click('#restart');
      await page.click('#play');
      await page.waitForFunction(
        () => document.querySelector('.surface-lab')?.getAttribute('data-step') === '3000',
      );
      const lab = await current(page);
      expect((lab.runs as { points: unknown[] }[]).map((r) => r.points.length)).toEqual([3001, 3001]);
      expect(lab.playing).toBe(false);
      const w = await workers();
      expect(w.started).toBeGreaterThan(0);
      expect(w.messages).toBeGreaterThan(0);
      expect(w.errors).toBe(0);
      const json = await download(page, '#export-json');
      expect(JSON.parse(json.bytes.toString('utf8'))).toMatchObject({ steps: 3000, surface: 'peaks' });
      expect((await download(page, '#surface-map-svg')).bytes.toString('utf8')).toContain('<svg');
      expect((await download(page, '#surface-map-png')).bytes.subarray(1, 4).toString()).toBe('PNG');
      expectOnlyThePage(requests);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );

  it(
    'the basin layer fills in from its worker, and the 3-D view opens',
    async () => {
      const { page, errors, requests, workers } = await open('#lang=en');
      await page.waitForSelector('.surface-lab[data-ready="true"]');
      await page.click('#toggle-basins');
      await page.waitForSelector('.basin-legend[data-basins="done"]', { timeout: SLOW });
      expect(await page.getAttribute('.basin-legend', 'data-rows')).toBe('80');
      expect((await workers()).started).toBeGreaterThan(0);
      // three.js, a chunk of its own in the served lab, is in the page
      await page.click('#toggle-3d');
      await page.waitForSelector('.surface-lab .view3d[data-view3d="ready"]');
      expect(await page.locator('.view3d canvas').count()).toBe(1);
      expectOnlyThePage(requests);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );

  it(
    'a study opened by its address fills in from the study worker, in Spanish',
    async () => {
      const study = {
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
      const { page, errors, requests, workers } = await open(address(study, { lang: 'es' }), 'en-US');
      await page.waitForSelector('.study-lab[data-state="done"]', { timeout: SLOW });
      expect(await current(page)).toMatchObject({ name: 'study', state: 'done', filled: 18, total: 18 });
      expect(await page.getAttribute('#tab-study', 'aria-pressed')).toBe('true');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
      expect((await workers()).started).toBeGreaterThan(0);
      expect((await download(page, '#study-svg')).bytes.toString('utf8')).toContain('<svg');
      expectOnlyThePage(requests);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );

  it(
    'every tab opens, the regression lab trains, the code panel shows the script, and the language switches',
    async () => {
      const { page, errors, requests } = await open('#lab=regression&lang=es', 'es-ES', 360);
      await page.waitForSelector('.regression-lab[data-ready="true"]');
      const a = Number(await page.getAttribute('.regression-lab', 'data-epoch'));
      await page.waitForFunction(
        (e) => Number(document.querySelector('.regression-lab')?.getAttribute('data-epoch')) > e,
        a,
      );
      await page.click('#code');
      await page.waitForSelector('#code-text');
      expect(await page.textContent('#code-text')).toContain('def loss_and_grad(theta, x, y):');
      await page.click('#code');
      await page.click('#tab-derivative');
      await page.waitForSelector('.derivative-lab[data-ready="true"]');
      expect(await page.textContent('#d-exact')).toBe('5');
      await page.selectOption('#lang', 'en');
      await page.waitForFunction(
        () => location.hash.includes('lab=derivative') && location.hash.includes('lang=en'),
      );
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await page.click('#tab-surface');
      await page.waitForSelector('.surface-lab[data-ready="true"]');
      expect((await addressExperiment(page)).kind).toBe('descend');
      expectOnlyThePage(requests);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );
});
