/**
 * Browser tests of issue 10 in the lab: hostile addresses load and say what they ignored (in the
 * page's language), the log-scale box cannot freeze the tab, CSV exports neutralise formulas,
 * uploaded data stays out of the address, and sizes are refused before anything is started.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { addressExperiment, openLab, sharedBrowser, waitForAddress } from './browser.js';

const url = inject('labUrl');
const browser = sharedBrowser();

const x = (e: unknown) => `#x=${encodeURIComponent(typeof e === 'string' ? e : JSON.stringify(e))}`;
const peaks = (optimizers: unknown[]) => ({ kind: 'descend', surface: 'peaks', optimizers });

async function errorNotices(page: Page): Promise<string[]> {
  await page.locator('.notice.error').first().waitFor();
  return page.locator('.notice.error').allTextContents();
}

async function download(page: Page, selector: string) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return readFileSync(await d.path()).toString('utf8');
}

type Lab = 'surface' | 'regression' | 'derivative';

// Each: the address, the lab that opens, and a piece of its notice in English and in Spanish.
const HOSTILE: [string, string, Lab, string, string][] = [
  [
    'optimizer constructor',
    x(peaks([{ name: 'constructor' }])),
    'surface',
    'optimizers[0].name: expected one of sgd',
    'se recibió "constructor"',
  ],
  [
    'optimizers __proto__, toString',
    x(peaks([{ name: '__proto__' }, { name: 'toString' }])),
    'surface',
    'got "__proto__"',
    'se recibió "__proto__"',
  ],
  [
    'surface __proto__',
    x({ kind: 'descend', surface: '__proto__', optimizers: [{ name: 'sgd' }] }),
    'surface',
    "'__proto__'",
    '__proto__',
  ],
  ['colormap constructor', '#cm=constructor', 'surface', 'cm=constructor', 'cm=constructor'],
  ['lab toString', '#lab=toString', 'surface', 'lab=toString', 'lab=toString'],
  ['key __proto__', '#__proto__=1&constructor=2', 'surface', '__proto__=1', '__proto__=1'],
  [
    'model toString',
    x({ kind: 'fit', model: 'toString' }),
    'regression',
    "unknown model 'toString'",
    "'toString'",
  ],
  [
    'data family constructor',
    x({ kind: 'fit', data: { family: 'constructor' } }),
    'regression',
    'got "constructor"',
    'constructor',
  ],
  [
    'init __proto__',
    // as text: in a JavaScript object literal __proto__ would set the prototype, not a key
    x('{"kind":"fit","model":"linear","init":{"__proto__":1}}'),
    'regression',
    'experiment.init.__proto__: expected a parameter name',
    'init.__proto__',
  ],
  [
    'fit optimizer valueOf',
    x({ kind: 'fit', optimizers: [{ name: 'valueOf' }] }),
    'regression',
    'got "valueOf"',
    'se recibió "valueOf"',
  ],
  ['derivative formula toString', '#lab=derivative&fx=toString', 'derivative', 'toString', 'toString'],
  ['bad percent-encoding', '#x=%E0%A4%A', 'surface', 'bad encoding', 'codificación'],
];

describe('hostile addresses', () => {
  it.each(HOSTILE)('%s: the lab loads and shows the error (en and es)', async (_name, hash, lab, en, es) => {
    for (const [locale, text] of [
      ['en-US', en],
      ['es-ES', es],
    ]) {
      const { page, errors } = await openLab(browser(), url, { hash, locale, lab });
      const shown =
        lab === 'derivative'
          ? [await page.locator('.formula-error:visible').first().textContent()]
          : await errorNotices(page);
      expect(shown.join(' | ')).toContain(text);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('a formula of x alone opens in the derivative lab and says why', async () => {
    const hash = x({
      kind: 'descend',
      formula: 'x^2 - 1',
      vars: ['x'],
      start: [1.5],
      optimizers: [{ name: 'sgd' }],
    });
    const { page, errors } = await openLab(browser(), url, { hash, lab: 'derivative', locale: 'es-ES' });
    await page.locator('.notice', { hasText: 'laboratorio de derivadas' }).waitFor();
    expect(await page.inputValue('#d-formula')).toBe('x^2 - 1');
    // the tab's title follows the language too (index.html's is English)
    expect(await page.title()).toBe('laboratorio descenso');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('log scale', () => {
  it('#log=1 loads, with the box ticked (logTicks(0, 1) used to loop forever)', async () => {
    const { page, errors } = await openLab(browser(), url, { hash: '#log=1' });
    expect(await page.isChecked('#log-y')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('one optimizer at lr −1 on a log scale loads and names the refused run', async () => {
    const hash = `${x(peaks([{ name: 'sgd', options: { lr: -1 } }]))}&log=1`;
    const { page, errors } = await openLab(browser(), url, { hash });
    expect((await errorNotices(page)).join()).toContain('invalid lr for sgd: -1');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('CSV exports', () => {
  it("a label =1+1 from the address comes out as '=1+1 in the trajectories CSV", async () => {
    const hash = x({ ...peaks([{ name: 'sgd', options: { lr: 0.03 }, label: '=1+1' }]), steps: 3 });
    const { page, errors } = await openLab(browser(), url, { hash });
    const csv = (await download(page, '#export-csv')).trim().split('\n');
    expect(csv[1].startsWith("'=1+1,")).toBe(true);
    expect(csv.slice(1).every((row) => !row.startsWith('='))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('regression lab sizes', () => {
  async function regressionCsv(page: Page, name: string, text: string | Buffer) {
    await page.selectOption('#r-family', 'csv');
    await page.setInputFiles('#r-csv', { name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  }

  it('a one-row CSV fits (it used to be called empty)', async () => {
    const { page, errors } = await openLab(browser(), url, { hash: '#lab=regression', lab: 'regression' });
    await regressionCsv(page, 'uno.csv', 'x,y\n2,5\n');
    await page.locator('.notice', { hasText: 'uno.csv: 1 points read' }).waitFor();
    await waitForAddress(page, (e) => e.data.x?.join() === '2' && e.data.y?.join() === '5');
    await page.waitForSelector('.regression-lab[data-ready="true"][data-runs="3"]');
    expect(await page.isHidden('#r-csv-error')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a 5,000-row CSV stays out of the address (data=file), is back after a reload, and a shared link says it is missing', async () => {
    const { page, errors } = await openLab(browser(), url, { hash: '#lab=regression', lab: 'regression' });
    const rows = Array.from({ length: 5000 }, (_v, i) => `${i / 100},${(3 * i) / 100 + 1}`).join('\n');
    await regressionCsv(page, 'big.csv', `x,y\n${rows}\n`);
    await page.locator('.notice', { hasText: 'is not part of the address' }).waitFor();
    await page.waitForFunction(() => location.hash.includes('data=file'));
    const hash = await page.evaluate(() => location.hash);
    expect(hash.length).toBeLessThan(2000);
    expect(await addressExperiment(page)).toMatchObject({ kind: 'fit', data: {} });
    await page.reload();
    await page.waitForSelector('.regression-lab[data-ready="true"]');
    const points = await page.evaluate(
      () =>
        (
          window as unknown as {
            descensoLab: { current(): { experiment: { data: { x?: number[] } } } };
          }
        ).descensoLab.current().experiment.data.x?.length,
    );
    expect(points).toBe(5000);
    expect(errors).toEqual([]);
    await page.context().close();
    // a new browser context is another person: no session, no data
    const shared = await openLab(browser(), url, {
      hash: hash.replace('lang=en', 'lang=es'),
      lab: 'regression',
    });
    expect((await errorNotices(shared.page)).join()).toContain('vuelva a cargar el CSV');
    await shared.page.context().close();
  });

  it('a CSV over the size limit is refused with the limit before it is read, in Spanish', async () => {
    const { page, errors } = await openLab(browser(), url, {
      hash: '#lab=regression&lang=es',
      lab: 'regression',
    });
    await page.selectOption('#r-family', 'csv');
    // A 49 MB file made in the page (sending it through the driver would take longer than the test)
    await page.evaluate(() => {
      const input = document.querySelector('#r-csv') as HTMLInputElement;
      const t = new DataTransfer();
      t.items.add(
        new File([new Uint8Array(49 * 1024 * 1024).fill(0x31)], 'enorme.csv', { type: 'text/csv' }),
      );
      input.files = t.files;
      input.dispatchEvent(new Event('change'));
    });
    const box = page.locator('#r-csv-error');
    await box.waitFor({ state: 'visible' });
    expect(await box.textContent()).toMatch(
      /^enorme\.csv: el archivo es demasiado grande .*como máximo 48 MB/,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a fit past the size limit is refused in the page language and the default fit opens', async () => {
    const hash = `${x({ kind: 'fit', data: { family: 'linear', points: 1_000_000 }, epochs: 100_000 })}&lang=es`;
    const { page, errors } = await openLab(browser(), url, { hash, lab: 'regression' });
    expect((await errorNotices(page)).join()).toContain(
      'este ajuste es demasiado grande para el laboratorio',
    );
    await page.waitForSelector('.regression-lab[data-ready="true"][data-runs="3"]');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
