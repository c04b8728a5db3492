/**
 * A lesson shown: its column (title, "step k of n", the step's text, question, numbers, slip,
 * Back/Reset/Next) beside the live lab (below it on a narrow screen). The lab is the shell's lab,
 * shown through its own panel; a lab without a transport is covered while a question waits, so
 * the student predicts before seeing.
 */
import type { ReadonlySignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { lang, tr } from '../i18n.js';
import type { Lab } from '../shell/lab.js';
import { lessonAddressOf } from '../shell/lesson-address.js';
import { NumbersTable } from './numbers.js';
import { Prose } from './prose.js';
import { Question } from './question.js';
import type { LessonStore } from './store.js';

function StepNav({ store }: { store: LessonStore }): JSX.Element {
  const k = store.index.value;
  const n = store.lesson.value?.steps.length ?? 0;
  return (
    <nav class="lesson-nav" aria-label={tr('lesson-lab-nav')}>
      <button
        type="button"
        id="lesson-back"
        disabled={k === 0}
        onClick={store.back}
        aria-keyshortcuts="Shift+ArrowLeft"
      >
        ← {tr('lesson-lab-back')}
      </button>
      <button type="button" id="lesson-reset" onClick={store.reset}>
        {tr('lesson-lab-reset')}
      </button>
      <button
        type="button"
        id="lesson-next"
        disabled={k >= n - 1}
        onClick={store.next}
        aria-keyshortcuts="Shift+ArrowRight"
      >
        {tr('lesson-lab-next')} →
      </button>
    </nav>
  );
}

function LessonColumn({ store }: { store: LessonStore }): JSX.Element | null {
  const lesson = store.lesson.value;
  const step = store.step.value;
  const k = store.index.value;
  const top = useRef<HTMLElement>(null);
  // a new step starts at its title: on a phone, Next sits far below it
  useEffect(() => {
    const el = top.current;
    if (el && el.getBoundingClientRect().top < 0) el.scrollIntoView({ block: 'start' });
  }, [lesson?.id, k]);
  if (!lesson || !step) return null;
  const l = lang.value;
  return (
    <article ref={top} class="lesson-column" id="lesson" data-lesson={lesson.id} data-step={k + 1}>
      <p class="lesson-crumbs">
        <a href={lessonAddressOf(null, 1, l)}>{tr('lesson-lab-all')}</a>
      </p>
      <h2 id="lesson-title">{lesson.title[l]}</h2>
      <p class="lesson-step-of" id="lesson-step-of" aria-live="polite">
        {tr('lesson-lab-step-of', { k: k + 1, n: lesson.steps.length })}
      </p>
      <h3 id="lesson-step-title">{step.title[l]}</h3>
      <div class="lesson-text">
        <Prose text={step.text[l]} />
      </div>
      <Question store={store} />
      <NumbersTable store={store} />
      {step.slip ? (
        <aside class="lesson-slip" id="lesson-slip">
          <h4>{tr('lesson-lab-slip')}</h4>
          <Prose text={step.slip[l]} />
        </aside>
      ) : null}
      <StepNav store={store} />
      <p class="lesson-keys">{tr('lesson-lab-keys')}</p>
    </article>
  );
}

function LiveLab({ store, lab }: { store: LessonStore; lab: ReadonlySignal<Lab | null> }): JSX.Element {
  const shown = lab.value;
  const why = store.unshown.value;
  if (why)
    return (
      <div class="lesson-covered" id="lesson-no-lab">
        <p>{tr('lesson-lab-no-lab', { reason: why[lang.value] })}</p>
      </div>
    );
  if (!shown)
    return (
      <p class="loading" aria-busy="true">
        {tr('lab-loading')}
      </p>
    );
  if (!shown.playback && store.gated.value)
    return (
      <div class="lesson-covered" id="lesson-covered">
        <p>{tr('lesson-lab-covered')}</p>
      </div>
    );
  return <shown.View key={shown.name} />;
}

export function LessonPage({
  store,
  lab,
}: {
  store: LessonStore;
  lab: ReadonlySignal<Lab | null>;
}): JSX.Element {
  return (
    <div class="lesson-page">
      <LessonColumn store={store} />
      <section class="lesson-live" aria-label={tr('lab-title')}>
        <LiveLab store={store} lab={lab} />
      </section>
    </div>
  );
}
