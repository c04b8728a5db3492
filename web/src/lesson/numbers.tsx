/**
 * The step's numbers: what each is, what the tutorial printed, what descenso gives now and whether
 * they match. The live column fills once the lab's run has played to its end (and, on a step with
 * a question, once it was run), so the table never gives the answer away.
 */
import type { JSX } from 'preact';
import { lang, tr } from '../i18n.js';
import type { LessonStore, NumberRow } from './store.js';

function LiveCell({ row, shown }: { row: NumberRow | undefined; shown: boolean }): JSX.Element {
  if (!shown || !row) return <td class="live pending">…</td>;
  if (row.fault)
    return <td class="live fault">{tr('lesson-lab-number-fault', { reason: row.fault[lang.value] })}</td>;
  return (
    <td class="live">
      <code>{row.live}</code>
    </td>
  );
}

function MatchCell({ row, shown }: { row: NumberRow | undefined; shown: boolean }): JSX.Element {
  if (!shown || !row) return <td class="mark" />;
  const word = row.matches ? tr('lesson-lab-matches') : tr('lesson-lab-differs');
  return (
    <td class={row.matches ? 'mark ok' : 'mark bad'}>
      <span aria-hidden="true">{row.matches ? '✓' : '✗'}</span>
      <span class="sr">{word}</span>
    </td>
  );
}

export function NumbersTable({ store }: { store: LessonStore }): JSX.Element | null {
  const numbers = store.step.value?.numbers ?? [];
  if (numbers.length === 0) return null;
  const rows = store.rows.value;
  const shown = store.shown.value && rows !== null;
  const l = lang.value;
  return (
    <section class="lesson-numbers" aria-labelledby="lesson-numbers-title">
      <h4 id="lesson-numbers-title">{tr('lesson-lab-numbers')}</h4>
      <div class="lesson-table-wrap">
        <table id="lesson-numbers" data-shown={shown ? 'true' : 'false'}>
          <thead>
            <tr>
              <th scope="col">{tr('lesson-lab-what')}</th>
              <th scope="col">{tr('lesson-lab-printed')}</th>
              <th scope="col">{tr('lesson-lab-live')}</th>
              <th scope="col">{tr('lesson-lab-match')}</th>
            </tr>
          </thead>
          <tbody>
            {numbers.map((n, i) => (
              <tr
                key={`${n.path}:${i}`}
                data-matches={shown ? String(rows?.[i]?.matches ?? false) : undefined}
              >
                <th scope="row">{n.label[l]}</th>
                <td class="printed">
                  <code>{n.printed}</code>
                </td>
                <LiveCell row={rows?.[i]} shown={shown} />
                <MatchCell row={rows?.[i]} shown={shown} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown ? null : (
        <p class="lesson-wait">{rows === null ? tr('lesson-lab-computing') : tr('lesson-lab-waiting')}</p>
      )}
    </section>
  );
}
