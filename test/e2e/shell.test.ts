/**
 * Browser tests of the shell (web/src/shell): the address both ways (written as the lab changes,
 * read on hashchange), the language (page title, html lang, the address), notices, import routed
 * to the lab that takes the experiment, window.descensoLab, and the keyboard (skip button, tab
 * order, visible focus). They open the derivative lab by address, so they do not depend on which
 * lab is the default.
 */
import { describe, expect, inject, it } from 'vitest';
import { defaultDerivative, experimentToAddress } from '../../src/experiment/index.js';
import { addressExperiment, openLab, sharedBrowser, waitForAddress } from './browser.js';

const url = inject('labUrl');
const browser = sharedBrowser();

const derivative = (changes: Record<string, unknown>, lang = 'en') =>
  experimentToAddress({ ...defaultDerivative, ...changes, view: { lang } } as typeof defaultDerivative);

type LabWindow = {
  descensoLab: {
    current(): { name: string; experiment: { kind: string; x: number } } | null;
    labs: string[];
    importText(text: string): Promise<void>;
  };
};

describe('shell', () => {
  it('an address in Spanish opens its lab in Spanish: tab pressed, title, html lang, language select', async () => {
    const { page, errors } = await openLab(browser(), url, {
      hash: derivative({ x: 1.5 }, 'es'),
      lab: 'derivative',
    });
    expect(await page.getAttribute('#tab-derivative', 'aria-pressed')).toBe('true');
    expect(await page.title()).toBe('laboratorio descenso');
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.inputValue('#lang')).toBe('es');
    expect(await page.textContent('#tab-derivative')).toBe('Derivada');
    const inspect = await page.evaluate(() => (window as unknown as LabWindow).descensoLab.current());
    expect(inspect).toMatchObject({ name: 'derivative', experiment: { kind: 'derivative', x: 1.5 } });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the address follows the lab without adding history entries, and switching language rewrites it', async () => {
    const { page, errors } = await openLab(browser(), url, {
      hash: derivative({ x: 1.5 }),
      lab: 'derivative',
    });
    const entries = await page.evaluate(() => history.length);
    await page.fill('#d-x', '2.25');
    await page.press('#d-x', 'Enter');
    await waitForAddress(page, (e) => e.x === 2.25);
    await page.selectOption('#lang', 'es');
    await waitForAddress(page, (e) => e.view?.lang === 'es' && e.x === 2.25);
    expect(await page.title()).toBe('laboratorio descenso');
    expect(await page.inputValue('#d-x')).toBe('2,25');
    expect(await page.evaluate(() => history.length)).toBe(entries);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a new address typed in the bar opens; one with a bad optimizer says why in a status notice', async () => {
    const { page, errors } = await openLab(browser(), url, {
      hash: derivative({ x: 1.5 }),
      lab: 'derivative',
    });
    await page.evaluate(
      (h) => {
        location.hash = h;
      },
      derivative({ x: -0.5 }),
    );
    await page.waitForFunction(() => (document.querySelector('#d-x') as HTMLInputElement).value === '−0.5');
    expect(await addressExperiment(page)).toMatchObject({ kind: 'derivative', x: -0.5 });
    await page.evaluate(() => {
      location.hash = `#x=${encodeURIComponent(JSON.stringify({ kind: 'descend', formula: 'x^2', vars: ['x'], optimizers: [{ name: 'toString' }] }))}`;
    });
    const notice = page.locator('.notices[role="status"] .notice.error');
    await notice.first().waitFor();
    expect(await notice.first().textContent()).toContain('toString');
    // an error stays until dismissed
    const texts = await notice.allTextContents();
    await page.click('.notice.error button[aria-label="Dismiss"]');
    await page.waitForFunction(
      (n) => document.querySelectorAll('.notice.error').length === n - 1,
      texts.length,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an imported study opens in the lab that takes it; a broken file is refused in the page language', async () => {
    const { page, errors } = await openLab(browser(), url, {
      hash: derivative({ x: 1.5 }, 'es'),
      lab: 'derivative',
    });
    await page.evaluate(
      (text) => (window as unknown as LabWindow).descensoLab.importText(text),
      JSON.stringify({ ...defaultDerivative, x: 3 }),
    );
    await page.locator('.notice.info', { hasText: 'experimento importado' }).waitFor();
    await waitForAddress(page, (e) => e.kind === 'derivative' && e.x === 3);
    await page.evaluate(() => (window as unknown as LabWindow).descensoLab.importText('{ roto'));
    const refused = page.locator('.notice.error');
    await refused.first().waitFor();
    expect(await refused.first().textContent()).toMatch(/^no se pudo importar el archivo: /);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Tab reaches the skip button first (visible when focused), which moves the focus to the lab; tabs and language follow in order', async () => {
    const { page, errors } = await openLab(browser(), url, { hash: derivative({}), lab: 'derivative' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    const box = await page.locator('button.skip').boundingBox();
    expect(box && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    const order: string[] = [];
    await page.focus('button.skip');
    const labs = await page.evaluate(() => (window as unknown as LabWindow).descensoLab.labs.length);
    // the tabs, the Lessons entry (issue 16), the header's Embed (issue 16) and Code (issue 14) buttons, then the language
    for (let i = 0; i < labs + 4; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(order.slice(-4)).toEqual(['tab-lessons', 'embed', 'code', 'lang']);
    expect(order.slice(0, -3).every((id) => id.startsWith('tab-'))).toBe(true);
    // the focus is drawn: a 2 px outline on the focused control
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineWidth)).toBe(
      '2px',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('space plays and pauses the shown lab, arrows step it, and neither acts while typing in a field', async () => {
    const { page, errors } = await openLab(browser(), url, { hash: '#lab=regression', lab: 'regression' });
    const label = () => page.getAttribute('#r-play', 'aria-label');
    const step = async () =>
      Number((await page.textContent('.regression-lab .step-label'))?.match(/\d+/)?.[0]);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    if ((await label()) === 'Pause') await page.keyboard.press(' ');
    expect(await label()).toBe('Play');
    await page.keyboard.press(' ');
    expect(await label()).toBe('Pause');
    await page.keyboard.press(' ');
    expect(await label()).toBe('Play');
    const k = await step();
    await page.keyboard.press(k > 0 ? 'ArrowLeft' : 'ArrowRight');
    expect(await step()).toBe(k > 0 ? k - 1 : k + 1);
    // typing: the keys belong to the field
    await page.focus('#r-points');
    await page.keyboard.press(' ');
    await page.keyboard.press('ArrowLeft');
    expect(await label()).toBe('Play');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
