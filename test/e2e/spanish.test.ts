/**
 * Issue 12 point 6, "Spanish all the way": every lab and panel opened in Spanish, and no English
 * word left in what a reader sees or hears (visible text, option labels, aria labels, tooltips,
 * placeholders, the page title); and the decimal comma read by the number fields of every lab.
 * "English" is a word the English messages use and the Spanish ones do not: the lab's own
 * dictionaries (src/i18n/{en,es}) say which, so a new message is covered without a list to keep.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openLab, sharedBrowser, waitForAddress } from './browser.js';

const url = inject('labUrl');
const browser = sharedBrowser();

const I18N = join(import.meta.dirname, '..', '..', 'src', 'i18n');

/** The words (3 letters or more, lower case) of the string literals of one language's messages. */
function messageWords(lang: 'en' | 'es'): Set<string> {
  const words = new Set<string>();
  for (const file of readdirSync(join(I18N, lang))) {
    const source = readFileSync(join(I18N, lang, file), 'utf8');
    for (const m of source.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`|"((?:[^"\\\n]|\\.)*)"/g)) {
      const text = (m[1] ?? m[2] ?? m[3]).replace(/\$\{[^}]*\}/g, ' ');
      if (/^[a-z0-9-]+$/.test(text)) continue; // a message key, not a message
      for (const w of text.match(/\p{L}{3,}/gu) ?? []) words.add(w.toLowerCase());
    }
  }
  return words;
}

const spanish = messageWords('es');
/** English words no Spanish message uses ("lr", "sgd", "PyTorch" are in both and stay allowed). */
const englishOnly = new Set([...messageWords('en')].filter((w) => !spanish.has(w)));
// the language menu names English in English, as language menus do
englishOnly.delete('english');

/** Everything a reader of the page meets, run in the page (the exported script's code left aside). */
function readable(): string {
  const out = [document.title, document.body.innerText];
  for (const e of document.querySelectorAll('*')) {
    if (e.closest('#code-text')) continue;
    for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext', 'aria-description']) {
      const v = e.getAttribute(a);
      if (v) out.push(v);
    }
    // options of closed selects and screen-reader-only text are not in innerText
    if (e.tagName === 'OPTION' || e.classList.contains('sr')) out.push(e.textContent ?? '');
  }
  const code = document.querySelector('#code-text') as HTMLElement | null;
  return code ? out.join('\n').replace(code.innerText, '') : out.join('\n');
}

/** The English words (and option keys such as weightDecay) in the page, each with where it was. */
async function english(page: Page, where: string, found: string[]): Promise<void> {
  await page.waitForTimeout(200); // the re-render after the last action
  const text = await page.evaluate(readable);
  for (const w of text.match(/\p{L}{3,}/gu) ?? [])
    if (englishOnly.has(w.toLowerCase())) found.push(`${where}: ${w}`);
  for (const w of text.match(/\b[a-z]+[A-Z]\w*/g) ?? []) found.push(`${where}: ${w}`);
}

describe('Spanish all the way', () => {
  it('the surface lab in Spanish: every optimizer, Keras, a schedule, 3-D, the preset, a bad formula, the code panel', async () => {
    const { page, errors } = await openLab(browser(), url, { hash: '#lang=es' });
    const found: string[] = [];
    expect(await page.title()).toBe('laboratorio descenso');
    await english(page, 'surface', found);
    const card = page.locator('.opt-card').first();
    // every optimizer shows its own options (weightDecay, initialAccumulator, momentumDecay, dampening, centered…)
    for (const name of await card.locator('select').first().locator('option').allTextContents()) {
      await card.locator('select').first().selectOption(name);
      await english(page, `optimizer ${name}`, found);
    }
    // back to a gradient method: the list ends with methods that have no convention or schedule
    await card.locator('select').first().selectOption('adam');
    await card.locator('[data-convention="keras"]').click();
    await english(page, 'Keras', found);
    await card.locator('.seg').nth(1).locator('button').nth(1).click();
    await english(page, 'schedule', found);
    await page.click('#toggle-3d');
    await page.waitForSelector('.view3d canvas');
    await english(page, '3-D', found);
    await page.click('#toggle-3d');
    await page.selectOption('#preset', 'tutorial-000');
    await english(page, 'tutorial 000', found);
    await page.selectOption('#surface', '__formula');
    await page.fill('#formula', 'x^2 +');
    await page.press('#formula', 'Enter');
    await page.waitForSelector('.formula-error:not([hidden])');
    await english(page, 'bad formula', found);
    await page.click('#code');
    await page.waitForSelector('#code-text');
    await english(page, 'code panel', found);
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the regression and derivative labs in Spanish: every family, model and preset', async () => {
    const { page, errors } = await openLab(browser(), url, {
      hash: '#lab=regression&lang=es',
      lab: 'regression',
    });
    const found: string[] = [];
    await english(page, 'regression', found);
    const values = (select: string) =>
      page.locator(`${select} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    for (const family of await values('#r-family')) {
      await page.selectOption('#r-family', family);
      await english(page, `family ${family}`, found);
    }
    await page.selectOption('#r-family', 'linear');
    for (const model of await values('#r-model')) {
      await page.selectOption('#r-model', model);
      await english(page, `model ${model}`, found);
    }
    const presets = await page.locator('[id^="r-preset-"]').evaluateAll((bs) => bs.map((b) => b.id));
    for (const id of presets) {
      await page.click(`#${id}`);
      await page.waitForSelector('.regression-lab[data-ready="true"]');
      await english(page, id, found);
    }
    await page.click('#tab-derivative');
    await page.waitForSelector('.derivative-lab[data-ready="true"]');
    await english(page, 'derivative', found);
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the decimal comma is read in each lab: a start, a domain bound, a tolerance, a noise σ, a tolerance of the fit', async () => {
    const enter = async (page: Page, selector: string, text: string) => {
      await page.fill(selector, text);
      await page.press(selector, 'Enter');
    };
    const { page, errors } = await openLab(browser(), url, { hash: '#lang=es' });
    await enter(page, '#start-0', '0,5');
    await enter(page, '#start-1', '-1,25');
    await waitForAddress(page, (e) => e.start?.[0] === 0.5 && e.start?.[1] === -1.25);
    await enter(page, '#tol', '0,05');
    await waitForAddress(page, (e) => e.view?.tolerance === 0.05);
    await page.selectOption('#surface', '__formula');
    await enter(page, '#formula', 'x^2 + y^2');
    await page.waitForSelector('#domain-1');
    await enter(page, '#domain-1', '2,5');
    await waitForAddress(page, (e) => e.domain?.[0]?.[1] === 2.5);
    expect(await page.inputValue('#domain-1')).toBe('2,5');
    await page.click('#tab-regression');
    await page.waitForSelector('.regression-lab[data-ready="true"]');
    await enter(page, '#r-noise', '1,5');
    await waitForAddress(page, (e) => e.data?.noise === 1.5);
    await enter(page, '#r-tol', '0,001');
    await waitForAddress(page, (e) => e.view?.tolerance === 0.001);
    expect(await page.inputValue('#r-noise')).toBe('1,5');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
