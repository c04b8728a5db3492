/**
 * Browser tests of the derivative lab (web/src/derivative): the tutorial's numbers, the chain rule,
 * its exports (the experiment as a `derivative` study, each view as SVG and as the same figure in
 * PNG, the CSVs), import, the Spanish decimal comma, the keyboard and the text alternative.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { addressExperiment, openLab, sharedBrowser } from './browser.js';

const url = inject('labUrl');
const browser = sharedBrowser();

async function download(page: Page, selector: string) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

describe('derivative lab', () => {
  it('sign-step descent ends at the tutorial’s 0.76; the chain rule’s product equals autodiff', async () => {
    const { page, errors } = await openLab(browser(), url, { hash: '#lab=derivative', lab: 'derivative' });
    expect(await page.textContent('#d-sign-final')).toBe('x = 0.76');
    expect(await page.textContent('#d-gd-final')).toContain('x = 0.75');
    // u = 2x² − x − 2, y = 3u + 1 at x = 2: du/dx = 7, dy/du = 3, dy/dx = 21
    expect(await page.textContent('#d-chain-du')).toBe('7');
    expect(await page.textContent('#d-chain-product')).toBe('21');
    expect(await page.textContent('#d-chain-direct')).toBe('21');
    await page.fill('#d-outer', 'sin(u)');
    await page.waitForFunction(() => document.querySelector('#d-chain-dy')?.textContent !== '3');
    expect(await page.textContent('#d-chain-product')).toBe(await page.textContent('#d-chain-direct'));
    await page.fill('#d-inner', '2*x^2 - ');
    const box = page.locator('#d-inner-error');
    await box.waitFor({ state: 'visible' });
    expect(await box.textContent()).toContain('2*x^2 - \n');
    expect(await page.evaluate(() => location.hash)).toContain('u=2*x^2%20-%20');
    expect(await addressExperiment(page)).toMatchObject({ kind: 'derivative', inner: '2*x^2 - ' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // Changed by issue 12: "Experiment JSON" used to save a `descend` experiment of the two descents;
  // it now saves the lab's own study (kind `derivative`), which `descenso run` and Import read back.
  it('Experiment JSON saves the derivative study; imported with x = −1 it shows f′(−1) = −7', async () => {
    const { page, errors } = await openLab(browser(), url, { hash: '#lab=derivative', lab: 'derivative' });
    await page.fill('#d-outer', 'sin(u)');
    await page.waitForFunction(() => document.querySelector('#d-chain-dy')?.textContent !== '3');
    const saved = await download(page, '#d-export-json');
    expect(saved.name).toBe('descenso-experiment.json');
    const json = JSON.parse(saved.bytes.toString('utf8'));
    expect(json).toMatchObject({
      kind: 'derivative',
      formula: '2*x^2 - 3*x + 4',
      x: 2,
      h: 0.5,
      lr: 0.01,
      steps: 250,
      outer: 'sin(u)',
    });
    await page.setInputFiles('#d-import-file', {
      name: 'study.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...json, x: -1 })),
    });
    // the field writes −1 with the minus sign (the kit's NumberField)
    await page.waitForFunction(() => (document.querySelector('#d-x') as HTMLInputElement).value === '−1');
    // f′(−1) = 4·(−1) − 3 = −7
    expect(await page.textContent('#d-exact')).toBe('−7');
    expect(await addressExperiment(page)).toMatchObject({ kind: 'derivative', x: -1, outer: 'sin(u)' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the old export, a descent of x alone, still opens here through Import', async () => {
    const { page, errors } = await openLab(browser(), url, { hash: '#lab=derivative', lab: 'derivative' });
    const old = {
      kind: 'descend',
      version: 1,
      formula: 'x^2 - 1',
      vars: ['x'],
      start: [1.5],
      steps: 40,
      optimizers: [{ name: 'sgd', options: { lr: 0.1 } }],
    };
    await page.setInputFiles('#d-import-file', {
      name: 'old.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(old)),
    });
    await page.waitForFunction(
      () => (document.querySelector('#d-formula') as HTMLInputElement).value === 'x^2 - 1',
    );
    // f = x² − 1: f′(1.5) = 3
    expect(await page.textContent('#d-exact')).toBe('3');
    expect(await page.inputValue('#d-steps')).toBe('40');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the SVG exports are the core’s views of the lab’s run, and each PNG is the same figure at 2×', async () => {
    const { page, errors } = await openLab(browser(), url, { hash: '#lab=derivative', lab: 'derivative' });
    const tangent = (await download(page, '#derivative-tangent-svg')).bytes.toString('utf8');
    expect(tangent).toContain('tangent at x = 2 (slope 5)');
    expect(tangent).toContain('secant, h = 0.5 (slope 6)');
    const descent = (await download(page, '#derivative-descent-svg')).bytes.toString('utf8');
    expect(descent).toContain('data-name="sign step x − α·sign(f′(x))"');
    for (const name of ['derivative-tangent', 'derivative-error', 'derivative-descent']) {
      const svg = (await download(page, `#${name}-svg`)).bytes.toString('utf8');
      const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
      const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
      const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
      const png = await download(page, `#${name}-png`);
      expect(png.name).toBe(`descenso-${name}.png`);
      expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      // the figure with its title and legend, not the canvas on the page
      expect(pngSize(png.bytes)).toEqual({ width: Math.round(2 * width), height: Math.round(2 * height) });
    }
    const csv = await download(page, '#d-export-csv');
    expect(csv.name).toBe('descenso-derivative-errors.csv');
    expect(csv.bytes.toString('utf8').split('\n')[0]).toBe('h,forward_error,central_error');
    const trajectories = (await download(page, '#d-export-descent-csv')).bytes
      .toString('utf8')
      .trim()
      .split('\n');
    // 250 steps: 251 rows per descent, two descents, one header
    expect(trajectories.length).toBe(1 + 2 * 251);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in Spanish: h typed as 0,0001 gives the forward quotient 5,0002, and the text alternative says so', async () => {
    const { page, errors } = await openLab(browser(), url, {
      hash: '#lab=derivative&lang=es',
      lab: 'derivative',
      locale: 'es-ES',
    });
    await page.fill('#d-h', '0,0001');
    await page.press('#d-h', 'Enter');
    await page.waitForFunction(() => document.querySelector('#d-forward')?.textContent?.startsWith('5,0002'));
    expect(await addressExperiment(page)).toMatchObject({ kind: 'derivative', h: 0.0001 });
    expect(await page.textContent('#d-live')).toContain('cociente hacia delante 5,0002');
    expect(await page.getAttribute('.d-curve canvas', 'aria-label')).toContain('pendiente 5');
    // a text that is not a number is refused beside the field, and the study keeps its h
    await page.fill('#d-h', '0,0,1');
    await page.press('#d-h', 'Enter');
    expect(await page.getAttribute('#d-h', 'aria-invalid')).toBe('true');
    expect(await page.textContent('#d-h-error')).toContain('no es un número');
    expect(await addressExperiment(page)).toMatchObject({ h: 0.0001 });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('every control is reached with Tab, and the x slider moves with the arrow keys', async () => {
    const { page, errors } = await openLab(browser(), url, { hash: '#lab=derivative', lab: 'derivative' });
    await page.focus('#d-catalog');
    const reached: string[] = [];
    for (let i = 0; i < 40; i++) {
      reached.push(
        await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ''),
      );
      await page.keyboard.press('Tab');
    }
    for (const id of [
      'd-formula',
      'd-x-range',
      'd-x',
      'd-h',
      'd-lr',
      'd-steps',
      'd-inner',
      'd-outer',
      'd-export-json',
    ])
      expect(reached).toContain(id);
    for (const id of ['derivative-tangent-png', 'derivative-error-svg', 'd-export-csv'])
      expect(reached).toContain(id);
    const before = await page.textContent('#d-exact');
    await page.focus('#d-x-range');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((b) => document.querySelector('#d-exact')?.textContent !== b, before);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
