/**
 * Browser tests of what the regression lab adds, the per-view exports, the domain fields of a
 * typed formula and the narrow layout (the derivative lab's are in derivative.test.ts).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { addressExperiment, openLab, sharedBrowser, waitForAddress } from './browser.js';

const url = inject('labUrl');

/** What the page exposes for tests (see web/src/main.ts). */
type LabWindow = {
  descensoLab: {
    regression: { work: { result: { runs: { history: unknown[] }[] } } };
    surface: { field: { domain: number[][] } };
  };
};
const browser = sharedBrowser();

async function download(page: Page, selector: string) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

async function regression(page: Page) {
  await page.click('#tab-regression');
  await page.waitForSelector('.regression-lab[data-ready="true"]');
}

describe('regression lab', () => {
  it('opens from an address that names it (#lab=regression), then writes its experiment there', async () => {
    const { page, errors } = await openLab(browser(), url, {
      hash: '#lab=regression&lang=es',
      lab: 'regression',
    });
    expect(await page.isVisible('.regression-lab')).toBe(true);
    expect(await page.getAttribute('#tab-regression', 'aria-pressed')).toBe('true');
    // the lab writes its short link: its default fit is the lab and the language alone
    await page.waitForFunction(() => location.hash === '#lab=regression&lang=es');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('exports each view as PNG and SVG, the training as CSV and the experiment as JSON', async () => {
    const { page, errors } = await openLab(browser(), url);
    await regression(page);
    const svg = await download(page, '#regression-data-svg');
    expect(svg.name).toBe('descenso-regression-data.svg');
    const text = svg.bytes.toString('utf8');
    expect(text.startsWith('<svg') || text.startsWith('<?xml')).toBe(true);
    for (const label of ['sgd (batch)', 'sgd (stochastic)', 'sgd (mini-batch)'])
      expect(text).toContain(label);
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
    const { page, errors } = await openLab(browser(), url);
    await regression(page);
    const card = page.locator('.regression-lab .opt-card');
    await card.locator('select').selectOption('adam');
    await page.waitForSelector('.regression-lab .opt-card [data-convention="keras"]');
    const eps = () => card.locator('.hp', { hasText: 'eps' }).locator('input.num').inputValue();
    expect(Number(await eps())).toBe(1e-8);
    const before = await page.evaluate(() =>
      JSON.stringify(
        (window as unknown as LabWindow).descensoLab.regression.work.result.runs[0].history.at(-1),
      ),
    );
    await card.locator('[data-convention="keras"]').click();
    await waitForAddress(page, (e) => e.optimizers[0].convention === 'keras');
    expect(Number(await eps())).toBe(1e-7);
    expect(await card.locator('[data-convention="keras"]').getAttribute('aria-checked')).toBe('true');
    const e = (await addressExperiment(page)) as { optimizers: { name: string; convention?: string }[] };
    expect(e.optimizers[0]).toMatchObject({ name: 'adam', convention: 'keras' });
    await page.waitForFunction(
      (b) =>
        JSON.stringify(
          (window as unknown as LabWindow).descensoLab.regression.work.result.runs[0].history.at(-1),
        ) !== b,
      before,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('batch, stochastic and mini-batch train side by side; the mini-batch view steps through batches', async () => {
    const { page, errors } = await openLab(browser(), url);
    await regression(page);
    expect(await page.getAttribute('.regression-lab', 'data-runs')).toBe('3');
    await page.waitForFunction(
      () => Number(document.querySelector('.regression-lab')!.getAttribute('data-batch-step')) > 3,
    );
    const label = await page.textContent('#r-batch-label');
    // 100 points in batches of 16: 7 batches an epoch
    expect(label).toMatch(/batch \d of 7/);
    // a step back to epoch 0 shows its first batch
    await page.click('#r-restart');
    expect(await page.getAttribute('.regression-lab', 'data-batch-step')).toBe('0');
    expect(await page.textContent('#r-batch-label')).toMatch(/^epoch 1, batch 1 of 7/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a heavy fit (10⁵ points) shows its progress in the worker and can be cancelled', async () => {
    const { page, errors } = await openLab(browser(), url);
    await regression(page);
    const before = await page.textContent('.regression-lab .step-label');
    await page.fill('#r-points', '100000');
    await page.press('#r-points', 'Enter');
    await page.locator('#r-cancel').waitFor();
    expect(await page.locator('.regression-lab progress').count()).toBe(1);
    // the page answers while the worker trains: the timeline still moves the old result
    await page.click('#r-restart');
    expect(await page.getAttribute('.regression-lab', 'data-epoch')).toBe('0');
    expect(before).not.toBe('');
    await page.click('#r-cancel');
    await page.locator('.notice', { hasText: 'computation cancelled' }).waitFor();
    expect(await page.locator('#r-cancel').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('data from a formula of your own (its error at its place) or from a CSV file (its error named)', async () => {
    const { page, errors } = await openLab(browser(), url, { locale: 'es-ES' });
    await regression(page);
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

  it('the affine model shows the (a, b) loss map', async () => {
    const { page, errors } = await openLab(browser(), url);
    await regression(page);
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

describe('surface lab additions', () => {
  it('the domain fields reject a bad value with a message, then a good one moves the map and the address', async () => {
    const { page, errors } = await openLab(browser(), url, { locale: 'es-ES' });
    await page.selectOption('#surface', '__formula');
    await page.fill('#formula', 'x^2 + y^2');
    await page.waitForSelector('#domain-1');
    await page.fill('#domain-1', 'tres');
    await page.press('#domain-1', 'Enter');
    const box = page.locator('#domain-error');
    await box.waitFor({ state: 'visible' });
    expect(await box.textContent()).toBe('x máx: «tres» no es un número');
    expect(await page.getAttribute('#domain-1', 'aria-invalid')).toBe('true');
    await page.fill('#domain-1', '-4');
    await page.press('#domain-1', 'Enter');
    expect(await box.textContent()).toBe('x mín debe ser menor que x máx');
    await page.fill('#domain-1', '5');
    await page.press('#domain-1', 'Enter');
    await box.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => location.hash.includes('dom=-3,5,-3,3'));
    const domain = await page.evaluate(
      () => (window as unknown as LabWindow).descensoLab.surface.field.domain,
    );
    expect(domain).toEqual([
      [-3, 5],
      [-3, 3],
    ]);
    // the exported experiment carries it, for `descenso run` and Import JSON…
    const json = JSON.parse((await download(page, '#export-json')).bytes.toString('utf8'));
    expect(json.formula).toBe('x^2 + y^2');
    expect(json.domain).toEqual([
      [-3, 5],
      [-3, 3],
    ]);
    // the domain survives a reload
    await page.reload();
    await page.waitForSelector('.surface-lab[data-ready="true"]');
    expect(await page.inputValue('#domain-1')).toBe('5');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a learning rate of −1 is refused with a notice naming it, and the race says the run did not start', async () => {
    const { page, errors } = await openLab(browser(), url);
    // the first optimizer card's lr field holds the default experiment's 0.03
    const lr = page.locator('.opt-card input.num').first();
    expect(await lr.inputValue()).toBe('0.03');
    await lr.fill('-1');
    await lr.press('Enter');
    const notice = page.locator('.notice.error');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('GD could not run: invalid lr for sgd: -1');
    await page.waitForFunction(() =>
      document.querySelector('.race tbody tr')?.textContent?.includes('not run'),
    );
    // the other runs go on
    expect(await page.locator('.race tbody tr').nth(1).textContent()).toContain('ran all steps');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a bad domain in the address is ignored with a notice', async () => {
    const { page } = await openLab(browser(), url, {
      hash: '#x=%7B%22kind%22%3A%22descend%22%2C%22version%22%3A1%2C%22formula%22%3A%22x%5E2%2By%5E2%22%2C%22vars%22%3A%5B%22x%22%2C%22y%22%5D%2C%22steps%22%3A50%2C%22optimizers%22%3A%5B%7B%22name%22%3A%22sgd%22%7D%5D%7D&dom=4,1,0,1&lang=en',
    });
    const notice = page.locator('.notice.error');
    await notice.waitFor();
    // the codec keeps the default domain and says which setting and why
    expect(await notice.textContent()).toContain('“dom=4,1,0,1” cannot be used');
    expect(await notice.textContent()).toContain('the first bound must be below the second');
    expect(await page.inputValue('#domain-0')).toBe('-3');
    await page.context().close();
  });

  it('exports the map and the value chart as SVG', async () => {
    const { page } = await openLab(browser(), url);
    const map = (await download(page, '#surface-map-svg')).bytes.toString('utf8');
    expect(map).toContain('Momentum');
    const chart = await download(page, '#surface-values-svg');
    expect(chart.name).toBe('descenso-surface-values.svg');
    expect(chart.bytes.toString('utf8')).toContain('<polyline');
    await page.context().close();
  });

  it.each([360, 1440])('at %i px the race table fits: nothing scrolls sideways', async (width) => {
    const { page } = await openLab(browser(), url, { width, locale: 'es-ES' });
    const wrap = await page.evaluate(() => {
      const w = document.querySelector('.table-wrap') as HTMLElement;
      return { scroll: w.scrollWidth, client: w.clientWidth, page: document.documentElement.scrollWidth };
    });
    expect(wrap.scroll).toBeLessThanOrEqual(wrap.client);
    expect(wrap.page).toBeLessThanOrEqual(width);
    await page.context().close();
  });
});
