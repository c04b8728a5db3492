/**
 * Issue 16 §1 in the browser: the lessons. The list at `#lesson=`; each of the five lessons opens
 * by address, steps forward (the address follows: `&step=k`) and back, and at every step shows its
 * tutorial's numbers live and matching (✓) once the run has played; the "predict, then run"
 * question holds the lab at step 0 until a choice is run, then reveals; Spanish pages carry no
 * English word; at 360 px nothing scrolls sideways; an unknown lesson is named in a notice; a
 * teacher's lesson file opens through the lab's import button.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { lessons } from '../../src/lessons/index.js';
import type { Lesson } from '../../src/lessons/types.js';
import { sharedBrowser } from './browser.js';

const url = inject('labUrl');
const browser = sharedBrowser();

/** The five lessons, in the catalog's order. */
const five: readonly Lesson[] = lessons;

interface Inspect {
  id: string;
  step: number;
  steps: number;
  shown: boolean;
  gated: boolean;
  numbers: { printed: string; live: string | null; matches: boolean }[];
}
type LabWindow = {
  descensoLab: {
    lesson(): Inspect | null;
    lab(): {
      playback?: {
        playing: { value: boolean };
        last: { value: number };
        step: { value: number };
        seek(k: number): void;
      };
    } | null;
  };
};

async function openPage(hash: string, options: { locale?: string; width?: number } = {}) {
  const context = await browser().newContext({
    locale: options.locale ?? 'en-US',
    viewport: { width: options.width ?? 1440, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${url}${hash}`);
  await page.waitForSelector('#lesson, #lesson-list');
  return { page, errors };
}

const inspect = (page: Page) => page.evaluate(() => (window as unknown as LabWindow).descensoLab.lesson());

/**
 * Plays the step's run to its end: answers the question first (with `pick`, else the right
 * answer), then, while the lab plays, jumps its transport to the last step.
 */
async function finishStep(page: Page, lesson: Lesson, pick?: number): Promise<void> {
  const at = (await inspect(page))?.step ?? 1;
  const q = lesson.steps[at - 1].question;
  if (q) {
    expect((await inspect(page))?.gated).toBe(true);
    await page.check(`#lesson-question input[value="${pick ?? q.answer}"]`);
    await page.click('#lesson-run');
  }
  await page.waitForFunction(
    () => {
      const w = window as unknown as LabWindow;
      const p = w.descensoLab.lab()?.playback;
      if (p?.playing.value) p.seek(p.last.value);
      return w.descensoLab.lesson()?.shown === true;
    },
    null,
    { timeout: 60_000 },
  );
}

/** The numbers as the table shows them: every row's mark. */
async function marks(page: Page): Promise<string[]> {
  return page.locator('#lesson-numbers tbody tr td.mark span[aria-hidden]').allTextContents();
}

describe('lessons', () => {
  it('#lesson= lists the five lessons with their tutorial and step count, each a link that opens it', async () => {
    const { page, errors } = await openPage('#lesson=');
    const items = page.locator('#lesson-list li');
    expect(await items.count()).toBe(5);
    expect(
      await page.locator('#lesson-list li').evaluateAll((li) => li.map((x) => x.getAttribute('data-lesson'))),
    ).toEqual(five.map((l) => l.id));
    expect(await items.first().textContent()).toContain(
      `tutorial ${five[0].tutorial} · ${five[0].steps.length} steps`,
    );
    expect(await page.getAttribute('#tab-lessons', 'aria-pressed')).toBe('true');
    await page.click(`#lesson-list li[data-lesson="peaks"] a`);
    await page.waitForSelector('#lesson[data-lesson="peaks"]');
    expect(await page.textContent('#lesson-step-of')).toBe(`Step 1 of ${five[1].steps.length}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const lesson of five)
    it(`${lesson.id}: every step shows the tutorial's numbers live and matching, forward and back, the address following`, async () => {
      const { page, errors } = await openPage(`#lesson=${lesson.id}`);
      const n = lesson.steps.length;
      for (let k = 1; k <= n; k++) {
        await page.waitForSelector(`#lesson[data-step="${k}"]`);
        expect(await page.evaluate(() => location.hash)).toBe(
          `#lesson=${lesson.id}${k > 1 ? `&step=${k}` : ''}&lang=en`,
        );
        await finishStep(page, lesson);
        const seen = await inspect(page);
        const want = lesson.steps[k - 1].numbers ?? [];
        expect(seen?.numbers.map((x) => x.printed)).toEqual(want.map((x) => x.printed));
        expect(seen?.numbers.filter((x) => !x.matches)).toEqual([]);
        expect(await marks(page)).toEqual(want.map(() => '✓'));
        if (k < n) await page.click('#lesson-next');
      }
      expect(await page.isDisabled('#lesson-next')).toBe(true);
      for (let k = n - 1; k >= 1; k--) {
        await page.click('#lesson-back');
        await page.waitForSelector(`#lesson[data-step="${k}"]`);
      }
      expect(await page.evaluate(() => location.hash)).toBe(`#lesson=${lesson.id}&lang=en`);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 240_000);

  it('a question holds the lab at step 0; Run plays it; the reveal says right or wrong and why', async () => {
    const lesson = five.find((l) => l.id === 'peaks') as Lesson;
    const k = lesson.steps.findIndex((s) => s.question) + 1;
    const q = lesson.steps[k - 1].question;
    if (!q) throw new Error('the peaks lesson has a question');
    const { page, errors } = await openPage(`#lesson=peaks&step=${k}`);
    await page.waitForFunction(
      () => (window as unknown as LabWindow).descensoLab.lab()?.playback !== undefined,
    );
    await page.waitForTimeout(300); // the lab has computed and tried to play: it is held
    const held = await page.evaluate(() => {
      const p = (window as unknown as LabWindow).descensoLab.lab()?.playback;
      return { step: p?.step.value, playing: p?.playing.value };
    });
    expect(held).toEqual({ step: 0, playing: false });
    expect(await page.isDisabled('#lesson-run')).toBe(true);
    expect(await page.locator('#lesson-numbers td.live').first().textContent()).toBe('…');
    const wrong = (q.answer + 1) % q.choices.length;
    await finishStep(page, lesson, wrong);
    expect(await page.getAttribute('#lesson-reveal', 'data-right')).toBe('false');
    expect(await page.textContent('#lesson-reveal')).toContain(
      `Not quite: the answer is “${q.choices[q.answer].en}”`,
    );
    await page.click('#lesson-reset');
    await finishStep(page, lesson);
    expect(await page.getAttribute('#lesson-reveal', 'data-right')).toBe('true');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Shift + arrows move between steps; the arrows alone stay the transport’s', async () => {
    const { page } = await openPage('#lesson=gradient-tape');
    await page.locator('#lesson-step-title').click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.waitForSelector('#lesson[data-step="2"]');
    await page.keyboard.press('ArrowRight');
    expect((await inspect(page))?.step).toBe(2);
    await page.keyboard.press('Shift+ArrowLeft');
    await page.waitForSelector('#lesson[data-step="1"]');
    await page.context().close();
  });

  it('an unknown lesson is named in a notice and the list is shown; a lab tab leaves the lessons', async () => {
    const { page } = await openPage('#lesson=__proto__&lang=es');
    await page.locator('.notice.error', { hasText: 'no hay ninguna lección «__proto__»' }).waitFor();
    await page.waitForSelector('#lesson-list');
    expect(await page.evaluate(() => location.hash)).toBe('#lesson=&lang=es');
    await page.goto(`${url}#lesson=peaks&step=99`);
    await page.locator('.notice.error', { hasText: 'no tiene paso 99' }).waitFor();
    await page.waitForSelector(`#lesson[data-step="${five[1].steps.length}"]`);
    await page.click('#tab-surface');
    await page.waitForSelector('.surface-lab[data-ready="true"]');
    await page.waitForFunction(() => !location.hash.startsWith('#lesson'));
    await page.context().close();
  });

  it('a teacher’s lesson file opens through the lab’s import button; a broken one is named by its path', async () => {
    const { page } = await openPage('#lesson=peaks');
    await page.waitForSelector('#import-file', { state: 'attached' });
    const mine = { ...five[1], id: 'my-peaks', title: { es: 'Mis picos', en: 'My peaks' } };
    await page.setInputFiles('#import-file', {
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(mine)),
    });
    await page.waitForSelector('#lesson[data-lesson="my-peaks"]');
    expect(await page.evaluate(() => location.hash)).toBe('#lesson=my-peaks&lang=en');
    const broken = {
      ...mine,
      steps: [{ ...mine.steps[0], question: { ...mine.steps[0].question, answer: 9 } }],
    };
    await page.setInputFiles('#import-file', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const notice = page.locator('.notice.error', { hasText: 'could not open the lesson file' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('steps[0].question');
    await page.reload();
    await page.waitForSelector('#lesson[data-lesson="my-peaks"]');
    await page.context().close();
  });
});

/** English words no Spanish message uses (as test/e2e/spanish.test.ts reads the dictionaries). */
function englishOnly(): Set<string> {
  const words = (lang: 'en' | 'es') => {
    const out = new Set<string>();
    const dir = join(import.meta.dirname, '..', '..', 'src', 'i18n', lang);
    for (const file of readdirSync(dir))
      for (const m of readFileSync(join(dir, file), 'utf8').matchAll(
        /'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g,
      )) {
        const text = (m[1] ?? m[2]).replace(/\$\{[^}]*\}/g, ' ');
        if (/^[a-z0-9-]+$/.test(text)) continue;
        for (const w of text.match(/\p{L}{3,}/gu) ?? []) out.add(w.toLowerCase());
      }
    return out;
  };
  const es = words('es');
  const only = new Set([...words('en')].filter((w) => !es.has(w)));
  only.delete('english');
  return only;
}

describe('lessons in Spanish and at 360 px', () => {
  const only = englishOnly();

  for (const lesson of five)
    it(`${lesson.id} in Spanish at 360 px: no English word, no sideways scroll, the numbers ✓`, async () => {
      const { page, errors } = await openPage(`#lesson=${lesson.id}&lang=es`, {
        locale: 'es-ES',
        width: 360,
      });
      await finishStep(page, lesson);
      const text = await page.evaluate(() => {
        const out = [document.title, document.body.innerText];
        for (const e of document.querySelectorAll('#lesson *, header *'))
          for (const a of ['aria-label', 'title']) {
            const v = e.getAttribute(a);
            if (v) out.push(v);
          }
        return out.join('\n');
      });
      const found = (text.match(/\p{L}{3,}/gu) ?? []).filter((w) => only.has(w.toLowerCase()));
      expect(found).toEqual([]);
      expect(await page.textContent('#lesson-step-of')).toBe(`Paso 1 de ${lesson.steps.length}`);
      expect(await marks(page)).toEqual((lesson.steps[0].numbers ?? []).map(() => '✓'));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 120_000);
});
