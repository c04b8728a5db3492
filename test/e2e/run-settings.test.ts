/** The surface lab's run settings (issue 11): noise, the stop rule and float32 reach the runs and the address. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { addressExperiment, openLab, sharedBrowser, waitForAddress } from './browser.js';

const url = inject('labUrl');
const browser = sharedBrowser();

type LabWindow = { descensoLab: { current(): { runs: { points: number[][] }[] } } };

/** The points of every run the lab holds now (its inspect data). */
const labPoints = (page: Page) =>
  page.evaluate(() => (window as unknown as LabWindow).descensoLab.current().runs.map((r) => r.points));

/** Types `text` into a field and leaves it, as a user does: that is when the lab reads it. */
async function enter(page: Page, selector: string, text: string): Promise<void> {
  await page.fill(selector, text);
  await page.press(selector, 'Tab');
}

/** Waits until the lab's runs differ from `before` (they are recomputed after an edit). */
async function newPoints(page: Page, before: number[][][]): Promise<number[][][]> {
  const old = JSON.stringify(before);
  await page.waitForFunction(
    (o) =>
      JSON.stringify((window as unknown as LabWindow).descensoLab.current().runs.map((r) => r.points)) !== o,
    old,
  );
  return labPoints(page);
}

describe('surface lab run settings', () => {
  it('σ = 0.5 puts the noise in the address and changes the paths; σ = 0 takes it out again', async () => {
    const { page, errors } = await openLab(browser(), url);
    const clean = await labPoints(page);
    expect((await addressExperiment(page)).noise).toBeUndefined();
    expect(await page.isHidden('#noise-seed')).toBe(true);

    await enter(page, '#noise-sigma', '0.5');
    const e = await waitForAddress(page, (a) => a.noise?.sigma === 0.5);
    expect(e.noise).toEqual({ sigma: 0.5 });
    const noisy = await newPoints(page, clean);
    expect(noisy.length).toBe(clean.length);
    // every run leaves from the same start, and the noise moves each path from its first step on
    for (let i = 0; i < clean.length; i++) {
      expect(noisy[i][0]).toEqual(clean[i][0]);
      expect(noisy[i][1]).not.toEqual(clean[i][1]);
    }
    // the seed field appears with σ > 0, and another seed gives other paths
    expect(await page.isVisible('#noise-seed')).toBe(true);
    await enter(page, '#noise-seed', '7');
    await waitForAddress(page, (a) => a.noise?.seed === 7);
    const seeded = await newPoints(page, noisy);

    await enter(page, '#noise-sigma', '0');
    await waitForAddress(page, (a) => a.noise === undefined);
    const back = await newPoints(page, seeded);
    expect(back).toEqual(clean);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('float32 checked gives float32 points and dtype in the address', async () => {
    const { page } = await openLab(browser(), url);
    const before = await labPoints(page);
    await page.check('#float32');
    await waitForAddress(page, (a) => a.dtype === 'float32');
    const points = await newPoints(page, before);
    const flat = points.flat(2);
    expect(flat.length).toBeGreaterThan(10);
    for (const x of flat) expect(Math.fround(x)).toBe(x);
    // float64 points are not all float32-representable, so the check above can fail
    expect(before.flat(2).some((x) => Math.fround(x) !== x)).toBe(true);
    await page.context().close();
  });

  it('the stop rule ends the runs early and is in the address; unchecked it goes away', async () => {
    const { page } = await openLab(browser(), url);
    const before = await labPoints(page);
    await page.check('#stop-grad-on');
    await enter(page, '#stop-grad', '0.5');
    await waitForAddress(page, (a) => a.stop?.gradNorm === 0.5);
    const stopped = await newPoints(page, before);
    expect(stopped.some((p, i) => p.length < before[i].length)).toBe(true);
    await page.uncheck('#stop-grad-on');
    await waitForAddress(page, (a) => a.stop === undefined);
    await page.context().close();
  });

  it('a negative σ is said inline in Spanish and the last good value is kept', async () => {
    const { page } = await openLab(browser(), url, { locale: 'es-ES' });
    await enter(page, '#noise-sigma', '0.25');
    await waitForAddress(page, (a) => a.noise?.sigma === 0.25);
    await enter(page, '#noise-sigma', '-1');
    const box = page.locator('.run-settings [role="alert"]');
    await box.waitFor({ state: 'visible' });
    expect(await box.textContent()).toBe(
      'la σ del ruido debe ser 0 o más (se encontró -1); se mantiene el último valor (0,25)',
    );
    expect(await page.getAttribute('#noise-sigma', 'aria-invalid')).toBe('true');
    // Spanish writes the decimal comma (issue 12)
    expect(await page.inputValue('#noise-sigma')).toBe('0,25');
    expect((await addressExperiment(page)).noise).toEqual({ sigma: 0.25 });
    await enter(page, '#noise-sigma', '0.3');
    await box.waitFor({ state: 'hidden' });
    await page.context().close();
  });

  it('in Spanish σ typed "0,5" is read as 0.5 and shown back as "0,5"', async () => {
    const { page } = await openLab(browser(), url, { locale: 'es-ES' });
    await enter(page, '#noise-sigma', '0,5');
    const e = await waitForAddress(page, (a) => a.noise?.sigma === 0.5);
    expect(e.noise).toEqual({ sigma: 0.5 });
    expect(await page.inputValue('#noise-sigma')).toBe('0,5');
    await page.context().close();
  });
});
