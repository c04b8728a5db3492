/**
 * The study lab's Figure: the study figure (its height follows its width, as in the lab; a box
 * shorter than that scrolls) with a line saying how far the study is — what `#embed=1` shows and a
 * lesson may show. A study does not animate: no transport.
 */
import { useComputed } from '@preact/signals';
import type { JSX } from 'preact';
import { tr } from '../i18n.js';
import { FigureFrame } from '../kit/figure-frame.js';
import { StudyFigure } from './StudyFigure.js';
import type { StudyStore } from './store.js';

function Status({ store }: { store: StudyStore }): JSX.Element {
  const { filled } = store.table.value;
  return (
    <span class="figure-status" role="status">
      {tr(`study-state-${store.state.value}`, { done: filled, total: store.shape.value.total })}
    </span>
  );
}

export function StudyFigureFrame({ store }: { store: StudyStore }): JSX.Element {
  const ready = useComputed(() => String(store.state.value === 'done'));
  return (
    <FigureFrame class="study-figure-frame" ready={ready} legend={<Status store={store} />}>
      <StudyFigure store={store} />
    </FigureFrame>
  );
}
