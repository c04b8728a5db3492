/**
 * Issue 16 §4, embedding: `#…&embed=1` in an <iframe> of a host page shows the lab's Figure alone
 * (no header, tabs, notices bar, settings or side column), filling the frame at any size and
 * redrawing its canvases when the frame changes size, in the address's language, driven by its
 * transport and the keyboard; the header's "Embed" dialog gives an iframe whose address opens the
 * same experiment; a faulty address is said in one line inside the embed, over a working figure.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { defaultExperiment, defaultFit, experimentToAddress } from '../../src/experiment/index.js';
import { openLab, sharedBrowser } from './browser.js';

const url = inject('labUrl');
const browser = sharedBrowser();

interface Embedded {
  page: Page;
  frame: Frame;
  errors: string[];
}

/** A host page (a course page) holding the lab at `hash` in a `width`×`height` iframe. */
async function embedded(b: Browser, src: string, width: number, height: number): Promise<Embedded> {
  const context = await b.newContext({ viewport: { width: 1400, height: 1100 }, locale: 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setContent(
    `<!doctype html><h1>Course</h1><iframe id="embed" src="${src.replace(/"/g, '&quot;')}" width="${width}" height="${height}" style="border:0"></iframe>`,
  );
  const frame = await (await page.waitForSelector('#embed')).contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  await frame.waitForSelector('.figure-frame[data-ready="true"]');
  return { page, frame, errors };
}

type Inspect = { name: string; experiment: Record<string, unknown>; step?: number; epoch?: number };

function inspect(frame: Frame): Promise<Inspect> {
  return frame.evaluate(() =>
    (window as unknown as { descensoLab: { current(): Inspect } }).descensoLab.current(),
  );
}

/** The parts of the whole lab that an embed must not show. */
async function wholeLabParts(frame: Frame): Promise<number> {
  return frame.evaluate(
    () => document.querySelectorAll('header, .tabs, .notices, .controls, .side, #lang, #code, #embed').length,
  );
}

/** The box of a selector in the frame's own coordinates. */
async function box(frame: Frame, selector: string) {
  await frame.waitForSelector(selector);
  return frame.$eval(selector, (e) => {
    const r = e.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
}

/** Resizes the host page's iframe. */
async function resize(page: Page, width: number, height: number): Promise<void> {
  await page.evaluate(
    ([w, h]) => {
      const f = document.getElementById('embed') as HTMLIFrameElement;
      f.width = String(w);
      f.height = String(h);
    },
    [width, height],
  );
}

const surfaceHash = (lang: 'es' | 'en') =>
  experimentToAddress({ ...defaultExperiment, surface: 'himmelblau', view: { lang } });

describe('embed', () => {
  it('the surface embed shows only the map and its transport, fills the frame at two sizes and redraws at each', async () => {
    const { page, frame, errors } = await embedded(browser(), `${url}${surfaceHash('en')}&embed=1`, 560, 620);
    expect(await wholeLabParts(frame)).toBe(0);
    expect(await frame.$$eval('#play, #timeline, #speed', (els) => els.length)).toBe(3);
    for (const [w, h] of [
      [560, 620],
      [320, 220],
    ]) {
      if (w !== 560) await resize(page, w, h);
      await frame.waitForFunction(
        ([ww, hh]) => window.innerWidth === ww && window.innerHeight === hh,
        [w, h],
      );
      // the figure fills the frame (less the embed's few pixels of padding)
      const fig = await box(frame, '.figure-frame');
      expect(fig.width).toBeGreaterThan(w - 20);
      expect(fig.height).toBeGreaterThan(h - 20);
      expect(fig.x + fig.width).toBeLessThanOrEqual(w);
      expect(fig.y + fig.height).toBeLessThanOrEqual(h);
      // the map is the largest square of the figure's area, its canvas drawn at that size
      const area = await box(frame, '.figure-area');
      await frame.waitForFunction(() => {
        const c = document.querySelector<HTMLCanvasElement>('canvas.map-base');
        if (!c) return false;
        const r = c.getBoundingClientRect();
        return Math.abs(c.width - Math.round(r.width * Math.min(2, devicePixelRatio))) <= 1;
      });
      const map = await box(frame, 'canvas.map-base');
      expect(Math.abs(map.width - map.height)).toBeLessThan(1.5);
      expect(Math.abs(map.width - Math.min(area.width, area.height))).toBeLessThan(1.5);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the surface embed speaks the address's language, and play, space and the arrows drive its step", async () => {
    const { page, frame, errors } = await embedded(browser(), `${url}${surfaceHash('es')}&embed=1`, 560, 620);
    expect(await frame.getAttribute('html', 'lang')).toBe('es');
    expect((await frame.textContent('.embed-open'))?.trim()).toBe('abrir en descenso ↗');
    expect(await frame.getAttribute('.embed-open', 'target')).toBe('_blank');
    // the link opens the same experiment in the whole lab: the frame's address without the mark
    const href = await frame.getAttribute('.embed-open', 'href');
    expect(href).toBe(`/${(await frame.evaluate(() => location.hash)).replace('&embed=1', '')}`);
    // the runs play at once; pause, go back to the start, play: the step moves
    await frame.waitForFunction(
      () => document.querySelector('#play')?.getAttribute('aria-label') === 'Pausa',
    );
    await frame.click('#play');
    await frame.click('#restart');
    expect((await inspect(frame)).step).toBe(0);
    await frame.click('#play');
    await frame.waitForFunction(
      () => Number(document.querySelector('.figure-frame')?.getAttribute('data-step')) > 3,
    );
    // the keyboard, once the frame has the focus: space pauses, → steps one, ← back one
    await frame.click('.figure-legend');
    await page.keyboard.press(' ');
    await frame.waitForFunction(
      () => document.querySelector('#play')?.getAttribute('aria-label') === 'Reproducir',
    );
    const k = Number(await frame.getAttribute('.figure-frame', 'data-step'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await frame.waitForFunction(
      (kk) => Number(document.querySelector('.figure-frame')?.getAttribute('data-step')) === kk + 1,
      k,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the regression embed shows the data and the loss side by side in a wide frame, one above the other in a tall one', async () => {
    const hash = experimentToAddress({ ...defaultFit, view: { lang: 'en' } });
    const { page, frame, errors } = await embedded(browser(), `${url}${hash}&embed=1`, 880, 440);
    expect(await wholeLabParts(frame)).toBe(0);
    expect(await frame.$$eval('.landscape-plot, .batch-plot, .race', (els) => els.length)).toBe(0);
    expect((await inspect(frame)).name).toBe('regression');
    const wide = [await box(frame, '.data-plot'), await box(frame, '.loss-plot')];
    expect(wide[1].x).toBeGreaterThan(wide[0].x + wide[0].width - 1);
    await resize(page, 400, 640);
    await frame.waitForFunction(() => window.innerWidth === 400);
    await frame.waitForFunction(() => {
      const [d, l] = ['.data-plot', '.loss-plot'].map((s) =>
        document.querySelector(s)!.getBoundingClientRect(),
      );
      return l.y >= d.y + d.height - 1;
    });
    const fig = await box(frame, '.figure-frame');
    expect(fig.height).toBeGreaterThan(620);
    // its transport counts epochs and plays them
    await frame.click('#r-play');
    await frame.click('#r-restart');
    await frame.click('#r-play');
    await frame.waitForFunction(
      () => Number(document.querySelector('.figure-frame')?.getAttribute('data-step')) > 2,
    );
    expect(await frame.textContent('.figure-key')).toContain('sgd');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a faulty address is said in one line inside the embed, over the working default figure', async () => {
    const { page, frame } = await embedded(browser(), `${url}#surface=nope&lang=en&embed=1`, 480, 360);
    const notice = await frame.waitForSelector('.embed-notice');
    expect(await notice.textContent()).toContain('surface=nope');
    const line = await notice.boundingBox();
    expect(line?.height).toBeLessThan(40);
    expect(await wholeLabParts(frame)).toBe(0);
    expect((await inspect(frame)).name).toBe('surface');
    expect(await frame.$('canvas.map-base')).not.toBeNull();
    await page.context().close();
  });

  it('the Embed dialog gives an iframe whose address opens the same experiment, at the size asked', async () => {
    const { page, errors } = await openLab(browser(), url, { hash: surfaceHash('es') });
    await page.click('#embed');
    const dialog = await page.waitForSelector('dialog#embed-dialog[open]');
    expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
    await page.fill('#embed-width', '640');
    await page.press('#embed-width', 'Enter');
    // the 3-D view is a choice of the surface lab's snippet: embed=3d
    await page.check('#embed-3d');
    await page.waitForFunction(() =>
      (document.getElementById('embed-code') as HTMLTextAreaElement).value.includes('&amp;embed=3d"'),
    );
    await page.uncheck('#embed-3d');
    const html = await page.inputValue('#embed-code');
    const m =
      /^<iframe src="([^"]+)" width="640" height="(\d+)" title="descenso: Superficie" loading="lazy" style="border:0"><\/iframe>$/.exec(
        html,
      );
    expect(m, html).not.toBeNull();
    const src = m![1].replace(/&amp;/g, '&');
    expect(src.startsWith(url)).toBe(true);
    expect(src.endsWith('&embed=1')).toBe(true);
    // the preview is the same embed
    expect((await page.getAttribute('#embed-preview', 'src'))?.replace(/&amp;/g, '&')).toBe(src);
    // Copy: the clipboard (granted here) holds the snippet
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    await page.click('#embed-copy');
    await page.waitForSelector('.embed-copy-row [role="status"]:text("Copiado al portapapeles")');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(html);
    // Esc closes it and gives the focus back to the button
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog#embed-dialog', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('embed');
    const here = await page.evaluate(
      () => (window as unknown as { descensoLab: { current(): Inspect } }).descensoLab.current().experiment,
    );
    const there = await embedded(browser(), src, 640, 620);
    expect((await inspect(there.frame)).experiment).toEqual(here);
    expect(there.errors).toEqual([]);
    expect(errors).toEqual([]);
    await there.page.context().close();
    await page.context().close();
  });
});
