/**
 * "Predict, then run": the question with its choices as radios; Run once a choice is made (the lab
 * then plays from step 0); the reveal — right or wrong, and why — once the run has played.
 */
import type { JSX } from 'preact';
import { lang, tr } from '../i18n.js';
import { Inline, Prose } from './prose.js';
import type { LessonStore } from './store.js';

function Reveal({ store }: { store: LessonStore }): JSX.Element | null {
  const q = store.step.value?.question;
  const c = store.choice.value;
  if (!q || c === null || !store.shown.value) return null;
  const l = lang.value;
  const right = c === q.answer;
  return (
    <div
      id="lesson-reveal"
      class={right ? 'lesson-reveal right' : 'lesson-reveal wrong'}
      data-right={String(right)}
    >
      <p class="verdict">
        <strong>
          {right
            ? tr('lesson-lab-right')
            : tr('lesson-lab-wrong', { answer: q.choices[q.answer]?.[l] ?? '' })}
        </strong>
      </p>
      <Prose text={q.reveal[l]} />
    </div>
  );
}

export function Question({ store }: { store: LessonStore }): JSX.Element | null {
  const q = store.step.value?.question;
  if (!q) return null;
  const l = lang.value;
  const chosen = store.choice.value;
  const ran = store.ran.value;
  const name = `lesson-q-${store.lesson.value?.id ?? ''}-${store.index.value}`;
  return (
    <section class="lesson-question" id="lesson-question">
      <fieldset disabled={ran}>
        <legend>{tr('lesson-lab-question')}</legend>
        <p class="prompt">
          <Inline text={q.prompt[l]} />
        </p>
        {q.choices.map((choice, i) => (
          <label key={i} class="choice">
            <input
              type="radio"
              name={name}
              value={String(i)}
              checked={chosen === i}
              onChange={() => store.choose(i)}
            />
            <span>
              <Inline text={choice[l]} />
            </span>
          </label>
        ))}
      </fieldset>
      {ran ? null : (
        <div class="lesson-run">
          <button type="button" id="lesson-run" disabled={chosen === null} onClick={store.runQuestion}>
            {tr('lesson-lab-run')}
          </button>
          {chosen === null ? <span class="hint">{tr('lesson-lab-choose-first')}</span> : null}
        </div>
      )}
      <Reveal store={store} />
    </section>
  );
}
