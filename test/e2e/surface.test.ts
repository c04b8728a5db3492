import { describe, expect, inject, it } from 'vitest';
import { defaultExperiment } from '../../src/experiment/index.js';
import { addressExperiment, openLab, sharedBrowser, waitForAddress } from './browser.js';

const url = inject('labUrl');
const browser = sharedBrowser();

const step = (page: import('playwright-core').Page) =>
  page.evaluate(() => Number(document.querySelector('.surface-lab')!.getAttribute('data-step')));

describe('surface lab', () => {
  it('loads with no console error and draws the heat map', async () => {
    const { page, errors } = await openLab(browser(), url);
    expect(await page.title()).toBe('descenso lab');
    expect(await page.locator('canvas.map-base').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('animates the default run: the current step moves between two frames', async () => {
    const { page } = await openLab(browser(), url);
    const a = await step(page);
    await page.waitForTimeout(400);
    const b = await step(page);
    expect(b).toBeGreaterThan(a);
    await page.context().close();
  });

  it('a click on the map moves the start', async () => {
    const { page } = await openLab(browser(), url);
    const map = page.locator('canvas.map-overlay');
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.3);
    await page.waitForFunction(
      () => (document.querySelector('#start-0') as HTMLInputElement).value !== '-0.35',
    );
    const start = await page.evaluate(() => [
      Number((document.querySelector('#start-0') as HTMLInputElement).value),
      Number((document.querySelector('#start-1') as HTMLInputElement).value),
    ]);
    expect(start[0]).toBeGreaterThan(0.5);
    expect(start[1]).toBeGreaterThan(0.5);
    const e = await waitForAddress(page, (a) => a.start?.join() === start.join());
    expect(e.start).toEqual(start);
    await page.context().close();
  });

  it('a bad formula shows its error with a caret, in the user’s language', async () => {
    const { page } = await openLab(browser(), url, { locale: 'es-ES' });
    await page.selectOption('#surface', '__formula');
    await page.fill('#formula', 'x + * y');
    const box = page.locator('#formula-error');
    await box.waitFor({ state: 'visible' });
    const text = await box.textContent();
    expect(text).toContain('x + * y\n    ^');
    expect(text).toContain('inesperado');
    expect(await page.getAttribute('#formula', 'aria-invalid')).toBe('true');
    await page.fill('#formula', 'x^2 + y^2');
    await box.waitFor({ state: 'hidden' });
    await page.context().close();
  });

  it('the language switch changes the labels', async () => {
    const { page } = await openLab(browser(), url, { locale: 'en-US' });
    expect(await page.textContent('label[for="surface"]')).toBe('Surface');
    await page.selectOption('#lang', 'es');
    expect(await page.textContent('label[for="surface"]')).toBe('Superficie');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.evaluate(() => location.hash)).toContain('lang=es');
    await page.context().close();
  });

  it('round-trips the state through the address: change, reload, same state', async () => {
    const { page } = await openLab(browser(), url);
    await page.selectOption('#surface', 'himmelblau');
    await page.fill('#steps', '321');
    await page.press('#steps', 'Enter');
    await page.selectOption('#cmap', 'viridis');
    const before = await waitForAddress(page, (e) => e.steps === 321 && e.view?.colormap === 'viridis');
    const hash = await page.evaluate(() => location.hash);
    // a short link: only what differs from the default, readable
    expect(hash).toMatch(/^#s=himmelblau&(.*&)?it=321&cm=viridis&lang=en$/);
    await page.reload();
    await page.waitForSelector('.surface-lab[data-ready="true"]');
    expect(await page.evaluate(() => location.hash)).toBe(hash);
    expect(await addressExperiment(page)).toEqual(before);
    expect(await page.inputValue('#surface')).toBe('himmelblau');
    expect(await page.inputValue('#steps')).toBe('321');
    expect(await page.inputValue('#cmap')).toBe('viridis');
    await page.context().close();
  });

  it('a tampered address shows the notice and the default experiment', async () => {
    const { page } = await openLab(browser(), url, {
      hash: '#x=%7B%22kind%22%3A%22descend%22%2C%22steps%22%3A-5',
    });
    const notice = page.locator('.notice.error');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('the default one is shown');
    expect(await page.inputValue('#surface')).toBe('peaks');
    expect(await addressExperiment(page)).toEqual({ ...defaultExperiment, view: { lang: 'en' } });
    await page.context().close();
  });

  it('exports the experiment as JSON equal to the one in the address', async () => {
    const { page } = await openLab(browser(), url);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    expect(download.suggestedFilename()).toBe('descenso-experiment.json');
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const exported = JSON.parse(readFileSync(path, 'utf8'));
    expect(exported).toEqual(defaultExperiment);
    const { view, ...fromAddress } = await addressExperiment(page);
    expect(view).toEqual({ lang: 'en' });
    expect(exported).toEqual(fromAddress);
    await page.context().close();
  });
});

describe('3-D view', () => {
  it('loads three.js only when the 3-D view is opened', async () => {
    const { page, errors } = await openLab(browser(), url);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    const initial = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(initial.some((u) => u.includes('view3d'))).toBe(false);
    await page.click('#toggle-3d');
    await page.waitForSelector('.surface-lab .view3d[data-view3d="ready"]');
    expect(requested.some((u) => u.includes('view3d'))).toBe(true);
    expect(await page.locator('.view3d canvas').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('surface lab panels (issue 12)', () => {
  it('the tutorial-000 preset runs the tutorial’s five steps, puts its look in the address and exports the tutorial’s picture', async () => {
    const { page, errors } = await openLab(browser(), url);
    await page.selectOption('#preset', 'tutorial-000');
    const e = await waitForAddress(page, (a) => a.view?.style === 'tutorial');
    expect(e.view).toMatchObject({ style: 'tutorial', levels: 30, speed: 2 });
    expect(e).toMatchObject({ steps: 5, gradient: 'forward', h: 1e-5, start: [-0.35, -0.67] });
    const runs = await page.evaluate(
      () =>
        (
          window as unknown as { descensoLab: { current(): { runs: { points: number[][] }[] } } }
        ).descensoLab.current().runs,
    );
    // get_puntos_descenso_gradiente(5, 0.03, −0.35, −0.67)'s last row, as NumPy printed it
    expect(runs[0].points).toHaveLength(6);
    expect(runs[0].points[5][0]).toBeCloseTo(0.26578619801072595, 12);
    // the tutorial's own picture (issue 12 point 5): filled coolwarm contours between 30 levels,
    // a yellow path, a red star at the start, a blue one at the end, and a colour bar — the export
    // draws the paths up to the step shown: the last one
    await page.focus('#timeline');
    await page.keyboard.press('End');
    await page.waitForFunction(() =>
      document.querySelector('.surface-lab .step-label')?.textContent?.includes('5 of 5'),
    );
    const [d] = await Promise.all([page.waitForEvent('download'), page.click('#surface-map-svg')]);
    const { readFileSync } = await import('node:fs');
    const svg = readFileSync((await d.path())!, 'utf8');
    const bands = [...svg.matchAll(/<path class="band"[^>]*fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]);
    expect(bands.length).toBeGreaterThanOrEqual(30);
    expect(new Set(bands).size).toBe(bands.length);
    expect(bands).toContain('#dddddd'); // coolwarm's grey middle
    expect(svg).toMatch(/<polyline class="line"[^>]*stroke="#ffff00"/);
    expect(svg).toMatch(/<path class="start"[^>]*fill="#ff0000"/);
    expect(svg).toMatch(/<path class="end"[^>]*fill="#0000ff"/);
    expect(svg).toContain('class="colorbar"');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in Spanish the options are named in words and an lr typed "0,05" reaches the address as 0.05', async () => {
    const { page } = await openLab(browser(), url, { locale: 'es-ES' });
    const card = page.locator('.opt-card').nth(2);
    expect(await card.textContent()).toContain('decaimiento de pesos (λ)');
    expect(await card.textContent()).not.toContain('weightDecay');
    const lr = card.locator('.hp', { hasText: 'lr' }).locator('input.num').first();
    await lr.fill('0,05');
    await lr.press('Enter');
    const e = await waitForAddress(page, (a) => a.optimizers[2].options.lr === 0.05);
    expect((e.optimizers as { options: { lr: number } }[])[2].options.lr).toBe(0.05);
    expect(await lr.inputValue()).toBe('0,05');
    await page.context().close();
  });

  it('the race is a real table: a caption, a header per column and one row header per optimizer', async () => {
    const { page } = await openLab(browser(), url);
    expect(await page.locator('table.race caption').count()).toBe(1);
    expect(await page.locator('table.race thead th[scope="col"]').count()).toBe(5);
    const rows = await page.locator('table.race tbody th[scope="row"]').allTextContents();
    expect(rows).toEqual(['GD', 'Momentum', 'Adam']);
    await page.context().close();
  });

  it('adds an optimizer up to the limit and removes one; the address follows', async () => {
    const { page } = await openLab(browser(), url);
    await page.click('#add-optimizer');
    await waitForAddress(page, (a) => a.optimizers.length === 4);
    await page.locator('.opt-card').first().locator('button.icon').click();
    const e = await waitForAddress(page, (a) => a.optimizers.length === 3);
    expect((e.optimizers as { label?: string }[])[0].label).toBe('Momentum');
    await page.context().close();
  });

  it('the map’s SVG and PNG are the same figure: the core’s map with its title', async () => {
    const { page } = await openLab(browser(), url);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#surface-map-svg')]);
    const { readFileSync } = await import('node:fs');
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text).toContain('<svg');
    expect(text).toContain('Peaks');
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#surface-map-png')]);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    await page.context().close();
  });
});

describe('regression and derivative labs', () => {
  it('the regression lab trains and moves the fitted line through the epochs', async () => {
    const { page, errors } = await openLab(browser(), url);
    await page.click('#tab-regression');
    await page.waitForSelector('.regression-lab[data-ready="true"]');
    const a = await page.getAttribute('.regression-lab', 'data-epoch');
    await page.waitForTimeout(300);
    const b = await page.getAttribute('.regression-lab', 'data-epoch');
    expect(Number(b)).toBeGreaterThan(Number(a));
    expect(((await addressExperiment(page)) as { kind: string }).kind).toBe('fit');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the derivative lab shows the tutorial’s slopes: f′(2) = 5 for f = 2x² − 3x + 4', async () => {
    const { page, errors } = await openLab(browser(), url);
    await page.click('#tab-derivative');
    await page.waitForSelector('.derivative-lab[data-ready="true"]');
    expect(await page.textContent('#d-exact')).toBe('5');
    await page.fill('#d-h', '0.0001');
    await page.press('#d-h', 'Enter');
    expect(await page.textContent('#d-forward')).toContain('5.0002');
    expect(await page.evaluate(() => location.hash)).toContain('lab=derivative');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('short links', () => {
  it('an old #x=<JSON> link opens its experiment, and the lab rewrites it as a short link', async () => {
    const old = {
      kind: 'descend',
      version: 1,
      surface: 'himmelblau',
      steps: 40,
      optimizers: [{ name: 'adam', options: { lr: 0.2 } }],
    };
    const { page, errors } = await openLab(browser(), url, {
      hash: `#x=${encodeURIComponent(JSON.stringify(old))}&cm=viridis&lang=es`,
    });
    expect(await page.inputValue('#surface')).toBe('himmelblau');
    expect(await page.inputValue('#steps')).toBe('40');
    expect(await page.inputValue('#cmap')).toBe('viridis');
    expect(await page.textContent('label[for="surface"]')).toBe('Superficie');
    const e = await waitForAddress(page, (a) => a.surface === 'himmelblau');
    expect(await page.evaluate(() => location.hash)).not.toContain('x=');
    expect(e).toMatchObject({ steps: 40, optimizers: [{ name: 'adam', options: { lr: 0.2 } }] });
    expect(e.view).toEqual({ colormap: 'viridis', lang: 'es' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a short link written by hand opens its formula, optimizers and view', async () => {
    const { page, errors } = await openLab(browser(), url, {
      hash: '#fx=x^2%20+%203*y^2&it=60&o=sgd:lr=0.05;adam:lr=0.2,label=Mi%20Adam&log=1&lang=es',
    });
    expect(await page.inputValue('#formula')).toBe('x^2 + 3*y^2');
    expect(await page.inputValue('#steps')).toBe('60');
    expect(await page.isChecked('#log-y')).toBe(true);
    expect(await page.locator('.race tbody tr').count()).toBe(2);
    expect(await page.locator('.race tbody tr').nth(1).textContent()).toContain('Mi Adam');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the lab writes short links: its default is the language alone, an edit adds the changed field', async () => {
    const { page, errors } = await openLab(browser(), url, { locale: 'en-US' });
    expect(await page.evaluate(() => location.hash)).toBe('#lang=en');
    await page.fill('#steps', '150');
    await page.press('#steps', 'Enter');
    await page.waitForFunction(() => location.hash === '#it=150&lang=en');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
