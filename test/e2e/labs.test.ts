/**
 * Browser tests of the per-view exports, the domain fields of a typed formula and the narrow
 * layout (the regression lab's are in regression.test.ts, the derivative lab's in derivative.test.ts).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openLab, sharedBrowser } from './browser.js';

const url = inject('labUrl');

/** What the page exposes for tests (see web/src/shell: the shown lab's inspect() data). */
type LabWindow = {
  descensoLab: {
    current(): { domain: number[][] };
  };
};
const browser = sharedBrowser();

/** Six runs on x² + y² over a wide domain: GD at lr 1.5 diverges at step 21 (f ≈ 6·10¹¹), others reach 10⁻⁷⁸. */
const DIVERGING_SURFACE =
  '#fx=x^2%20+%20y^2&dom=-1000000,1000000,-1000000,1000000&it=60&o=sgd:lr=1.5;sgd:lr=1.2,momentum=0.9;adam:lr=0.1;rmsprop:lr=1;adagrad:lr=2;sgd:lr=0.5';

/**
 * The race cells that are cut, run in the page: a cell whose text overflows its box, a word whose
 * letters sit on two lines (wrapping is fine between words and at a hyphen, never inside a word),
 * or a cell outside the table's box.
 */
function cutCells(): { text: string; why: string }[] {
  const cut: { text: string; why: string }[] = [];
  for (const cell of document.querySelectorAll<HTMLElement>('table.race tbody th, table.race td')) {
    const text = cell.textContent?.trim() ?? '';
    if (cell.scrollWidth > cell.clientWidth + 1) cut.push({ text, why: 'overflows' });
    const wrap = (cell.closest('.table-wrap') as HTMLElement).getBoundingClientRect();
    const box = cell.getBoundingClientRect();
    if (box.right > wrap.right + 1 || box.left < wrap.left - 1) cut.push({ text, why: 'outside the table' });
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      for (const m of n.data.matchAll(/[^\s-]+/g)) {
        const r = document.createRange();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        const lines = new Set([...r.getClientRects()].map((q) => Math.round(q.top)));
        if (lines.size > 1) cut.push({ text, why: `“${m[0]}” split across lines` });
      }
    }
  }
  return cut;
}

async function download(page: Page, selector: string) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

/** A PNG's size from its IHDR chunk. */
const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

/** The SVG's size, its <title> and the words of its <text> elements. */
function svgFigure(svg: string) {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  return {
    width: Number(/\swidth="([\d.]+)"/.exec(root)?.[1]),
    height: Number(/\sheight="([\d.]+)"/.exec(root)?.[1]),
    title: /<title>([^<]*)<\/title>/.exec(svg)?.[1],
    texts: [...svg.matchAll(/<text[^>]*>([^<]*)</g)].map((m) => m[1]),
    colourBar: svg.includes('class="colorbar"'),
  };
}

/**
 * Issue 12 point 3: each view's SVG is the core's figure (title, legend, colour bar for a map),
 * and its PNG is that figure at 2× — not the canvas on the page, whose size is the page's.
 */
async function sameFigure(page: Page, id: string, legend: string[], colourBar: boolean) {
  const fig = svgFigure((await download(page, `#${id}-svg`)).bytes.toString('utf8'));
  expect(fig.title, id).toBeTruthy();
  expect(fig.texts, id).toContain(fig.title);
  for (const name of legend) expect(fig.texts, `${id} legend`).toContain(name);
  expect(fig.colourBar, `${id} colour bar`).toBe(colourBar);
  const png = await download(page, `#${id}-png`);
  expect(png.name).toBe(`descenso-${id}.png`);
  expect(pngSize(png.bytes), id).toEqual({
    width: Math.round(2 * fig.width),
    height: Math.round(2 * fig.height),
  });
  return fig;
}

describe('surface lab additions', () => {
  it('the domain fields reject a bad value with a message, then a good one moves the map and the address', async () => {
    const { page, errors } = await openLab(browser(), url, { locale: 'es-ES' });
    await page.selectOption('#surface', '__formula');
    await page.fill('#formula', 'x^2 + y^2');
    await page.waitForSelector('#domain-1');
    await page.fill('#domain-1', 'tres');
    await page.press('#domain-1', 'Enter');
    // a number the field cannot read is refused beside the field (the kit's NumberField, issue 12);
    // bounds in the wrong order are a fault of the domain as a whole, under the four fields
    const fieldBox = page.locator('#domain-1-error');
    await fieldBox.waitFor({ state: 'visible' });
    expect(await fieldBox.textContent()).toBe('x máx: «tres» no es un número');
    expect(await page.getAttribute('#domain-1', 'aria-invalid')).toBe('true');
    const box = page.locator('#domain-error');
    await page.fill('#domain-1', '-4');
    await page.press('#domain-1', 'Enter');
    await box.waitFor({ state: 'visible' });
    expect(await box.textContent()).toBe('x mín debe ser menor que x máx');
    await page.fill('#domain-1', '5');
    await page.press('#domain-1', 'Enter');
    await box.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => location.hash.includes('dom=-3,5,-3,3'));
    const domain = await page.evaluate(() => (window as unknown as LabWindow).descensoLab.current().domain);
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
    expect(await page.inputValue('#domain-0')).toBe('−3');
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

  it('each view exports one figure in two formats: the SVG with title, legend and colour bar, the PNG that figure at 2×', async () => {
    const surface = await openLab(browser(), url, { locale: 'es-ES' });
    const map = await sameFigure(surface.page, 'surface-map', ['GD', 'Momentum', 'Adam', 'inicio'], true);
    expect(map.title).toBe('Picos (peaks de MATLAB)');
    await sameFigure(surface.page, 'surface-values', ['GD', 'Momentum', 'Adam'], false);
    expect(surface.errors).toEqual([]);
    await surface.page.context().close();
    // the regression lab with two parameters: its landscape and mini-batch views are maps
    const { page, errors } = await openLab(browser(), url, {
      hash: '#lab=regression&m=affine',
      lab: 'regression',
      locale: 'es-ES',
    });
    const runs = ['sgd (por lotes)', 'sgd (estocástico)', 'sgd (mini-lotes)'];
    const headings = await page.locator('.regression-lab figure.view h2').allTextContents();
    for (const [id, legend, bar] of [
      ['regression-data', runs, false],
      ['regression-landscape', runs, true],
      ['regression-batch', ['mini-lotes'], true],
      ['regression-loss-epochs', runs, false],
    ] as const) {
      const fig = await sameFigure(page, id, [...legend], bar);
      // the figure's title is the heading the page shows above it
      expect(headings).toContain(fig.title);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // Issue 12 point 6: at 1,440 px the status once read "div… en e… pas…". Measured at three widths
  // in both languages with runs that diverge (scientific values, the longest statuses), in both labs.
  it.each([
    ['surface', DIVERGING_SURFACE, undefined],
    ['regression', '#lab=regression', '3'],
  ] as const)(
    'the %s race table cuts no cell at 360, 768 and 1,440 px, in Spanish and English',
    async (lab, hash, lr) => {
      for (const locale of ['es-ES', 'en-US']) {
        const { page, errors } = await openLab(browser(), url, { hash, lab, locale, width: 1440 });
        if (lr) {
          // an lr of 3 makes every regime of the default fit diverge
          const field = page.locator('.regression-lab .opt-card input.num').first();
          await field.fill(lr);
          await field.press('Enter');
          await page.waitForFunction(() =>
            document.querySelector('.regression-lab table.race td.status')?.textContent?.match(/diverg/),
          );
        }
        await page.keyboard.press('End'); // the last step: every status says how its run ended
        const statuses = (await page.locator('table.race td.status').allTextContents()).join(' | ');
        expect(statuses).toMatch(
          locale === 'es-ES' ? /divergió en (el paso|la época) \d+/ : /diverged at (step|epoch) \d+/,
        );
        for (const width of [360, 768, 1440]) {
          await page.setViewportSize({ width, height: 900 });
          await page.waitForTimeout(100); // one layout after the resize
          const cut = await page.evaluate(cutCells);
          expect({ lab, locale, width, cut }).toEqual({ lab, locale, width, cut: [] });
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        }
        expect(errors).toEqual([]);
        await page.context().close();
      }
    },
  );
});
