import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { curvatureAt } from '../../src/curvature/index.js';
import { defaultExperiment, experimentToAddress } from '../../src/experiment/index.js';
import { addressExperiment, openLab, sharedBrowser, waitForAddress } from './browser.js';

const url = inject('labUrl');
const browser = sharedBrowser();

const bowlHash = `#${experimentToAddress({ ...defaultExperiment, surface: 'bowl-rotated', start: [1, 0.5] }).replace(/^#/, '')}`;

async function turnOn(page: Page) {
  await page.click('#toggle-curvature');
  await page.waitForSelector('#curvature-panel #curvature-kappa');
}

/** The full values the panel keeps beside its formatted numbers. */
const fullValue = (page: Page, id: string) => page.getAttribute(id, 'data-value').then(Number);

/** Pixels the curvature layer painted, and how many of them are its "curving up" green. */
const painted = (page: Page) =>
  page.evaluate(() => {
    const c = document.querySelector('canvas.map-curvature') as HTMLCanvasElement | null;
    if (!c) return { any: 0, green: 0 };
    const d = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
    let any = 0;
    let green = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i + 3] > 0) any++;
      // #1b7837 where the stroke is opaque
      if (
        d[i + 3] > 200 &&
        Math.abs(d[i] - 0x1b) < 12 &&
        Math.abs(d[i + 1] - 0x78) < 12 &&
        Math.abs(d[i + 2] - 0x37) < 12
      )
        green++;
    }
    return { any, green };
  });

async function typePoint(page: Page, x: string, y: string) {
  await page.fill('#curvature-x', x);
  await page.press('#curvature-x', 'Enter');
  await page.fill('#curvature-y', y);
  await page.press('#curvature-y', 'Enter');
}

describe('curvature tool', () => {
  it('is not loaded until turned on; then its panel’s numbers equal the core’s at a typed point', async () => {
    const { page, errors } = await openLab(browser(), url);
    const asked: string[] = [];
    page.on('request', (r) => asked.push(r.url()));
    expect(await page.locator('canvas.map-curvature').count()).toBe(0);
    expect(asked.filter((u) => u.includes('curvature'))).toEqual([]);
    await turnOn(page);
    expect(asked.some((u) => u.includes('curvature'))).toBe(true);
    await typePoint(page, '0.3', '-0.7');
    await page.waitForFunction(
      () => document.querySelector('#curvature-source')?.textContent === 'at the point you picked',
    );
    const core = curvatureAt({ surface: 'peaks' }, [0.3, -0.7]);
    for (const [i, j] of [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ])
      expect(await fullValue(page, `#curvature-h-${i}${j}`)).toBe(core.hessian[i][j]);
    expect(await fullValue(page, '#curvature-lambda-1')).toBe(core.eigenvalues[0]);
    expect(await fullValue(page, '#curvature-lambda-2')).toBe(core.eigenvalues[1]);
    expect(await fullValue(page, '#curvature-kappa')).toBe(core.condition);
    const v1 = (await page.getAttribute('#curvature-v-1', 'data-value'))?.split(' ').map(Number);
    expect(v1).toEqual(core.eigenvectors[0]);
    expect(await page.getAttribute('#curvature-shape', 'data-shape')).toBe(core.shape);
    // peaks is no quadratic: no fastest settings offered
    expect(await page.locator('#curvature-use-lr').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws the eigenvectors as arrows on the map, and nothing once turned off', async () => {
    const { page } = await openLab(browser(), url, { hash: bowlHash });
    await turnOn(page);
    await page.waitForFunction(() => {
      const c = document.querySelector('canvas.map-curvature') as HTMLCanvasElement | null;
      return c !== null && c.width > 0;
    });
    const on = await painted(page);
    // two arrows of a fifth of the plot each way, 3 px wide with a halo: thousands of pixels
    expect(on.any).toBeGreaterThan(1500);
    expect(on.green).toBeGreaterThan(300);
    await page.click('#toggle-curvature');
    expect(await page.locator('canvas.map-curvature').count()).toBe(0);
    expect(await page.locator('#curvature-panel').count()).toBe(0);
    await page.context().close();
  });

  it('a click on the map picks the point (the start stays where it was)', async () => {
    const { page } = await openLab(browser(), url, { hash: bowlHash });
    await turnOn(page);
    const box = (await page.locator('canvas.map-curvature').boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.7);
    await page.waitForFunction(
      () => document.querySelector('#curvature-source')?.textContent === 'at the point you picked',
    );
    // the fields write a minus sign, −, as the lab's number fields do
    const read = async (id: string) => Number((await page.inputValue(id)).replace('−', '-'));
    const x = await read('#curvature-x');
    const y = await read('#curvature-y');
    expect(x).toBeLessThan(0);
    expect(y).toBeLessThan(0);
    expect((await addressExperiment(page)).start).toEqual([1, 0.5]);
    await page.click('#curvature-follow');
    expect(await page.textContent('#curvature-source')).toBe('at the start');
    await page.context().close();
  });

  it('on a quadratic, one click sets the fastest lr, another the fastest momentum, and the address shows them', async () => {
    const { page } = await openLab(browser(), url, { hash: bowlHash });
    await turnOn(page);
    const f = curvatureAt({ surface: 'bowl-rotated' }, [0, 0]).fastest;
    expect(await page.textContent('#curvature-use-lr')).toBe('Use the fastest lr (GD)');
    await page.click('#curvature-use-lr');
    let e = await waitForAddress(page, (a) => a.optimizers?.[0]?.options?.lr !== 0.03);
    // the address keeps the number as its codec writes it: equal to the core's to its digits
    expect((e.optimizers as { options: { lr: number } }[])[0].options.lr).toBeCloseTo(f?.gd.lr ?? 0, 12);
    await page.click('#curvature-use-momentum');
    e = await waitForAddress(page, (a) => a.optimizers?.[1]?.options?.lr !== 0.03);
    const mom = (e.optimizers as { options: { lr: number; momentum: number } }[])[1].options;
    expect(mom.lr).toBeCloseTo(f?.momentum.lr ?? 0, 12);
    expect(mom.momentum).toBeCloseTo(f?.momentum.momentum ?? 0, 12);
    await page.context().close();
  });

  it('speaks Spanish with a decimal comma, and fits 360 px', async () => {
    const { page, errors } = await openLab(browser(), url, { locale: 'es-ES', width: 360 });
    await turnOn(page);
    await typePoint(page, '0,3', '-0,7');
    await page.waitForFunction(
      () => document.querySelector('#curvature-source')?.textContent === 'en el punto que elegiste',
    );
    const core = curvatureAt({ surface: 'peaks' }, [0.3, -0.7]);
    expect(await fullValue(page, '#curvature-lambda-1')).toBe(core.eigenvalues[0]);
    const shown = (await page.textContent('#curvature-lambda-1')) ?? '';
    expect(shown).toContain(',');
    expect(shown).not.toContain('.');
    expect(await page.textContent('#curvature-heading')).toBe('Curvatura');
    expect(await page.textContent('#toggle-curvature')).toBe('Curvatura');
    const fits = await page.evaluate(() => {
      const panel = document.querySelector('#curvature-panel')!.getBoundingClientRect();
      return {
        page: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        panel: panel.left >= 0 && panel.right <= window.innerWidth,
      };
    });
    expect(fits).toEqual({ page: true, panel: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
