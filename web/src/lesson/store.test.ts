import { type Signal, signal } from '@preact/signals';
import { h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Experiment } from '../../../src/experiment/types.js';
import { setLang } from '../i18n.js';
import { createPlayback, type Playback } from '../kit/playback.js';
import type { Lab } from '../shell/lab.js';
import { bowl, fixture } from './fixture.js';
import { runNow } from './run-now.js';
import { createLessonStore } from './store.js';

afterEach(() => setLang('en'));

/** A lab as the shell shows it: its experiment, and a transport driven by hand (no frames). */
function fakeLab(withPlayback = true): Lab & { opened: Experiment[]; playback?: Playback } {
  const experiment = signal<Experiment>(bowl(1));
  const opened: Experiment[] = [];
  const playback = withPlayback
    ? createPlayback({ frame: () => 1, cancel: () => {}, now: () => 0 })
    : undefined;
  return {
    name: 'surface',
    experiment,
    opened,
    open: (e) => {
      opened.push(e);
      experiment.value = e;
    },
    View: () => h('div', null, 'lab'),
    Figure: () => h('div', null, 'figure'),
    playback,
    inspect: () => ({}),
    dispose: () => {},
  };
}

/** The lab "computes" the opened experiment's steps and plays them, as the surface lab does. */
function computeAndPlay(lab: ReturnType<typeof fakeLab>): void {
  const p = lab.playback;
  if (!p) return;
  const e = lab.experiment.peek();
  p.last.value = e.kind === 'descend' ? e.steps : 0;
  p.seek(0);
  p.play();
}

function setup(withPlayback = true, vet?: (e: Experiment) => { es: string; en: string } | null) {
  const lab = fakeLab(withPlayback);
  const shown: Signal<Lab | null> = signal(null);
  const active = signal(true);
  const notices: string[] = [];
  const store = createLessonStore([fixture], {
    open: (e) => {
      shown.value = lab;
      lab.open(e);
    },
    lab: shown,
    active,
    notify: (text) => notices.push(text),
    runStep: async (e) => runNow(e),
    vet,
  });
  return { lab, store, notices, active };
}

const settle = () => new Promise((ok) => setTimeout(ok, 0));

describe('createLessonStore', () => {
  it('go(id) opens the first step’s experiment in the lab and computes its number', async () => {
    const { lab, store, notices } = setup();
    store.go('bowl');
    expect(lab.opened).toEqual([bowl(2)]);
    expect(store.route.value).toEqual({ id: 'bowl', step: 1 });
    await settle();
    expect(store.rows.value?.map((r) => [r.live, r.matches])).toEqual([['0.64', true]]);
    expect(notices).toEqual([]);
  });

  it('the numbers show only once the lab’s run has played to its end', async () => {
    const { lab, store } = setup();
    store.go('bowl');
    await settle();
    expect(store.shown.value).toBe(false);
    computeAndPlay(lab);
    expect(store.shown.value).toBe(false);
    lab.playback?.seek(2);
    expect(store.shown.value).toBe(true);
    expect(store.inspect()?.numbers).toEqual([{ printed: '0.64', live: '0.64', matches: true }]);
  });

  it.each(['nope', '__proto__', 'constructor', 'x'.repeat(500), 'bo\u001bwl'])(
    'go(%j) names the unknown lesson in a notice and shows the list',
    (id) => {
      const { store, notices } = setup();
      store.go(id);
      expect(store.lesson.value).toBeNull();
      expect(store.route.value.id).toBeNull();
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(/^there is no lesson “.*”; the list of lessons is shown$/);
      expect(notices[0]).not.toContain('\u001b');
      expect(notices[0].length).toBeLessThan(120);
    },
  );

  it('go(id, 9) of a three-step lesson says so in Spanish and shows the last step', () => {
    setLang('es');
    const { store, notices } = setup();
    store.go('bowl', 9);
    expect(store.route.value).toEqual({ id: 'bowl', step: 3 });
    expect(notices).toEqual(['esta lección no tiene paso 9 (tiene 3); se muestra el paso más cercano']);
  });

  it('next and back move the route; a step without an experiment leaves the lab as it is', () => {
    const { lab, store } = setup();
    store.go('bowl');
    store.next();
    store.next();
    expect(store.route.value.step).toBe(3);
    expect(lab.opened).toEqual([bowl(2), bowl(3)]);
    store.next(); // past the end: stays
    expect(store.route.value.step).toBe(3);
    store.back();
    store.back();
    store.back();
    expect(store.route.value.step).toBe(1);
    expect(lab.opened).toEqual([bowl(2), bowl(3), bowl(2)]);
  });

  it('a question keeps the lab paused at step 0 until a choice is made and run; then the reveal', async () => {
    const { lab, store } = setup();
    store.go('bowl', 2);
    await settle();
    computeAndPlay(lab);
    expect(lab.playback?.playing.value).toBe(false);
    expect(lab.playback?.step.value).toBe(0);
    lab.playback?.seek(3); // the student's own transport is held too
    expect(lab.playback?.step.value).toBe(0);
    store.runQuestion(); // no choice yet: nothing happens
    expect(store.ran.value).toBe(false);
    store.choose(1);
    store.runQuestion();
    expect(lab.playback?.playing.value).toBe(true);
    expect(store.shown.value).toBe(false);
    lab.playback?.seek(3);
    expect(store.shown.value).toBe(true);
    store.choose(0); // the answer is kept once run
    expect(store.choice.value).toBe(1);
  });

  it('a lesson left for a lab tab no longer holds the lab at step 0', () => {
    const { lab, store, active } = setup();
    store.go('bowl', 2);
    active.value = false;
    computeAndPlay(lab);
    expect(lab.playback?.playing.value).toBe(true);
    expect(store.gated.value).toBe(false);
  });

  it('reset opens the step’s experiment again and asks the question again', async () => {
    const { lab, store } = setup();
    store.go('bowl', 2);
    store.choose(0);
    store.runQuestion();
    store.reset();
    expect(store.choice.value).toBeNull();
    expect(store.gated.value).toBe(true);
    expect(lab.opened).toEqual([bowl(3), bowl(3)]);
  });

  it('a number whose path is not in the run shows the fault in both languages', async () => {
    const { store } = setup();
    store.go('bowl', 3);
    await settle();
    const row = store.rows.value?.[0];
    expect(row?.live).toBeNull();
    expect(row?.matches).toBe(false);
    expect(row?.fault?.en).toContain('runs.0.nothing');
    expect(row?.fault?.es).toContain('runs.0.nothing');
  });

  it('for a lab without a transport the numbers show as soon as they are computed', async () => {
    const { store } = setup(false);
    store.go('bowl');
    await settle();
    expect(store.shown.value).toBe(true);
    store.next(); // a question: nothing shows before the run
    await settle();
    expect(store.shown.value).toBe(false);
    store.choose(0);
    store.runQuestion();
    expect(store.shown.value).toBe(true);
  });

  it('add(lesson) lists a teacher’s lesson first and shows it', () => {
    const { store } = setup();
    const mine = { ...fixture, id: 'mine', title: { es: 'Mía', en: 'Mine' } };
    store.add(mine);
    expect(store.all.value.map((l) => l.id)).toEqual(['mine', 'bowl']);
    expect(store.route.value).toEqual({ id: 'mine', step: 1 });
  });

  it('a step no lab can show is not opened; its numbers show at once with the reason kept', async () => {
    const why = { es: 'tres variables', en: 'three variables' };
    const { lab, store } = setup(true, (e) => (e.kind === 'descend' && e.steps === 2 ? why : null));
    store.go('bowl');
    await settle();
    expect(lab.opened).toEqual([]);
    expect(store.unshown.value).toEqual(why);
    expect(store.shown.value).toBe(true);
    store.next();
    expect(lab.opened).toEqual([bowl(3)]);
    expect(store.unshown.value).toBeNull();
  });

  it('go(null) shows the list', () => {
    const { store } = setup();
    store.go('bowl', 2);
    store.go(null);
    expect(store.lesson.value).toBeNull();
    expect(store.inspect()).toBeNull();
  });
});
