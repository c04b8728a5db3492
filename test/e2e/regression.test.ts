/**
 * Browser tests of the regression lab (issue 12): the address, exports (the core's fit views as SVG
 * and the same figure as PNG, the training CSV, the experiment JSON), the optimizers raced, the
 * regimes and the mini-batch view, a heavy fit in the worker, data of one's own, controls that
 * follow the family and the model, the tutorial presets in float32, Spanish numbers, the text
 * alternative. The page's internals are read through `descensoLab.current()` (the lab's inspect()).
 * Moved here from labs.test.ts; changed from there: the runs come from current().work rather than
 * descensoLab.regression.work, and the convention test reads the kit editor's option in words.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { addressExperiment, openLab, sharedBrowser, waitForAddress } from './browser.js';

const url = inject('labUrl');
const browser = sharedBrowser();

type Run = {
  history: { epoch: number; loss: number; params?: Record<string, number> }[];
  params: Record<string, number>;
};
type Inspect = { work: { result: { runs: Run[] } } | null; experiment: Record<string, unknown> };

/** The lab's inspect() data. */
function current(page: Page): Promise<Inspect> {
  return page.evaluate(
    () => (window as unknown as { descensoLab: { current(): unknown } }).descensoLab.current() as Inspect,
  );
}

async function download(page: Page, selector: string) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

const open = (hash = '#lab=regression', locale = 'en-US') =>
  openLab(browser(), url, { hash, lab: 'regression', locale });

/** Waits for the computation that follows an edit (the number of runs, then ready). */
async function settled(page: Page, runs: number) {
  await page.waitForSelector(`.regression-lab[data-ready="true"][data-runs="${runs}"]`);
}

describe('regression lab', () => {
  it('opens from an address that names it (#lab=regression), then writes its experiment there', async () => {
    const { page, errors } = await open('#lab=regression&lang=es');
    expect(await page.getAttribute('#tab-regression', 'aria-pressed')).toBe('true');
    // its default fit is the lab and the language alone
    await page.waitForFunction(() => location.hash === '#lab=regression&lang=es');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('exports each view as SVG (the core fit view) and PNG (that figure), the training CSV and the JSON', async () => {
    const { page, errors } = await open();
    const svg = await download(page, '#regression-data-svg');
    expect(svg.name).toBe('descenso-regression-data.svg');
    const text = svg.bytes.toString('utf8');
    expect(text.startsWith('<svg') || text.startsWith('<?xml')).toBe(true);
    for (const label of ['sgd (batch)', 'sgd (stochastic)', 'sgd (mini-batch)'])
      expect(text).toContain(label);
    expect(text).toContain('Data and the fitted line');
    for (const id of [
      'regression-data',
      'regression-landscape',
      'regression-batch',
      'regression-loss-epochs',
    ]) {
      const png = await download(page, `#${id}-png`);
      expect(png.name).toBe(`descenso-${id}.png`);
      expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      expect(png.bytes.length).toBeGreaterThan(2000);
    }
    const land = (await download(page, '#regression-landscape-svg')).bytes.toString('utf8');
    expect(land).toContain('<polyline');
    const csv = (await download(page, '#r-export-csv')).bytes.toString('utf8').trim().split('\n');
    expect(csv[0]).toBe('run,regime,epoch,loss,w');
    // 60 epochs and the start, for each of the three regimes
    expect(csv.length).toBe(1 + 3 * 61);
    const json = JSON.parse((await download(page, '#r-export-json')).bytes.toString('utf8'));
    const { view, ...fromAddress } = await addressExperiment(page);
    expect(view).toEqual({ lang: 'en' });
    expect(json).toEqual(fromAddress);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the convention toggle switches the optimizer to Keras: its defaults, the address, a new run', async () => {
    const { page, errors } = await open();
    const card = page.locator('.regression-lab .opt-card');
    await card.locator('select').first().selectOption('adam');
    await page.waitForSelector('.regression-lab .opt-card [data-convention="keras"]');
    const before = JSON.stringify((await current(page)).work?.result.runs[0].history.at(-1));
    await card.locator('[data-convention="keras"]').click();
    await waitForAddress(page, (e) => e.optimizers[0].convention === 'keras');
    expect(await card.locator('[data-convention="keras"]').getAttribute('aria-checked')).toBe('true');
    const e = (await addressExperiment(page)) as { optimizers: { name: string; convention?: string }[] };
    expect(e.optimizers[0]).toMatchObject({ name: 'adam', convention: 'keras' });
    await page.waitForFunction(
      (b) =>
        JSON.stringify(
          (window as unknown as { descensoLab: { current(): Inspect } }).descensoLab
            .current()
            .work?.result.runs[0].history.at(-1),
        ) !== b,
      before,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('batch, stochastic and mini-batch train side by side; the mini-batch view steps through batches', async () => {
    const { page, errors } = await open();
    expect(await page.getAttribute('.regression-lab', 'data-runs')).toBe('3');
    await page.waitForFunction(
      () => Number(document.querySelector('.regression-lab')?.getAttribute('data-batch-step')) > 3,
    );
    // 100 points in batches of 16: 7 batches an epoch
    expect(await page.textContent('#r-batch-label')).toMatch(/batch \d of 7/);
    await page.click('#r-restart');
    expect(await page.getAttribute('.regression-lab', 'data-batch-step')).toBe('0');
    expect(await page.textContent('#r-batch-label')).toMatch(/^epoch 1, batch 1 of 7/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('several optimizers race: each its runs, its card, its rows, the epochs to tolerance', async () => {
    const { page, errors } = await open();
    await page.click('#r-add-optimizer');
    await settled(page, 6);
    expect(await page.locator('.regression-lab table.race tbody tr').count()).toBe(6);
    await waitForAddress(page, (e) => e.optimizers.length === 2 && e.optimizers[1].name === 'adam');
    // the second card is the one open; its name can be changed
    await page.locator('.regression-lab .opt-card select').first().selectOption('rmsprop');
    await waitForAddress(page, (e) => e.optimizers[1].name === 'rmsprop');
    await settled(page, 6);
    const labels = await page.locator('.regression-lab table.race tbody th').allTextContents();
    expect(labels.filter((l) => l.includes('rmsprop'))).toHaveLength(3);
    // a tolerance of 1 (loss change ≤ max(1, |loss|)) is met at the first epoch by the batch runs
    await page.fill('#r-tol', '1');
    await page.press('#r-tol', 'Enter');
    await waitForAddress(page, (e) => e.view?.tolerance === 1);
    const settledCells = await page.locator('.regression-lab table.race td.settled').allTextContents();
    expect(settledCells[0]).toBe('1');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a heavy fit (10⁵ points) shows its progress in the worker and can be cancelled', async () => {
    const { page, errors } = await open();
    await page.fill('#r-points', '100000');
    await page.press('#r-points', 'Enter');
    await page.locator('#r-cancel').waitFor();
    expect(await page.locator('.regression-lab progress').count()).toBe(1);
    // the page answers while the worker trains: the timeline still moves the old result
    await page.click('#r-restart');
    expect(await page.getAttribute('.regression-lab', 'data-epoch')).toBe('0');
    await page.click('#r-cancel');
    await page.locator('.notice', { hasText: 'computation cancelled' }).waitFor();
    expect(await page.locator('#r-cancel').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('data from a formula of your own (its error at its place) or from a CSV file (its error named)', async () => {
    const { page, errors } = await open('#lab=regression', 'es-ES');
    await page.selectOption('#r-family', 'formula');
    await page.fill('#r-formula', 'sin(x) + ');
    const box = page.locator('#r-formula-error');
    await box.waitFor({ state: 'visible' });
    expect(await box.textContent()).toContain('sin(x) + \n');
    await page.fill('#r-formula', '3*x - 1');
    await box.waitFor({ state: 'hidden' });
    await waitForAddress(page, (e) => e.data.formula === '3*x - 1');
    await page.selectOption('#r-family', 'csv');
    await page.setInputFiles('#r-csv', {
      name: 'puntos.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('x;y\n0;1\n1;3,1\n2;4,9\n3;7,2\n'),
    });
    await page.locator('.notice', { hasText: 'puntos.csv: 4 puntos leídos' }).waitFor();
    await waitForAddress(page, (e) => e.data.y?.join() === '1,3.1,4.9,7.2');
    await page.setInputFiles('#r-csv', {
      name: 'malo.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('x,y\n1,2\n2,dos\n'),
    });
    const csvError = page.locator('#r-csv-error');
    await csvError.waitFor({ state: 'visible' });
    expect(await csvError.textContent()).toMatch(/^malo\.csv: .*3/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the data controls follow the family: slope for a line, amplitude/frequency/phase for sine, coefficients for poly', async () => {
    const { page, errors } = await open();
    const shown = async () =>
      page.$$eval('.regression-lab .controls input[id^="r-"]', (xs) => xs.map((x) => x.id));
    expect(await shown()).toEqual(
      expect.arrayContaining(['r-slope', 'r-x0', 'r-x1', 'r-noise', 'r-mu', 'r-seed']),
    );
    expect(await shown()).not.toContain('r-intercept');
    await page.selectOption('#r-family', 'sine');
    await page.waitForSelector('#r-amplitude');
    expect(await shown()).toEqual(
      expect.arrayContaining(['r-intercept', 'r-amplitude', 'r-frequency', 'r-phase']),
    );
    expect(await shown()).not.toContain('r-slope');
    await page.fill('#r-frequency', '3');
    await page.press('#r-frequency', 'Enter');
    await waitForAddress(page, (e) => e.data.family === 'sine' && e.data.frequency === 3);
    await page.selectOption('#r-family', 'poly');
    await page.fill('#r-coeffs', '1 0 -2');
    await page.press('#r-coeffs', 'Enter');
    await waitForAddress(page, (e) => e.data.coeffs?.join() === '1,0,-2');
    await page.selectOption('#r-family', 'exp');
    await page.waitForSelector('#r-rate');
    expect(await shown()).not.toContain('r-frequency');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('titles and readouts follow the model: a line, a curve, and no initial weights for a network', async () => {
    const { page, errors } = await open();
    const head = page.locator('.regression-lab .stage h2').first();
    expect(await head.textContent()).toBe('Data and the fitted line');
    await page.selectOption('#r-model', 'poly:2');
    await waitForAddress(page, (e) => e.model === 'poly:2');
    expect(await head.textContent()).toBe('Data and the fitted curve');
    expect(await page.locator('#r-init-c2').count()).toBe(1);
    await page.selectOption('#r-model', 'mlp:8');
    await waitForAddress(page, (e) => e.model === 'mlp:8');
    expect(await page.locator('[id^="r-init-"]').allTextContents()).toEqual([
      "The network's 25 weights start at random values drawn from the seed.",
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the affine model shows the (a, b) loss map', async () => {
    const { page, errors } = await open();
    await page.selectOption('#r-model', 'affine');
    await waitForAddress(page, (e) => e.model === 'affine');
    await page.waitForSelector('.regression-lab .side .map-wrap canvas.map-base');
    expect(await page.textContent('.regression-lab .side h2')).toContain('(a, b)');
    const svg = (await download(page, '#regression-landscape-svg')).bytes.toString('utf8');
    expect(svg).toContain('>a<');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('regression presets and precision', () => {
  it("the GradientTape preset ends at the tutorial's float32 a and b, its loss 16,83 in the race", async () => {
    const { page, errors } = await open('#lab=regression', 'es-ES');
    await page.click('#r-preset-gradient-tape');
    await waitForAddress(page, (e) => e.model === 'affine' && e.dtype === 'float32' && e.loss === 'sse');
    await settled(page, 1);
    await page.waitForFunction(
      () =>
        (window as unknown as { descensoLab: { current(): Inspect } }).descensoLab.current().work?.result
          .runs[0].history.length === 71,
    );
    const run = (await current(page)).work?.result.runs[0];
    expect(run?.params).toEqual({ a: 0.3490469753742218, b: 0.44294729828834534 });
    // the tutorial prints the loss before each step: epoch 69's is 16.83
    expect(run?.history[69].loss.toFixed(2)).toBe('16.83');
    expect(await page.isChecked('#r-float32')).toBe(true);
    expect(await page.locator('.regression-lab table.race td.final').first().textContent()).toBe('16,829');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the JAX preset in float32 ends at the digits JAX printed; unticking float32 gives NumPy’s float64 ones', async () => {
    const { page, errors } = await open();
    await page.click('#r-preset-jax-regression');
    await waitForAddress(page, (e) => e.epochs === 401 && e.dtype === 'float32');
    const w = async () => {
      await page.waitForFunction(
        () =>
          (window as unknown as { descensoLab: { current(): Inspect } }).descensoLab.current().work?.result
            .runs[0].history.length === 402,
      );
      return (await current(page)).work?.result.runs[0].params.w;
    };
    await page.waitForFunction(
      () => document.querySelector('.regression-lab')?.getAttribute('data-ready') === 'true',
    );
    expect(await w()).toBe(4.962451457977295);
    await page.uncheck('#r-float32');
    await waitForAddress(page, (e) => e.dtype === undefined && e.epochs === 401);
    await page.waitForFunction(
      () =>
        (window as unknown as { descensoLab: { current(): Inspect } }).descensoLab.current().work?.result
          .runs[0].params.w === 4.962451345583043,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('numbers in Spanish take the decimal comma; a bad one is refused beside its field', async () => {
    const { page, errors } = await open('#lab=regression', 'es-ES');
    await page.fill('#r-noise', '0,5');
    await page.press('#r-noise', 'Enter');
    await waitForAddress(page, (e) => e.data.noise === 0.5);
    expect(await page.inputValue('#r-noise')).toBe('0,5');
    await page.fill('#r-noise', 'medio');
    await page.press('#r-noise', 'Enter');
    expect(await page.getAttribute('#r-noise', 'aria-invalid')).toBe('true');
    expect(await page.locator('#r-noise-error').textContent()).not.toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the canvases have a text alternative: the epoch, each run’s loss, parameters and status', async () => {
    const { page, errors } = await open('#lab=regression', 'es-ES');
    await page.click('#r-restart');
    const text = await page.locator('#r-describe').textContent();
    expect(text).toMatch(/^Época 0\. sgd \(por lotes\): pérdida [\d,]+, w = 0, hizo todas las épocas\./);
    // every control of the panel has a name a screen reader says
    const unnamed = await page.$$eval(
      '.regression-lab input, .regression-lab select, .regression-lab button',
      (xs) =>
        xs
          .filter((x) => {
            const id = x.id;
            const byFor = id ? document.querySelector(`label[for="${id}"]`) : null;
            return !(byFor || x.closest('label') || x.getAttribute('aria-label') || x.textContent?.trim());
          })
          .map((x) => x.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
