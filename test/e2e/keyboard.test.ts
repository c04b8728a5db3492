/**
 * Issue 12 point 8, keyboard and screen readers: Tab reaches every control of the surface lab once,
 * in reading order, each with a visible focus ring; the transport, a slider, the optimizer editor,
 * the timeline and the export menu work from the keyboard alone; and the canvases' text alternative
 * (a live region) says the step, each run's value and how it ended — while the animation plays,
 * every 1.5 s rather than every frame.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openLab, sharedBrowser, waitForAddress } from './browser.js';

const url = inject('labUrl');
const browser = sharedBrowser();

/** Marks every visible, enabled control the Tab key should reach with its index (run in the page). */
function markFocusable(): number {
  const controls = [
    ...document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [tabindex]'),
  ].filter((e) => e.checkVisibility() && !(e as HTMLButtonElement).disabled && e.tabIndex >= 0);
  controls.forEach((e, i) => {
    e.dataset.tabIndex = String(i);
  });
  return controls.length;
}

/** Where the focus is: its mark, its region of the page, its place, and whether a ring is drawn. */
function focused() {
  const e = document.activeElement as HTMLElement;
  const r = e.getBoundingClientRect();
  const s = getComputedStyle(e);
  const region = e.closest('header')
    ? 0
    : e.closest('.controls')
      ? 1
      : e.closest('.stage')
        ? 2
        : e.closest('.side')
          ? 3
          : -1;
  return {
    mark: e.dataset.tabIndex ?? null,
    name: e.id || e.getAttribute('aria-label') || e.textContent?.trim() || e.tagName,
    region,
    x: r.x,
    y: r.y + window.scrollY,
    ring: (s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none',
  };
}

const stepShown = async (page: Page) =>
  Number((await page.textContent('.surface-lab .step-label'))?.match(/\d+/)?.[0]);

describe('keyboard and screen readers', () => {
  it('Tab reaches every control of the surface lab once, in reading order, with a visible focus ring', async () => {
    const { page, errors } = await openLab(browser(), url, { width: 1440 });
    // paused, so no control appears or goes while walking
    // (space, with nothing focused: the walk still starts at the top of the page)
    if ((await page.getAttribute('#play', 'aria-label')) === 'Pause') await page.keyboard.press(' ');
    expect(await page.getAttribute('#play', 'aria-label')).toBe('Play');
    const count = await page.evaluate(markFocusable);
    const walk: ReturnType<typeof focused>[] = [];
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('Tab');
      walk.push(await page.evaluate(focused));
    }
    // each control once, none skipped
    expect(new Set(walk.map((f) => f.mark)).size).toBe(count);
    expect(walk.filter((f) => f.mark === null)).toEqual([]);
    expect(walk.filter((f) => !f.ring).map((f) => f.name)).toEqual([]);
    // the header, then the controls column, the map with its transport, the side column
    const regions = walk.map((f) => f.region).filter((r) => r >= 0);
    expect(regions).toEqual([...regions].sort((a, b) => a - b));
    expect(new Set(regions)).toEqual(new Set([0, 1, 2, 3]));
    // within the controls column, top to bottom (controls on one row go left to right)
    const column = walk.filter((f) => f.region === 1);
    const backwards = column.filter((f, i) => i > 0 && f.y < column[i - 1].y - 12).map((f) => f.name);
    expect(backwards).toEqual([]);
    // the transport in the order it is drawn
    const transport = walk
      .map((f) => f.name)
      .filter((n) => ['restart', 'step-back', 'play', 'step-forward'].includes(n));
    expect(transport).toEqual(['restart', 'step-back', 'play', 'step-forward']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the keyboard alone plays, steps, scrubs, moves a slider, edits an optimizer and exports', async () => {
    const { page, errors } = await openLab(browser(), url);
    const playing = async () => (await page.getAttribute('#play', 'aria-label')) === 'Pause';
    // the play button takes Enter like any button; space anywhere outside a field plays and pauses
    await page.focus('#play');
    if (await playing()) await page.keyboard.press('Enter');
    expect(await playing()).toBe(false);
    await page.keyboard.press('Enter');
    expect(await playing()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await playing()).toBe(false);
    // the timeline: Home to the start, arrows one step, End to the last
    await page.focus('#timeline');
    await page.keyboard.press('Home');
    expect(await stepShown(page)).toBe(0);
    await page.keyboard.press('ArrowRight');
    expect(await stepShown(page)).toBe(1);
    await page.keyboard.press('End');
    expect(await stepShown(page)).toBe(200);
    // the first optimizer's lr slider: an arrow moves it, and the address follows
    const lr = page.getByRole('slider', { name: 'GD: lr' });
    await lr.focus();
    await page.keyboard.press('ArrowRight');
    const e = await waitForAddress(
      page,
      (a) => a.optimizers[0].options?.lr !== undefined && a.optimizers[0].options.lr !== 0.03,
    );
    expect(e.optimizers).toBeDefined();
    // the optimizer editor: the convention by Enter, the optimizer by the arrow keys of its select
    await page.locator('.opt-card').first().locator('[data-convention="keras"]').focus();
    await page.keyboard.press('Enter');
    await waitForAddress(page, (a) => a.optimizers[0].convention === 'keras');
    const name = page.locator('.opt-card').first().locator('select').first();
    const before = await name.inputValue();
    await name.focus();
    await page.keyboard.press('ArrowDown');
    await waitForAddress(page, (a) => a.optimizers[0].name !== before);
    // add an optimizer, then export the map as SVG, both by Enter
    await page.focus('#add-optimizer');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.opt-card').length === 4);
    await page.focus('#surface-map-svg');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(readFileSync(await download.path(), 'utf8')).toContain('<svg');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the map’s text alternative says the step and each run while playing, every 1.5 s, and how each ended', async () => {
    const { page, errors } = await openLab(browser(), url);
    const text = () => page.textContent('#surface-describe');
    expect(await page.getAttribute('#surface-describe', 'aria-live')).toBe('polite');
    await page.focus('#timeline');
    await page.keyboard.press('Home');
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.press(' ');
    expect(await page.getAttribute('#play', 'aria-label')).toBe('Pause');
    // mid-animation it speaks: a step between the first and the last, each run's place and value
    await page.waitForFunction(() =>
      /Step [1-9]\d* of 200/.test(document.querySelector('#surface-describe')?.textContent ?? ''),
    );
    const first = (await text()) ?? '';
    for (const name of ['GD', 'Momentum', 'Adam'])
      expect(first).toMatch(new RegExp(`${name}: at \\(.+?\\), f = `));
    // not every frame: over a second, the frames move on while the words change at most once
    const heard = new Set<string>();
    const steps = new Set<number>();
    for (let i = 0; i < 10; i++) {
      heard.add((await text()) ?? '');
      steps.add(await stepShown(page));
      await page.waitForTimeout(100);
    }
    expect(steps.size).toBeGreaterThan(2);
    expect(heard.size).toBeLessThanOrEqual(2);
    // and it goes on speaking while playing
    await page.waitForFunction((t) => document.querySelector('#surface-describe')?.textContent !== t, first);
    // paused at the end: every run says how it ended
    if ((await page.getAttribute('#play', 'aria-label')) === 'Pause') await page.click('#play');
    await page.focus('#timeline');
    await page.keyboard.press('End');
    await page.waitForFunction(() =>
      document.querySelector('#surface-describe')?.textContent?.startsWith('Step 200 of 200.'),
    );
    expect(((await text()) ?? '').match(/: ran all steps\./g)).toHaveLength(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the regression lab’s text alternative speaks mid-animation too: the epoch, each run’s loss and status', async () => {
    const { page, errors } = await openLab(browser(), url, { hash: '#lab=regression', lab: 'regression' });
    await page.click('#r-restart');
    if ((await page.getAttribute('#r-play', 'aria-label')) === 'Play') await page.click('#r-play');
    await page.waitForFunction(() =>
      /^Epoch [1-9]/.test(document.querySelector('#r-describe')?.textContent ?? ''),
    );
    const said = (await page.textContent('#r-describe')) ?? '';
    expect(said).toMatch(/sgd \(batch\): loss [\d.]+, w = [-−\d.]+, ran every epoch\./);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
