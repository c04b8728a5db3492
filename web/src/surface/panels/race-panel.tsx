/**
 * The value per step of every run (kit LineChart, #log-y) and the race (kit RaceTable): steps to
 * the tolerance (#tol) on ‖∇f‖, f now, final f and the status in words. A run that left the map
 * does not win: its last value is not compared (run-end.ts).
 */
import { type ReadonlySignal, useComputed } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { categoricalColor } from '../../../../src/plot/index.js';
import { fmt, fmtInt, tr } from '../../i18n.js';
import type { ChartSpec } from '../../kit/chart-scales.js';
import { Checkbox, Select } from '../../kit/fields.js';
import { LineChart } from '../../kit/line-chart.js';
import { NumberField } from '../../kit/number-field.js';
import { type RaceColumn, type RaceRow, RaceTable } from '../../kit/race-table.js';
import { chartValues, endedOutside, shownValue, statusText, stepsToTolerance } from '../../kit/run-end.js';
import type { LabRun } from '../../work/descents.js';
import type { SurfaceStore, SurfaceView } from '../types.js';
import { evaluationsAt, evaluationsToTolerance } from './evaluations.js';

/** The value chart's spec: f per step, or f − min f on a log axis; a diverged run does not set a linear range. */
export function valueSpec(runs: readonly LabRun[], logY: boolean, minValue: number): ChartSpec {
  let m = minValue;
  for (const r of runs) for (const v of chartValues(r)) if (v < m) m = v;
  const series = runs.map((r, i) => ({
    name: r.label,
    color: categoricalColor(i),
    ys: logY ? chartValues(r).map((v) => v - m + 1e-16) : chartValues(r),
    markAt: endedOutside(r) ? r.steps : undefined,
  }));
  const calm = runs.filter((r) => r.status !== 'diverged' && r.values.length > 0);
  let yRange: [number, number] | undefined;
  if (!logY && calm.length > 0 && calm.length < runs.length) {
    const vs = calm.flatMap((r) => chartValues(r)).filter(Number.isFinite);
    const lo = Math.min(...vs);
    const hi = Math.max(...vs);
    const pad = (hi - lo) * 0.08 || 1;
    if (hi >= lo) yRange = [lo - pad, hi + pad];
  }
  return { series, logY, yRange, xLabel: tr('plot-step'), yLabel: logY ? 'f − min f' : 'f' };
}

const value = (v: number | undefined) => (v === undefined ? '—' : fmt(v, 5));

/**
 * Whether the race counts evaluations: when a run searched (a line search or Nelder–Mead, which
 * keep traces). Gradient methods alone spend one f and one ∇f a step, which the steps already say.
 */
export const searched = (runs: readonly LabRun[]) => runs.some((r) => r.traces !== undefined);

/** f and ∇f evaluations by row k, as the race shows them: "12 · 5". */
function evaluationsText(r: LabRun, k: number): string {
  const e = evaluationsAt(r, k);
  return e ? `${fmtInt(e.value)} · ${fmtInt(e.gradient)}` : '—';
}

/** One race row per run at step `k`; the tolerance column counts steps or f + ∇f evaluations. */
export function raceRows(
  runs: readonly LabRun[],
  tol: number,
  k: number,
  selected: number,
  by: SurfaceView['tolBy'] = 'steps',
): RaceRow[] {
  return runs.map((r, i) => {
    const reached = by === 'evaluations' ? evaluationsToTolerance(r, tol) : stepsToTolerance(r, tol);
    return {
      key: `${i}`,
      label: r.label,
      colour: categoricalColor(i),
      className: endedOutside(r) ? `ended-outside ${r.status}` : '',
      selected: i === selected,
      cells: {
        reached: reached >= 0 ? fmtInt(reached) : tr('lab-never'),
        evals: evaluationsText(r, k),
        now: value(shownValue(r, k)),
        final: value(shownValue(r, Number.POSITIVE_INFINITY)),
        // a run that could not start (a bad setting, said in a notice) did not diverge
        status: r.error ? tr('lab-status-error') : statusText(r),
      },
    };
  });
}

/**
 * The runs the side shows: while a computation goes on (a drag's previews, one per pointer move)
 * the last finished ones, so the race's text and the chart do not change — and the page is not laid
 * out and repainted again — on every move; the finished runs replace them.
 */
function useSettledRuns(store: SurfaceStore): ReadonlySignal<readonly LabRun[]> {
  const last = useRef<readonly LabRun[]>(store.runs.peek());
  return useComputed(() => {
    const runs = store.runs.value;
    if (!store.computing.value || last.current.length === 0) last.current = runs;
    return last.current;
  });
}

function Race({ store, runs }: { store: SurfaceStore; runs: ReadonlySignal<readonly LabRun[]> }) {
  const k = store.playback.whole.value;
  const by = searched(runs.value) ? (store.view.value.tolBy ?? 'steps') : 'steps';
  const counted = searched(runs.value);
  const columns: RaceColumn[] = [
    {
      key: 'reached',
      label: tr(by === 'evaluations' ? 'surface-col-reached-evals' : 'lab-col-reached'),
      numeric: true,
    },
    ...(counted
      ? [
          {
            key: 'evals',
            label: tr('surface-col-evals'),
            numeric: true,
            title: tr('surface-col-evals-title'),
          },
        ]
      : []),
    { key: 'now', label: tr('lab-col-now'), numeric: true },
    { key: 'final', label: tr('lab-col-final'), numeric: true },
    { key: 'status', label: tr('lab-col-status') },
  ];
  return (
    <RaceTable
      caption={tr('surface-race-caption', { step: fmtInt(k) })}
      rowHeader={tr('lab-col-optimizer')}
      columns={columns}
      rows={raceRows(runs.value, store.view.value.tol, k, store.selected.value, by)}
      onSelect={(i) => {
        store.selected.value = i;
      }}
    />
  );
}

export function ValueChart({
  store,
  runs,
}: {
  store: SurfaceStore;
  runs: ReadonlySignal<readonly LabRun[]>;
}) {
  const spec = useComputed(() => {
    const minima = store.field.value?.minima ?? [];
    const min = minima.reduce((m, x) => Math.min(m, x.value), Number.POSITIVE_INFINITY);
    return valueSpec(runs.value, store.view.value.logY, min);
  });
  const cursor = useComputed(() => store.playback.whole.value);
  return <LineChart spec={spec} cursor={cursor} label={tr('lab-value-chart')} class="chart" />;
}

export function RacePanel({ store }: { store: SurfaceStore }) {
  const v = store.view.value;
  const runs = useSettledRuns(store);
  return (
    <>
      <div class="chart-head">
        <Checkbox
          id="log-y"
          label={tr('lab-scale-log')}
          checked={v.logY}
          onChange={(on) => store.setView({ logY: on })}
        />
      </div>
      <ValueChart store={store} runs={runs} />
      <div class="chart-head">
        <h3>{tr('lab-race')}</h3>
        <NumberField
          id="tol"
          label={tr('lab-tolerance')}
          value={v.tol}
          min={0}
          onCommit={(t) => store.setView({ tol: t })}
        />
        {searched(runs.value) && (
          <Select
            id="tol-by"
            label={tr('surface-tol-by')}
            value={v.tolBy ?? 'steps'}
            options={[
              { value: 'steps', label: tr('surface-tol-by-steps') },
              { value: 'evaluations', label: tr('surface-tol-by-evals') },
            ]}
            onChange={(tolBy) => store.setView({ tolBy })}
          />
        )}
      </div>
      <Race store={store} runs={runs} />
    </>
  );
}
