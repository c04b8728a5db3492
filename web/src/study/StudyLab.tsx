/**
 * The study lab's whole panel: the settings (controls.tsx), the stage (progress, cancel and run
 * again, the figure, its exports — the core's sweep figure as SVG and PNG, the rows as CSV, the
 * study as JSON) and the ranked table. Each part reads only the signals it shows.
 */
import { useSignalEffect } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { sweepFigure } from '../../../src/sweep/views.js';
import { getLang, tr } from '../i18n.js';
import { csvText, experimentJson } from '../kit/download.js';
import { ExportMenu } from '../kit/export-menu.js';
import { Section } from '../kit/fields.js';
import { StudyControls } from './controls.js';
import { RankedTable } from './ranked-table.js';
import { StudyFigure } from './StudyFigure.js';
import type { StudyStore } from './store.js';

function rowsCsv(store: StudyStore): string {
  const r = store.result.peek();
  if (!r) return '';
  const keys = r.experiment.vary.map((v) => v.option);
  return csvText(
    ['optimizer', ...keys, 'regime', 'status', 'stepsToTol', 'final', 'divergedAt'],
    r.runs.map((row) => [
      row.optimizer,
      ...keys.map((k) => row.options[k]),
      row.regime,
      row.status,
      row.stepsToTol,
      row.final,
      row.divergedAt,
    ]),
  );
}

function Progress({ store }: { store: StudyStore }) {
  const state = store.state.value;
  const p = store.progress.value;
  const { filled } = store.table.value;
  const total = store.shape.value.total;
  return (
    <div class="study-progress" data-state={state}>
      <progress id="study-progress" max={1} value={p} aria-label={tr('study-progress')} />
      <span class="study-status" role="status">
        {tr(`study-state-${state}`, { done: filled, total })}
      </span>
      {state === 'running' ? (
        <button type="button" id="study-cancel" class="small-button" onClick={store.cancel}>
          {tr('study-cancel')}
        </button>
      ) : (
        <button type="button" id="study-run" class="small-button" onClick={store.run}>
          {tr('study-run')}
        </button>
      )}
    </div>
  );
}

function Exports({ store }: { store: StudyStore }) {
  const done = store.result.value !== null;
  if (!done) return null;
  return (
    <ExportMenu
      name="study"
      title={tr('study-figure-label')}
      svg={() => {
        const r = store.result.peek();
        return r ? sweepFigure(r, getLang()) : '';
      }}
      csv={() => rowsCsv(store)}
      json={() => experimentJson(store.study.peek())}
    />
  );
}

export function StudyLab({ store }: { store: StudyStore }) {
  const root = useRef<HTMLDivElement>(null);
  // what the browser tests wait on, written without re-rendering the lab
  useSignalEffect(() => {
    const el = root.current;
    if (!el) return;
    el.dataset.state = store.state.value;
    el.dataset.ready = String(store.state.value === 'done');
    el.dataset.filled = String(store.table.value.filled);
  });
  return (
    <div ref={root} class="lab study-lab">
      <div class="panel controls">
        <h2>{tr('study-settings')}</h2>
        <StudyControls store={store} />
      </div>
      <Section
        id="study-stage"
        title={tr('study-figure-label')}
        class="stage"
        actions={<Exports store={store} />}
      >
        <Progress store={store} />
        <StudyFigure store={store} />
      </Section>
      <Section id="study-side" title={tr('study-ranking')} class="side">
        <RankedTable store={store} />
      </Section>
    </div>
  );
}
