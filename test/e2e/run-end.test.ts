/**
 * Browser tests of issue 10, item 12: a descent that leaves the map (peaks with GD lr 5 lands at
 * (13.1, −9.8), where f and ∇f are ~10⁻¹⁰⁶) says so in the race and does not win it; a fit that
 * diverges says at which epoch; a descent that cannot start says why instead of a stale readout.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openLab, sharedBrowser, waitForAddress } from './browser.js';

const url = inject('labUrl');
const browser = sharedBrowser();

type LabWindow = { descensoLab: { lab(): { playback: { seek(k: number): void } } } };

const x = (e: unknown) => `#x=${encodeURIComponent(JSON.stringify(e))}`;

// the lr-5 run first, so that a table read in order would put it on top
const LEAVING = x({
  kind: 'descend',
  surface: 'peaks',
  steps: 400,
  optimizers: [
    { name: 'sgd', options: { lr: 5 }, label: 'GD lr 5' },
    { name: 'sgd', options: { lr: 0.03 }, label: 'GD lr 0.03' },
  ],
});

// beside them GD lr 2, whose 7.2831·10⁻¹⁵ pushed the status column out of sight at 1440 px
const CROWDED = x({
  kind: 'descend',
  surface: 'peaks',
  steps: 400,
  optimizers: [
    { name: 'sgd', options: { lr: 5 }, label: 'GD lr 5' },
    { name: 'sgd', options: { lr: 0.03 }, label: 'GD lr 0.03' },
    { name: 'sgd', options: { lr: 2 }, label: 'GD lr 2' },
    { name: 'adam', options: { lr: 50 }, label: 'Adam lr 50' },
  ],
});

async function raceRows(page: Page) {
  return page.$$eval('.race tbody tr', (rows) =>
    rows.map((r) => ({
      cls: r.className,
      label: r.querySelector('th')?.textContent ?? '',
      reached: r.querySelector('td.reached')?.textContent ?? '',
      final: r.querySelector('td.final')?.textContent ?? '',
      now: r.querySelector('td.now')?.textContent ?? '',
      status: r.querySelector('td.status')?.textContent ?? '',
    })),
  );
}

describe('a run that leaves the map', () => {
  it.each([
    ['en-US', 'left the map at step 1', 'not reached', 'ran all steps'],
    ['es-ES', 'salió del mapa en el paso 1', 'no alcanzada', 'hizo todos los pasos'],
  ])(
    'peaks, GD lr 5 (%s): the race says it left the map and does not let it win',
    async (locale, left, never, ran) => {
      const { page, errors } = await openLab(browser(), url, { hash: `${LEAVING}&tol=0.001`, locale });
      // the last step shown: the "now" column holds every run's last value
      await page.evaluate(() => (window as unknown as LabWindow).descensoLab.lab().playback.seek(1e9));
      const [lr5, lr003] = await raceRows(page);
      expect(lr5.status).toBe(left);
      expect(lr5.cls).toContain('left-domain');
      // its 10⁻¹⁰⁴ gradient off the map reaches no tolerance, its 10⁻¹⁰⁶ value is not compared
      expect(lr5.reached).toBe(never);
      expect(lr5.final).toBe('—');
      expect(lr5.now).toBe('—');
      // the run that stayed on the map is the one that reaches the tolerance, at its minimum −6.55
      expect(lr003.status).toBe(ran);
      expect(Number(lr003.reached.replace(/\D/g, ''))).toBeGreaterThan(0);
      expect(lr003.final).toMatch(/^−6[.,]55/);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it.each([360, 1440])(
    'at %i px the race with a run off the map and values in 10⁻¹⁵ fits: no column is cut',
    async (width) => {
      const { page, errors } = await openLab(browser(), url, { hash: CROWDED, width, locale: 'es-ES' });
      const fits = await page.evaluate(() => {
        const w = document.querySelector('.table-wrap') as HTMLElement;
        const cells = [...document.querySelectorAll<HTMLElement>('.race tbody td, .race tbody th')];
        return {
          scroll: w.scrollWidth,
          client: w.clientWidth,
          page: document.documentElement.scrollWidth,
          // a cell cut short would have more content than room (the header row is hidden at 360 px on purpose)
          cut: cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent),
        };
      });
      expect(fits.scroll).toBeLessThanOrEqual(fits.client);
      expect(fits.page).toBeLessThanOrEqual(width);
      expect(fits.cut).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});

describe('a typed formula', () => {
  it('y² − x with GD lr 1 leaves the drawn [−3, 3]² at step 10, in the lab as in its exported JSON', async () => {
    const hash = x({
      kind: 'descend',
      formula: 'y^2 - x',
      vars: ['x', 'y'],
      start: [0, 0],
      steps: 20,
      optimizers: [{ name: 'sgd', options: { lr: 1 } }],
    });
    const { page, errors } = await openLab(browser(), url, { hash });
    // x grows by 1 a step and passes 3 + 6 (the map and its width beyond) at step 10; it used to
    // run all 20 steps off the map, f falling to −20 as if it were winning
    const [row] = await raceRows(page);
    expect(row.status).toBe('left the map at step 10');
    const [d] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const { readFileSync } = await import('node:fs');
    expect(JSON.parse(readFileSync(await d.path(), 'utf8')).domain).toEqual([
      [-3, 3],
      [-3, 3],
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a fit that diverges', () => {
  // batch GD at lr 1 on the default data: w used to run on to −6.8·10¹⁴ and look like a result
  const DIVERGING = x({
    kind: 'fit',
    data: { family: 'linear', slope: 5, noise: 2, points: 100, seed: 22 },
    model: 'linear',
    loss: 'mse',
    optimizers: [{ name: 'sgd', options: { lr: 1 } }],
    epochs: 60,
    regimes: ['batch'],
  });

  it.each([
    ['en-US', 'diverged at epoch 13'],
    ['es-ES', 'divergió en la época 13'],
  ])('batch GD lr 1 (%s) says it diverged and at which epoch', async (locale, text) => {
    const { page, errors } = await openLab(browser(), url, {
      hash: `${DIVERGING}&lab=regression`,
      locale,
      lab: 'regression',
    });
    // the regression lab's race table (issue 12: the legend became a race of optimizers × regimes)
    await page.waitForSelector('.regression-lab table.race tbody tr');
    expect(await page.textContent('.regression-lab table.race tbody')).toContain(text);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a derivative-lab descent that cannot start', () => {
  it.each([
    ['en-US', 'log(x)', 'x0=0', /undefined|not defined/],
    ['es-ES', 'log(x)', 'x0=0', /no está definid|indefinid/],
  ])('%s: f = %s from %s says why in the descent readout', async (locale, fx, start, why) => {
    const hash = `#lab=derivative&fx=${encodeURIComponent(fx)}&${start}`;
    const { page, errors } = await openLab(browser(), url, { hash, locale, lab: 'derivative' });
    expect(await page.textContent('#d-descent-error', { timeout: 5000 })).toMatch(why);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the start fields', () => {
  it('peaks without a start shows the start the runs use, and editing w₀ keeps w₁', async () => {
    const hash = x({ kind: 'descend', surface: 'peaks', steps: 20, optimizers: [{ name: 'sgd' }] });
    const { page, errors } = await openLab(browser(), url, { hash });
    // the fields said 0, 0 while the paths left from (−0.35, −0.67); the kit's number fields write
    // the minus sign (issue 12)
    expect(await page.inputValue('#start-0')).toBe('−0.35');
    expect(await page.inputValue('#start-1')).toBe('−0.67');
    await page.fill('#start-0', '0.5');
    await page.press('#start-0', 'Enter');
    const e = await waitForAddress(page, (a) => a.start !== undefined);
    expect(e.start).toEqual([0.5, -0.67]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
