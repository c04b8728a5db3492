/**
 * "Explain this step" in the surface lab: the panel's numbers are the run's (Δp is the step from
 * p_K to p_{K+1} of the runs the lab drew) and the optimizer's own state (m and v against a replay
 * made here with the core), at two steps and after scrubbing back, in English and Spanish; the
 * panel fits a 360 px screen; its convention switch reruns the optimizer under the other rules.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { type DescendExperiment, descendSpecOf } from '../../src/experiment/index.js';
import { type AdamState, applyUpdates, makeOptimizer, type Params } from '../../src/optim/index.js';
import { descentStepFunction } from '../../src/train/explain-descent.js';
import { openLab, sharedBrowser, waitForAddress } from './browser.js';

const url = inject('labUrl');
const browser = sharedBrowser();

interface Shown {
  index: number;
  optimizer: string;
  convention: string;
  step: number;
  before: number[];
  after: number[];
  delta: number[];
  coords: { symbol: string; value: number }[][];
  other: { convention: string; delta?: number[] } | null;
}

// biome-ignore lint/suspicious/noExplicitAny: the page's inspect data is plain JSON
const inspect = (page: Page): Promise<any> => page.evaluate(() => (window as any).descensoLab.current());

async function openPanel(page: Page): Promise<number> {
  await page.click('#explain-toggle');
  await page.waitForSelector('#explain-heading');
  const { experiment } = await inspect(page);
  const adam = (experiment as DescendExperiment).optimizers.findIndex((o) => o.name === 'adam');
  expect(adam).toBeGreaterThanOrEqual(0);
  await page.selectOption('#explain-optimizer', String(adam));
  return adam;
}

/** Moves the transport to step k (as a drag of the timeline does) and waits for the panel to follow. */
async function seek(page: Page, k: number): Promise<Shown> {
  await page.locator('#timeline').evaluate((el, v) => {
    (el as HTMLInputElement).value = String(v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, k);
  await page.waitForFunction(
    // biome-ignore lint/suspicious/noExplicitAny: the page's inspect data is plain JSON
    (v) => (window as any).descensoLab.current().explain?.step === v,
    k,
  );
  return (await inspect(page)).explain as Shown;
}

/** Adam's state after step K, by a loop written here over the core's optimizer and function. */
function adamState(experiment: DescendExperiment, i: number, K: number): AdamState {
  const spec = descendSpecOf(experiment, i);
  const fn = descentStepFunction(spec);
  const o = experiment.optimizers[i];
  const opt = makeOptimizer(o.name, o.options ?? {}, o.convention ?? 'pytorch');
  let params: Params = [Float64Array.from(fn.start)];
  let state = opt.init(params);
  for (let k = 0; k <= K; k++) {
    const [, g] = fn.gradient(Array.from(params[0]), k);
    const [u, next] = opt.update([Float64Array.from(g)], state, params, { step: k });
    params = applyUpdates(params, u);
    state = next;
  }
  return state.find((s) => typeof s === 'object' && s !== null && 'm' in s) as AdamState;
}

const last = (terms: { symbol: string; value: number }[], symbol: string) =>
  terms.filter((t) => t.symbol === symbol).at(-1)?.value;

/** The panel at step K against the lab's runs and the replayed state. */
async function expectRunNumbers(page: Page, K: number, adam: number): Promise<Shown> {
  const shown = await seek(page, K);
  const { runs, experiment } = await inspect(page);
  const points = runs[adam].points as number[][];
  expect(shown).toMatchObject({ index: adam, optimizer: 'adam', step: K });
  expect(shown.before).toEqual(points[K]);
  expect(shown.after).toEqual(points[K + 1]);
  const state = adamState(experiment, adam, K);
  shown.coords.forEach((terms, j) => {
    // Δp is the step between the two drawn points (p_K + Δp is p_{K+1} exactly in float64)
    expect(shown.before[j] + shown.delta[j]).toBe(points[K + 1][j]);
    expect(Math.abs(shown.delta[j] - (points[K + 1][j] - points[K][j]))).toBeLessThan(1e-15);
    expect(last(terms, 'Δp')).toBe(shown.delta[j]);
    // Node's replay may differ from Chromium's run in the last bit (their exp is not the same
    // build), so the state is compared to 1e-13 relative; the run's own points above, bit for bit.
    const near = (a: number | undefined, b: number) =>
      expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(1e-13 * Math.abs(b));
    near(last(terms, 'm'), state.m[0][j]);
    near(last(terms, 'v'), state.v[0][j]);
  });
  return shown;
}

describe('explain this step', () => {
  for (const locale of ['en-US', 'es-ES'])
    it(`the panel's Δp, m and v are the run's at steps 5 and 20 and after scrubbing back to 3 (${locale})`, async () => {
      const { page, errors } = await openLab(browser(), url, { locale });
      const adam = await openPanel(page);
      await expectRunNumbers(page, 5, adam);
      await expectRunNumbers(page, 20, adam);
      const back = await expectRunNumbers(page, 3, adam);
      // the number shown is the lab's: decimal comma in Spanish, a minus sign, six digits
      const text = await page.locator('#explain-coord-0 [data-symbol="Δp"] .val').last().textContent();
      const parsed = Number(
        String(text)
          .replace('−', '-')
          .replace(',', locale === 'es-ES' ? '.' : ','),
      );
      expect(parsed).toBeCloseTo(back.delta[0], 5);
      if (locale === 'es-ES') {
        expect(text).toMatch(/,/);
        expect(await page.locator('#explain-heading').textContent()).toContain('paso 3');
      } else expect(await page.locator('#explain-heading').textContent()).toContain('step 3');
      expect(back.other?.convention).toBe('keras');
      expect(back.other?.delta?.length).toBe(2);
      expect(errors).toEqual([]);
      await page.context().close();
    });

  it('the panel fits a 360 px screen, and its Keras switch reruns Adam under the Keras convention', async () => {
    const { page, errors } = await openLab(browser(), url, { width: 360, locale: 'es-ES' });
    const adam = await openPanel(page);
    await seek(page, 4);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    const box = await page.locator('#explain-panel').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    await page.click('#explain-convention-keras');
    await waitForAddress(page, (e) => e.optimizers?.[adam]?.convention === 'keras');
    await page.waitForSelector('.surface-lab[data-ready="true"]');
    await page.waitForFunction(
      // biome-ignore lint/suspicious/noExplicitAny: the page's inspect data is plain JSON
      () => (window as any).descensoLab.current().explain?.convention === 'keras',
    );
    const shown = await expectRunNumbers(page, 6, adam);
    expect(shown.convention).toBe('keras');
    expect(shown.other?.convention).toBe('pytorch');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
