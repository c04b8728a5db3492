/**
 * Browser tests of the Code panel (web/src/code): the header's button opens the shown lab's
 * experiment as a script in four frameworks, follows the experiment as it changes, copies and
 * downloads it, says in the user's language why a derivative study has none, and loads only on
 * demand (the first load carries none of the exporters).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { openLab, sharedBrowser } from './browser.js';

const url = inject('labUrl');
const browser = sharedBrowser();

type LabWindow = { descensoLab: { open(e: unknown): Promise<void> | void } };

describe('code panel', () => {
  it('shows the regression lab experiment in four tabs, follows a new experiment, and downloads the script', async () => {
    const { page, errors } = await openLab(browser(), url, { hash: '#lab=regression', lab: 'regression' });
    // What the first load fetched: none of it holds an exporter (they load with the panel).
    const first = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .filter((n) => n.endsWith('.js')),
    );
    for (const src of first) {
      const text = await page.evaluate(async (u) => (await fetch(u)).text(), src);
      expect(text.includes('jax_enable_x64')).toBe(false);
    }
    await page.click('#code');
    await page.waitForSelector('#code-text');
    expect(await page.getAttribute('#code-tab-numpy', 'aria-selected')).toBe('true');
    expect(await page.textContent('#code-text')).toContain('def loss_and_grad(theta, x, y):');
    for (const [tab, idiom] of [
      ['jax', 'jax.value_and_grad('],
      ['pytorch', 'backward()'],
      ['tensorflow', 'GradientTape'],
    ] as const) {
      await page.click(`#code-tab-${tab}`);
      await page.waitForFunction(
        (t) => document.querySelector('#code-text')?.getAttribute('data-target') === t,
        tab,
      );
      expect(await page.textContent('#code-text')).toContain(idiom);
    }
    // Always the current experiment: another one opened, the script follows.
    await page.click('#code-tab-numpy');
    await page.evaluate((e) => (window as unknown as LabWindow).descensoLab.open(e), {
      kind: 'fit',
      version: 2,
      data: { family: 'poly', points: 20 },
      model: 'poly:2',
      epochs: 7,
      regimes: ['batch'],
      optimizers: [{ name: 'lion', options: { lr: 0.01 } }],
    });
    await page.waitForFunction(() =>
      document.querySelector('#code-text')?.textContent?.includes('the model poly:2'),
    );
    expect(await page.textContent('#code-text')).toContain('lion_pytorch');
    const [d] = await Promise.all([page.waitForEvent('download'), page.click('#code-download')]);
    expect(d.suggestedFilename()).toBe('descenso-numpy.py');
    expect(readFileSync(await d.path(), 'utf8')).toContain('lion_pytorch');
    await page.click('#code-close');
    expect(await page.isVisible('#code-panel')).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('moves between the targets with the arrow keys without stepping the lab, and selects the script when there is no clipboard', async () => {
    const { page, errors } = await openLab(browser(), url, { hash: '#steps=40', lab: 'surface' });
    await page.evaluate(() =>
      (window as unknown as { descensoLab: { lab(): { playback: { pause(): void } } } }).descensoLab
        .lab()
        .playback.pause(),
    );
    await page.click('#code');
    await page.waitForSelector('#code-text');
    const stepBefore = await page.evaluate(
      () =>
        (window as unknown as { descensoLab: { current(): { step: number } } }).descensoLab.current().step,
    );
    await page.focus('#code-tab-numpy');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.activeElement?.id === 'code-tab-pytorch');
    expect(await page.getAttribute('#code-tab-pytorch', 'aria-selected')).toBe('true');
    expect(await page.getAttribute('#code-text', 'data-target')).toBe('pytorch');
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('code-tab-jax');
    const stepAfter = await page.evaluate(
      () =>
        (window as unknown as { descensoLab: { current(): { step: number } } }).descensoLab.current().step,
    );
    expect(stepAfter).toBe(stepBefore);
    // a page without a clipboard (not a secure context, a denied permission): the script is selected
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });
    await page.click('#code-copy');
    await page.waitForFunction(
      () => document.querySelector('#code-copy')?.textContent === 'Selected: press Ctrl+C',
    );
    expect(await page.evaluate(() => window.getSelection()?.toString().includes('jax.value_and_grad('))).toBe(
      true,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in the derivative lab, in Spanish, says why there is no script', async () => {
    const { page, errors } = await openLab(browser(), url, {
      hash: '#lab=derivative&lang=es',
      lab: 'derivative',
    });
    expect(await page.textContent('#code')).toBe('Código');
    await page.click('#code');
    await page.waitForSelector('.code-error');
    expect(await page.textContent('.code-error')).toMatch(/^un estudio de derivada no tiene guion/);
    expect(await page.isDisabled('#code-download')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
