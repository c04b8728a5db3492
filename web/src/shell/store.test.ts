import { afterEach, describe, expect, it } from 'vitest';
import { defaultExperiment, defaultFit, experimentToAddress } from '../../../src/experiment/index.js';
import { lesson as gradientTape } from '../../../src/lessons/data/gradient-tape.js';
import { lang, setLang } from '../i18n.js';
import { createShell } from './store.js';
import { type TestLab, testLoaders } from './testing.js';

afterEach(() => setLang('en'));

describe('createShell', () => {
  it('openAddress("") shows the surface lab on its default experiment', async () => {
    const made: TestLab[] = [];
    const shell = createShell(testLoaders(made));
    await shell.openAddress('');
    expect(shell.current.value).toBe('surface');
    expect(shell.lab.value?.experiment.value).toEqual(defaultExperiment);
    expect(made).toHaveLength(1);
  });

  it('openAddress of a fit with lang=es opens the regression lab and sets the language', async () => {
    const shell = createShell(testLoaders());
    await shell.openAddress(`${experimentToAddress({ ...defaultFit, epochs: 12, view: { lang: 'es' } })}`);
    expect(shell.current.value).toBe('regression');
    expect(shell.lab.value?.experiment.value).toMatchObject({ epochs: 12 });
    expect(lang.value).toBe('es');
  });

  it('open(a descent of one variable) goes to the derivative lab and says why in a notice', async () => {
    const shell = createShell(testLoaders());
    await shell.open({ ...defaultExperiment, surface: undefined, formula: 'x^2', vars: ['x'], start: [1] });
    expect(shell.current.value).toBe('derivative');
    expect(shell.notices.list.value.map((n) => n.kind)).toEqual(['info']);
  });

  it('show makes each lab once and keeps it: back on a tab, the same lab, paused', async () => {
    const made: TestLab[] = [];
    const shell = createShell(testLoaders(made));
    await shell.show('surface');
    const surface = shell.lab.value;
    const p = surface?.playback;
    if (!p) throw new Error('the test lab has a playback');
    p.last.value = 10;
    p.play();
    await shell.show('regression');
    expect(p.playing.value).toBe(false);
    await shell.show('surface');
    expect(shell.lab.value).toBe(surface);
    expect(made.map((l) => l.name)).toEqual(['surface', 'regression']);
  });

  it('open in a lab already made hands it the experiment instead of making another', async () => {
    const made: TestLab[] = [];
    const shell = createShell(testLoaders(made));
    await shell.show('surface');
    await shell.open({ ...defaultExperiment, steps: 7 });
    expect(made).toHaveLength(1);
    expect((made[0].opened.at(-1) as { steps?: number }).steps).toBe(7);
  });

  it('the latest tab asked for is shown even when an earlier one loads later', async () => {
    let release: () => void = () => {};
    const slow = new Promise<void>((ok) => {
      release = ok;
    });
    const loaders = testLoaders();
    const shell = createShell({
      ...loaders,
      surface: async () => {
        await slow;
        return loaders.surface();
      },
    });
    const first = shell.show('surface');
    await shell.show('regression');
    release();
    await first;
    expect(shell.current.value).toBe('regression');
    expect(shell.lab.value?.name).toBe('regression');
  });

  it('importText of a bad file leaves the lab and says why in the language shown', async () => {
    setLang('es');
    const shell = createShell(testLoaders());
    await shell.openAddress('');
    await shell.importText('{"kind": "descend", "optimizers": [{"name": "toString"}]}');
    const [n] = shell.notices.list.value;
    expect(n.kind).toBe('error');
    expect(n.text).toMatch(/^no se pudo importar el archivo: /);
    expect(shell.current.value).toBe('surface');
  });

  it('importText of a fit opens it in the regression lab and says it was imported', async () => {
    const shell = createShell(testLoaders());
    await shell.openAddress('');
    await shell.importText(JSON.stringify({ ...defaultFit, epochs: 5 }));
    expect(shell.current.value).toBe('regression');
    expect(shell.notices.list.value.map((n) => n.text)).toEqual(['experiment imported']);
  });

  it('openAddress of a fit in a build without the regression lab says so and shows the first lab there is', async () => {
    const { surface } = testLoaders();
    const shell = createShell({ surface });
    await shell.openAddress(experimentToAddress(defaultFit));
    expect(shell.notices.list.value.map((n) => n.text)).toEqual([
      'this build of the lab has no lab that opens a “fit” experiment',
    ]);
    expect(shell.lab.value?.name).toBe('surface');
  });

  it('names lists only the labs the build has, in tab order', () => {
    const { surface, derivative } = testLoaders();
    expect(createShell({ derivative, surface }).names).toEqual(['surface', 'derivative']);
  });
});

describe('createShell and lessons', () => {
  it('openAddress of a lesson at step 2 in Spanish shows the lesson and opens its fit in the regression lab', async () => {
    const shell = createShell(testLoaders());
    await shell.openAddress('#lesson=gradient-tape&step=2&lang=es');
    expect(shell.lessonShown.value).toBe(true);
    expect(shell.lessons.value?.route.value).toEqual({ id: 'gradient-tape', step: 2 });
    expect(lang.value).toBe('es');
    await new Promise((ok) => setTimeout(ok, 0));
    expect(shell.current.value).toBe('regression');
    expect(shell.lab.value?.experiment.value).toEqual(
      gradientTape.steps[1].experiment ?? gradientTape.steps[0].experiment,
    );
  });

  it('a lab tab or a lab address leaves the lesson', async () => {
    const shell = createShell(testLoaders());
    await shell.openAddress('#lesson=gradient-tape');
    await shell.show('surface');
    expect(shell.lessonShown.value).toBe(false);
    await shell.openLesson('gradient-tape');
    expect(shell.lessonShown.value).toBe(true);
    await shell.openAddress(experimentToAddress({ ...defaultExperiment, steps: 9 }));
    expect(shell.lessonShown.value).toBe(false);
    expect(shell.lab.value?.name).toBe('surface');
  });

  it('openAddress of an unknown lesson names it and shows the list', async () => {
    const shell = createShell(testLoaders());
    await shell.openAddress('#lesson=__proto__');
    expect(shell.lessonShown.value).toBe(true);
    expect(shell.lessons.value?.route.value.id).toBeNull();
    expect(shell.notices.list.value.map((n) => n.text)).toEqual([
      'there is no lesson “__proto__”; the list of lessons is shown',
    ]);
  });

  it('importText of a lesson file opens it as a lesson kept in the tab', async () => {
    const kept = new Map<string, string>();
    const storage = {
      getItem: (k: string) => kept.get(k) ?? null,
      setItem: (k: string, v: string) => void kept.set(k, v),
    } as unknown as Storage;
    const shell = createShell(testLoaders(), storage);
    const mine = { ...gradientTape, id: 'my-lesson' };
    await shell.importText(JSON.stringify(mine));
    expect(shell.lessonShown.value).toBe(true);
    expect(shell.lessons.value?.route.value).toEqual({ id: 'my-lesson', step: 1 });
    // a new page in the same tab finds it again
    const again = createShell(testLoaders(), storage);
    await again.openAddress('#lesson=my-lesson&step=2');
    expect(again.lessons.value?.route.value).toEqual({ id: 'my-lesson', step: 2 });
  });

  it('importText of a bad lesson file says in one line where it is wrong', async () => {
    const shell = createShell(testLoaders());
    const bad = { ...gradientTape, steps: [{ ...gradientTape.steps[0], numbers: [{ label: 3 }] }] };
    await shell.importText(JSON.stringify(bad));
    const [n] = shell.notices.list.value;
    expect(n.kind).toBe('error');
    expect(n.text).toMatch(/^could not open the lesson file: .*steps\[0\]\.numbers\[0\]/);
    expect(n.text).not.toContain('\n');
  });
});
