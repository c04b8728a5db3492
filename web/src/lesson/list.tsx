/** The list of lessons (`#lesson=`): each with its title, tutorial, step count, summary and a link. */
import type { JSX } from 'preact';
import { lang, tr } from '../i18n.js';
import { lessonAddressOf } from '../shell/lesson-address.js';
import type { LessonStore } from './store.js';

export function LessonList({ store }: { store: LessonStore }): JSX.Element {
  const l = lang.value;
  const imported = new Set(store.imported.value.map((x) => x.id));
  return (
    <section class="lesson-list" id="lesson-list" data-ready="true" aria-labelledby="lesson-list-title">
      <h2 id="lesson-list-title">{tr('lesson-lab-list-title')}</h2>
      <p class="lesson-intro">{tr('lesson-lab-list-intro')}</p>
      <ul>
        {store.all.value.map((x) => (
          <li key={x.id} data-lesson={x.id}>
            <a class="lesson-link" href={lessonAddressOf(x.id, 1, l)}>
              {x.title[l]}
            </a>
            <span class="lesson-meta">
              {tr('lesson-lab-tutorial', { n: x.tutorial })} · {tr('lesson-lab-steps', { n: x.steps.length })}
              {imported.has(x.id) ? ` · ${tr('lesson-lab-yours')}` : ''}
            </span>
            <p class="lesson-summary">{x.summary[l]}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
