import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { type DescendExperiment, experimentToAddress } from '../../src/experiment/index.js';
import { openLab, sharedBrowser } from './browser.js';

const url = inject('labUrl');
const browser = sharedBrowser();

/** Rosenbrock from (−1.2, 1): BFGS, conjugate gradient, Nelder–Mead and plain GD. */
const race: DescendExperiment = {
  kind: 'descend',
  version: 2,
  surface: 'rosenbrock',
  start: [-1.2, 1],
  steps: 200,
  optimizers: [
    { name: 'bfgs' },
    { name: 'cg-pr' },
    { name: 'nelder-mead' },
    { name: 'sgd', options: { lr: 0.001 } },
  ],
};

interface Inspect {
  step: number;
  last: number;
  playing: boolean;
  runs: { label: string; traces?: ({ simplex?: number[][]; trials?: number[][] } | null)[] }[];
}

const inspect = (page: Page) =>
  page.evaluate(() => (window as unknown as { descensoLab: { current(): Inspect } }).descensoLab.current());

/** Pauses, goes back to step 0 and forward `k` steps with the transport's buttons. */
async function showStep(page: Page, k: number) {
  if ((await inspect(page)).playing) await page.click('#play');
  await page.click('#restart');
  for (let i = 0; i < k; i++) await page.click('#step-forward');
  await page.waitForFunction(
    (s) => (window as unknown as { descensoLab: { current(): Inspect } }).descensoLab.current().step === s,
    k,
  );
}

/** Pixels the trace layer has painted (alpha > 0). */
const tracePixels = (page: Page) =>
  page.evaluate(() => {
    const c = document.querySelector('canvas.map-trace') as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n;
  });

describe('the classical methods in the surface lab', () => {
  it('draws the trial points and the simplex of the step shown, and nothing for gradient descent alone', async () => {
    const { page, errors } = await openLab(browser(), url, { hash: experimentToAddress(race) });
    await showStep(page, 6);
    const { runs } = await inspect(page);
    expect(runs.map((r) => r.label)).toEqual(['bfgs', 'cg-pr', 'nelder-mead', 'sgd']);
    expect(runs[0].traces?.[6]?.trials?.length).toBeGreaterThan(0);
    expect(runs[2].traces?.[6]?.simplex).toHaveLength(3);
    expect(runs[3].traces).toBeUndefined();
    const painted = await tracePixels(page);
    expect(painted).toBeGreaterThan(50);
    // one more step redraws the layer with that step's trace
    await page.click('#step-forward');
    await page.waitForFunction(
      () => (window as unknown as { descensoLab: { current(): Inspect } }).descensoLab.current().step === 7,
    );
    expect(await tracePixels(page)).not.toBe(painted);

    const gdOnly = { ...race, optimizers: [{ name: 'sgd', options: { lr: 0.001 } }] };
    await page.evaluate(
      (e) => (window as unknown as { descensoLab: { open(e: unknown): void } }).descensoLab.open(e),
      gdOnly,
    );
    await page.waitForFunction(() => document.querySelectorAll('table.race tbody tr').length === 1);
    await showStep(page, 6);
    expect(await tracePixels(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the race shows f and ∇f evaluations and ranks the tolerance by evaluations on request (es)', async () => {
    const { page, errors } = await openLab(browser(), url, {
      hash: `${experimentToAddress(race)}&lang=es`,
      locale: 'es-ES',
    });
    await showStep(page, 10);
    const headers = await page.$$eval('table.race thead th', (ths) => ths.map((t) => t.textContent));
    expect(headers).toContain('evaluaciones f · ∇f');
    // Nelder–Mead never evaluates ∇f: its cell reads "<n> · 0"
    const nm = await page.textContent('table.race tbody tr:nth-child(3) td.evals');
    expect(nm).toMatch(/^\d+ · 0$/);
    await page.selectOption('#tol-by', 'evaluations');
    // the narrow race hides its header row (each cell carries its label): attached, not visible
    await page.waitForSelector('table.race thead th:has-text("evaluaciones (f + ∇f) hasta la tolerancia")', {
      state: 'attached',
    });
    const reached = await page.$$eval('table.race tbody td.reached', (tds) => tds.map((t) => t.textContent));
    // BFGS reaches ‖∇f‖ ≤ 1e-3 with more evaluations than steps: each counts its f and its ∇f
    expect(Number(reached[0]?.replace(/\D/g, ''))).toBeGreaterThan(20);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
