/**
 * Browser tests of the optimizer card's learning-rate schedule and clipping: an address with a
 * schedule shows it as text (not NaN), a typo in it is named beside the field and changes
 * nothing, and clipping turned on reaches the address.
 */
import { describe, expect, inject, it } from 'vitest';
import { type DescendExperiment, experimentToAddress } from '../../src/experiment/index.js';
import { openLab, sharedBrowser, waitForAddress } from './browser.js';

const url = inject('labUrl');
const browser = sharedBrowser();

const SCHEDULED: DescendExperiment = {
  version: 2,
  kind: 'descend',
  surface: 'peaks',
  steps: 40,
  optimizers: [{ name: 'sgd', options: { lr: { kind: 'exponential', lr: 0.1, gamma: 0.9 }, clipNorm: 2 } }],
};

describe('the optimizer card in the browser', () => {
  it('an address whose lr is a schedule shows the schedule as text, not NaN', async () => {
    const { page, errors } = await openLab(browser(), url, { hash: experimentToAddress(SCHEDULED) });
    const card = page.locator('.opt-card').first();
    expect(await card.locator('textarea.schedule').inputValue()).toBe('exponential:lr=0.1, gamma=0.9');
    const numbers = await card
      .locator('input.num')
      .evaluateAll((es) => es.map((e) => (e as HTMLInputElement).value));
    expect(numbers).not.toContain('NaN');
    expect(await card.locator('[data-lr-mode="schedule"]').getAttribute('aria-checked')).toBe('true');
    // the clipping of the address is on, its field holds the value; clipValue stays off
    expect(await card.locator('[data-clip="clipNorm"]').isChecked()).toBe(true);
    expect(await card.locator('[data-clip="clipValue"]').isChecked()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a typo in the schedule is named beside the field in Spanish and the address keeps the last good one', async () => {
    const { page } = await openLab(browser(), url, { hash: experimentToAddress(SCHEDULED), locale: 'es-ES' });
    const field = page.locator('.opt-card textarea.schedule').first();
    await field.fill('exponential:lr=0.1,gama=0.5');
    await field.press('Enter');
    const fault = page.locator('.hp-schedule .formula-error').first();
    await fault.waitFor();
    expect(await fault.textContent()).toContain('gama');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await field.fill('cosine:lr=0.05,T=30');
    await field.press('Enter');
    const e = await waitForAddress(page, (x) => x.optimizers[0].options.lr.kind === 'cosine');
    expect((e.optimizers as { options: unknown }[])[0].options).toEqual({
      lr: { kind: 'cosine', lr: 0.05, T: 30 },
      clipNorm: 2,
    });
    expect(await fault.isHidden()).toBe(true);
    await page.context().close();
  });

  it('switching to a constant rate and ticking clipValue reach the address', async () => {
    const { page } = await openLab(browser(), url, { hash: experimentToAddress(SCHEDULED) });
    await page.click('.opt-card [data-lr-mode="constant"]');
    await page.locator('.opt-card [data-clip="clipValue"]').first().check();
    const e = await waitForAddress(page, (x) => x.optimizers[0].options.clipValue === 1);
    expect((e.optimizers as { options: unknown }[])[0].options).toEqual({
      lr: 0.1,
      clipNorm: 2,
      clipValue: 1,
    });
    expect(await page.locator('.opt-card textarea.schedule').count()).toBe(0);
    await page.context().close();
  });
});
