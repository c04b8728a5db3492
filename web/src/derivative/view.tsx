/**
 * The derivative lab's panel: the study's controls, the stage (f with its tangent and secant, the
 * two descents from x) and the side (the quotients' error against h, the chain rule). Each part
 * reads the store's signals it shows; the charts are canvas layers drawn from computed specs, and
 * the exports are the core's views of the same run (SVG, and the same figure as PNG).
 */
import { useComputed } from '@preact/signals';
import type { JSX } from 'preact';
import { DescensoError } from '../../../src/errors.js';
import { experimentFromJson } from '../../../src/experiment/index.js';
import type { DerivativeRunSet } from '../../../src/experiment/types.js';
import { LIMITS } from '../../../src/limits.js';
import {
  DERIVATIVE_COLORS as COLORS,
  derivativeDescentView,
  derivativeErrorView,
  derivativeTangentView,
} from '../../../src/plot/views/derivative.js';
import { fmt, lang, tr } from '../i18n.js';
import { csvText, experimentJson, saveText } from '../kit/download.js';
import { ExportMenu } from '../kit/export-menu.js';
import { FormulaField, LiveText, Select } from '../kit/fields.js';
import { ImportButton } from '../kit/import-button.js';
import { LineChart } from '../kit/line-chart.js';
import type { LabContext } from '../shell/lab.js';
import { errorSpec, liveText } from './draw.js';
import { useDescentSpec, useTangentSpec } from './figure-view.js';
import { ChainTable, DescentReadout, Legend, Pair, Readout } from './panels.js';
import type { DerivativeStore, FormulaKey } from './store.js';
import { surfaces1D } from './store.js';

export interface ViewProps {
  store: DerivativeStore;
  ctx: LabContext;
}

/** The smallest h and α the fields take: both must be positive (the schema's rule). */
const TINY = 1e-300;

export function DerivativeView({ store, ctx }: ViewProps): JSX.Element {
  return (
    <div class="lab derivative-lab" data-ready="true">
      <Controls store={store} ctx={ctx} />
      <Stage store={store} />
      <Side store={store} />
    </div>
  );
}

function Formula({
  store,
  id,
  k,
  label,
}: {
  store: DerivativeStore;
  id: string;
  k: FormulaKey;
  label: string;
}) {
  return (
    <FormulaField
      id={id}
      label={label}
      value={store[k].value}
      error={store.fault(k)}
      onInput={(text) => {
        store[k].value = text;
      }}
    />
  );
}

function Controls({ store, ctx }: ViewProps): JSX.Element {
  return (
    <div class="panel controls">
      <StudyFields store={store} />
      <h2>{tr('lab-descent-view')}</h2>
      <DescentFields store={store} />
      <h2>{tr('lab-chain')}</h2>
      <Formula store={store} id="d-inner" k="inner" label="u(x) =" />
      <Formula store={store} id="d-outer" k="outer" label="y(u) =" />
      <h2>{tr('lab-export')}</h2>
      <div class="buttons">
        <button
          type="button"
          id="d-export-json"
          onClick={() =>
            saveText('descenso-experiment.json', experimentJson(store.experiment.value), 'application/json')
          }
        >
          {tr('lab-export-json')}
        </button>
        <ImportButton id="d-import-file" onText={(text) => importText(text, ctx)} />
      </div>
    </div>
  );
}

/** f (from the catalog or typed), x and h, and what they give: f(x), f′(x) and the quotients. */
function StudyFields({ store }: { store: DerivativeStore }): JSX.Element {
  const l = lang.value;
  const options = [
    ...surfaces1D.map((c) => ({ value: c.id, label: c.name[l] })),
    { value: '__formula', label: tr('lab-own-formula') },
  ];
  const pick = (id: string) => {
    const c = surfaces1D.find((s) => s.id === id);
    if (c) store.formula.value = c.formula;
  };
  return (
    <>
      <Select
        id="d-catalog"
        label={tr('lab-function-catalog')}
        value={store.catalogId.value || '__formula'}
        options={options}
        onChange={pick}
      />
      <Formula store={store} id="d-formula" k="formula" label={tr('lab-function')} />
      <Pair
        id="d-x"
        label={tr('lab-point')}
        value={store.x.value}
        onCommit={(v) => (store.x.value = v)}
        range={{ min: -5, max: 5 }}
      />
      <Pair
        id="d-h"
        label={tr('lab-h')}
        value={store.h.value}
        onCommit={(v) => (store.h.value = v)}
        range={{ min: 1e-12, max: 2, log: true }}
        min={TINY}
      />
      <Readout at={store.run.value.at} />
    </>
  );
}

/** The step α and the number of steps of both descents. */
function DescentFields({ store }: { store: DerivativeStore }): JSX.Element {
  return (
    <>
      <Pair
        id="d-lr"
        label={tr('lab-descent-lr')}
        value={store.lr.value}
        onCommit={(v) => (store.lr.value = v)}
        range={{ min: 1e-4, max: 1, log: true }}
        min={TINY}
      />
      <Pair
        id="d-steps"
        label={tr('lab-steps')}
        value={store.steps.value}
        onCommit={(v) => (store.steps.value = v)}
        range={{ min: 1, max: 1000 }}
        integer
        min={1}
        max={LIMITS.derivativeSteps}
      />
    </>
  );
}

/** An imported file goes where its kind belongs (the shell routes it); a bad one is said in one line. */
function importText(text: string, ctx: LabContext): void {
  if (ctx.importLesson?.(text)) return;
  try {
    ctx.open(experimentFromJson(text));
  } catch (err) {
    const reason = err instanceof DescensoError ? err.messageIn(lang.value) : String(err);
    ctx.notify(tr('lab-import-failed', { reason }), 'error');
  }
}

/** A chart's title with its export buttons. */
function Head({ title, children }: { title: string; children: JSX.Element }): JSX.Element {
  return (
    <div class="chart-head">
      <h2>{title}</h2>
      {children}
    </div>
  );
}

/** The SVG of one of the core's derivative views, titled as on the page. */
type View = (e: DerivativeRunSet['experiment'], run: DerivativeRunSet, o: { title: string }) => string;
const svgOf = (store: DerivativeStore, view: View, title: string) => () =>
  view(store.experiment.value, store.run.value, { title });

function Stage({ store }: { store: DerivativeStore }): JSX.Element {
  return (
    <div class="panel stage">
      <TangentView store={store} />
      <DescentView store={store} />
      <LiveText id="d-live" text={liveText(store.run.value)} />
    </div>
  );
}

/** f with its tangent at x and the secant through x and x + h. */
function TangentView({ store }: { store: DerivativeStore }): JSX.Element {
  const curve = useTangentSpec(store);
  const at = store.run.value.at;
  const title = tr('lab-tangent-view');
  const alt = at
    ? tr('lab-derivative-tangent-alt', {
        x: fmt(store.x.value, 6),
        slope: fmt(at.slope, 6),
        secant: fmt(at.forward, 6),
        h: fmt(store.h.value, 3),
      })
    : title;
  return (
    <>
      <Head title={title}>
        <ExportMenu
          name="derivative-tangent"
          title={title}
          svg={svgOf(store, derivativeTangentView, title)}
        />
      </Head>
      <LineChart spec={curve} label={alt} class="d-curve" />
      <Legend
        items={[
          [COLORS.f, 'f(x)'],
          [COLORS.tangent, tr('lab-tangent')],
          [COLORS.secant, tr('lab-secant')],
        ]}
      />
    </>
  );
}

/** x against the step for gradient descent and the sign step, and where each ended. */
function DescentView({ store }: { store: DerivativeStore }): JSX.Element {
  const descent = useDescentSpec(store);
  const title = tr('lab-descent-view');
  return (
    <>
      <Head title={title}>
        <ExportMenu
          name="derivative-descent"
          title={title}
          svg={svgOf(store, derivativeDescentView, title)}
          csv={() => descentCsv(store.run.value)}
          ids={{ csv: 'd-export-descent-csv' }}
          files={{ csv: 'descenso-trajectories.csv' }}
          labels={{ csv: tr('lab-export-csv') }}
        />
      </Head>
      <LineChart spec={descent} label={tr('lab-derivative-descent-alt')} class="d-descent" />
      <Legend
        items={[
          [COLORS.gd, tr('lab-descent-gd')],
          [COLORS.sign, tr('lab-descent-sign')],
        ]}
      />
      <DescentReadout runs={store.run.value.runs} />
    </>
  );
}

function Side({ store }: { store: DerivativeStore }): JSX.Element {
  const errors = useComputed(() => {
    const { at, errors: e } = store.run.value;
    lang.value;
    return at && e ? errorSpec(store.h.value, at, e) : { series: [] };
  });
  const title = tr('lab-error-vs-h');
  return (
    <div class="panel side">
      <Head title={title}>
        <ExportMenu
          name="derivative-error"
          title={title}
          svg={svgOf(store, derivativeErrorView, title)}
          csv={() => errorsCsv(store.run.value)}
          ids={{ csv: 'd-export-csv' }}
          files={{ csv: 'descenso-derivative-errors.csv' }}
          labels={{ csv: tr('lab-export-csv-errors') }}
        />
      </Head>
      <LineChart spec={errors} label={tr('lab-derivative-error-alt')} class="d-errors" />
      <Legend
        items={[
          [COLORS.forward, tr('lab-forward')],
          [COLORS.central, tr('lab-central')],
        ]}
      />
      <div class="chart-head">
        <h2>{tr('lab-chain')}</h2>
      </div>
      <div class="table-wrap">
        <ChainTable chain={store.run.value.chain} x={store.x.value} />
      </div>
    </div>
  );
}

/** |quotient − f′(x)| against h, one row per h of the run's grid. */
export function errorsCsv(run: DerivativeRunSet): string {
  const t = run.errors;
  const rows = t ? t.h.map((hh, i) => [hh, t.forward[i], t.central[i]]) : [];
  return csvText(['h', 'forward_error', 'central_error'], rows);
}

/** Both descents, one row per step: the optimizer's label, the step, x, f and |f′|. */
export function descentCsv(run: DerivativeRunSet): string {
  const labels = [tr('lab-descent-gd'), tr('lab-descent-sign')];
  const rows: unknown[][] = [];
  run.runs.forEach((r, i) => {
    r.points.forEach((p, k) => {
      rows.push([labels[i], k, p[0], r.values[k], r.gradNorms[k]]);
    });
  });
  return csvText(['optimizer', 'step', 'x', 'f', 'grad_norm'], rows);
}
