/**
 * The surface map's fast paths keep its picture: a drag shows each position's short preview and,
 * released, the whole runs; paths scrubbed back from the end (a kept copy of a run's canvas
 * restored, the blocks after it stroked) are the paths drawn straight at that step.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openLab, sharedBrowser } from './browser.js';

const url = inject('labUrl');
const browser = sharedBrowser();

const peaks = (steps: number) => ({
  kind: 'descend',
  version: 1,
  surface: 'peaks',
  start: [-0.35, -0.67],
  steps,
  optimizers: [
    { name: 'sgd', options: { lr: 0.01, momentum: 0.9 } },
    { name: 'adam', options: { lr: 0.1 } },
    { name: 'rmsprop', options: { lr: 0.01 } },
  ],
});
const hash = (e: object) => `#x=${encodeURIComponent(JSON.stringify(e))}&lang=en`;

/** Pauses the lab and moves the timeline to step k, as a user scrubbing it does. */
async function seek(page: Page, k: number): Promise<void> {
  if (await page.evaluate('window.descensoLab.current().playing')) await page.click('#play');
  await page.evaluate(`(() => {
    const t = document.querySelector('#timeline, input[type=range].timeline');
    t.value = '${k}';
    t.dispatchEvent(new Event('input', { bubbles: true }));
  })()`);
  await page.waitForFunction(`document.querySelector('.surface-lab').dataset.step === '${k}'`);
  // the layers draw from effects in the same task; a frame later they are on screen
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => r()))');
}

/** The paths layer's pixels. */
const pathPixels = (page: Page) =>
  page.evaluate('document.querySelector("canvas.map-paths").toDataURL()') as Promise<string>;

const runLengths = (page: Page) =>
  page.evaluate('window.descensoLab.current().runs.map((r) => r.points.length)') as Promise<number[]>;

describe('surface map speed', () => {
  it('paths scrubbed back from the end to step k are the paths drawn straight at step k', async () => {
    // 40,000 steps: adam's path has over 16 blocks, so stepping back restores a kept copy
    const back = await openLab(browser(), url, { hash: hash(peaks(40_000)) });
    await seek(back.page, 40_000);
    await seek(back.page, 30_000);
    const scrubbed = await pathPixels(back.page);
    await seek(back.page, 3_000);
    const scrubbedEarly = await pathPixels(back.page);
    const straight = await openLab(browser(), url, { hash: hash(peaks(40_000)) });
    await seek(straight.page, 30_000);
    expect(scrubbed).toBe(await pathPixels(straight.page));
    await straight.page.context().close();
    const early = await openLab(browser(), url, { hash: hash(peaks(40_000)) });
    await seek(early.page, 0);
    await seek(early.page, 3_000);
    expect(scrubbedEarly).toBe(await pathPixels(early.page));
    expect(back.errors).toEqual([]);
    await early.page.context().close();
    await back.page.context().close();
  });

  it('a drag shows each position’s first steps, redrawn per position, and released the whole runs', async () => {
    const { page, errors } = await openLab(browser(), url, { hash: hash(peaks(10_000)) });
    const box = (await page.locator('canvas.map-overlay').boundingBox())!;
    const previews = 'window.descensoLab.current().runs.every((r) => r.points.length === 401)';
    // the map's two top layers: the paths' blocks, and the tails with the markers
    const drawn = () =>
      page.evaluate(
        '["canvas.map-paths", "canvas.map-overlay"].map((s) => document.querySelector(s).toDataURL()).join()',
      );
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.45, { steps: 4 });
    // while dragging: the worker's short previews (the start and 400 steps)
    await page.waitForFunction(`${previews} && window.descensoLab.current().computing`);
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => r()))');
    const first = await drawn();
    const runsBefore = await page.evaluate('window.descensoLab.current().runs[0].points[0].join()');
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.7, { steps: 4 });
    await page.waitForFunction(
      `${previews} && window.descensoLab.current().runs[0].points[0].join() !== ${JSON.stringify(runsBefore)}`,
    );
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => r()))');
    expect(await drawn()).not.toBe(first);
    await page.mouse.up();
    await page.waitForSelector('.surface-lab[data-ready="true"]');
    expect(Math.max(...(await runLengths(page)))).toBeGreaterThan(401);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
