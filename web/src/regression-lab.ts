/**
 * The regression lab: data (a simulation with sliders, a formula of your own or a CSV file), a
 * model, a loss and an optimizer (with its PyTorch/Keras convention) trained in the batch,
 * stochastic and mini-batch regimes side by side on the same data and seed through `fit` (in the
 * worker). Views kept in step with the epoch shown: the fitted curves over the scatter, the loss
 * landscape (L(w), or the (a, b) map) with each regime's path, the loss per epoch, and for the
 * mini-batch run the loss of the current batch, step by step.
 */

import { parseCsv } from '../../src/data/csv.js';
import { simulationDefaults } from '../../src/data/simulate.js';
import { DescensoError, isDescensoError } from '../../src/errors.js';
import type { FitExperiment, FitResult } from '../../src/experiment/index.js';
import { MAX_EPOCHS } from '../../src/experiment/schema.js';
import { parseFormula } from '../../src/expr/index.js';
import { makeModel } from '../../src/models/index.js';
import { optimizerNames } from '../../src/optim/index.js';
import { categoricalColor } from '../../src/plot/index.js';
import {
  type FitRun,
  type FitViewExperiment,
  fitData,
  lossCurve,
  lossOverParams,
  type ViewOptions,
} from '../../src/plot/views/index.js';
import { defaultFit } from './address.js';
import { LineChart, type Series } from './chart.js';
import { fill, h } from './dom.js';
import {
  chartView,
  type ExportableView,
  experimentJson,
  importButton,
  saveCsv,
  saveExperiment,
  viewHead,
} from './export.js';
import { GridMap } from './grid-map.js';
import { fmt, fmtInt, getLang, tr } from './i18n.js';
import { fitSize, MAX_ADDRESS_POINTS, MAX_CSV_BYTES, MAX_CSV_ROWS, MAX_FIT_WORK } from './limits.js';
import { formulaMessage } from './messages.js';
import { optimizerCard } from './optimizer-editor.js';
import { Playback } from './playback.js';
import { showProgress } from './progress.js';
import { gatherPoints, type LossEvaluator, lossEvaluator } from './regression/loss-eval.js';
import { computeFit, type Job } from './runs.js';
import { extent, thinned } from './ticks.js';
import { batchOf, type FitWork, type Landscape } from './work/fit-work.js';

export { defaultFit };

/** Simulated families, then the user's formula and the user's CSV. */
const FAMILIES = ['linear', 'affine', 'poly', 'sine', 'exp', 'formula', 'csv'] as const;
type FamilyChoice = (typeof FAMILIES)[number];
const MODELS = ['linear', 'affine', 'poly:2', 'poly:3', 'mlp:8'];
const LOSSES = ['mse', 'sse', 'mae', 'huber'];
const REGIMES = ['batch', 'sgd', 'minibatch'] as const;
const OPTIMIZERS = optimizerNames.filter((n) => n !== 'newton');
const BATCH_COLOR = '#e8710a';
/** The data's dots drawn at most (redrawn every frame); the bounds still come from every point. */
const MAX_SCATTER_DOTS = 5000;

function clone(e: FitExperiment): FitExperiment {
  return JSON.parse(JSON.stringify(e)) as FitExperiment;
}

function familyOf(e: FitExperiment): FamilyChoice {
  if (e.data.x && e.data.y) return 'csv';
  if (e.data.formula !== undefined) return 'formula';
  const f = e.data.family ?? 'linear';
  return (FAMILIES as readonly string[]).includes(f) ? (f as FamilyChoice) : 'linear';
}

export class RegressionLab {
  readonly root = h('div', { class: 'lab regression-lab' });
  exp: FitExperiment;
  private work: FitWork | null = null;
  /** The experiment `work` was computed from (the controls may already show the next one). */
  private computed: FitExperiment | null = null;
  private job: Job<FitWork> | null = null;
  private cur = 0;
  private shownEpoch = -1;
  private shownStep = -1;
  private formulaError: string | null = null;
  private scatter = new LineChart('');
  private curve = new LineChart('');
  private losses = new LineChart('');
  private batchCurve = new LineChart('');
  private map = new GridMap('');
  private batchMap = new GridMap('');
  private batchEval: { size: number; ev: LossEvaluator } | null = null;
  private controls = h('div', { class: 'panel controls' });
  private stage = h('div', { class: 'panel stage' });
  private side = h('div', { class: 'panel side' });
  private status = h('div', { class: 'status', 'aria-live': 'polite' });
  private progress = h('div', { class: 'progress', hidden: true });
  private batchLabel = h('p', { class: 'help', id: 'r-batch-label' });
  private timeline = h('input', {
    type: 'range',
    min: 0,
    max: 0,
    value: '0',
    class: 'timeline',
    id: 'r-timeline',
  });
  private label = h('span', { class: 'step-label' });
  private playButton = h('button', { type: 'button', class: 'primary play', id: 'r-play' });
  private readonly playback = new Playback(this.playButton, (dt) => {
    const n = this.epochs();
    this.cur = Math.min(n, this.cur + dt * Math.max(8, n / 5));
    this.drawFrame();
    return this.cur < n;
  });

  private readonly scatterView: ExportableView = {
    id: 'regression-data',
    title: () => tr('lab-scatter'),
    svg: () => this.coreSvg(fitData, tr('lab-scatter')) ?? this.curveSvg(this.scatter),
  };
  private readonly epochsView: ExportableView = {
    id: 'regression-loss-epochs',
    title: () => tr('lab-loss-epochs'),
    svg: () => this.coreSvg(lossCurve, tr('lab-loss-epochs')) ?? this.curveSvg(this.losses),
  };
  private readonly landView: ExportableView = {
    id: 'regression-landscape',
    title: () => this.landTitle(),
    svg: () =>
      (this.landscape() ? this.coreSvg(lossOverParams, this.landTitle()) : null) ??
      (this.twoParams() ? this.map.svg(this.landTitle()) : this.curveSvg(this.curve)),
  };
  private readonly batchView: ExportableView = {
    id: 'regression-batch',
    title: () => tr('lab-batch-view'),
    svg: () => (this.twoParams() ? this.batchMap.svg(tr('lab-batch-view')) : this.curveSvg(this.batchCurve)),
  };

  /** A core view (what `fit --plot` draws) of the computed fit, or null before there is one. */
  private coreSvg(
    view: (e: FitViewExperiment, run: FitRun, o?: ViewOptions) => string,
    title: string,
  ): string | null {
    const result = this.work?.result;
    const e = this.computed;
    if (!result || !e) return null;
    const runs = result.runs.map((r) => ({ ...r, label: this.runLabel(r) }));
    // The lab's maps are viridis: the export shows the colours on screen.
    const experiment = { model: e.model, loss: e.loss, view: { colormap: 'viridis', lang: getLang() } };
    return view(experiment, { data: result.data, runs }, { title });
  }

  importHandler: ((text: string) => void) | null = null;

  constructor(
    exp: FitExperiment,
    private readonly changed: () => void,
    private readonly notify: (m: string, kind?: 'error' | 'info') => void,
  ) {
    this.exp = clone(exp);
    this.timeline.addEventListener('input', () => {
      this.pause();
      this.cur = Number(this.timeline.value);
      this.drawFrame();
    });
    this.playButton.addEventListener('click', () => this.toggle());
    new ResizeObserver(() => this.drawStatic()).observe(this.root);
  }

  setExperiment(e: FitExperiment): void {
    this.exp = clone(e);
    this.formulaError = null;
    this.render();
    this.recompute();
  }

  private epochs(): number {
    return Math.max(0, ...(this.work?.result?.runs.map((r) => r.history.length - 1) ?? [0]));
  }

  private paramNames(): readonly string[] {
    try {
      return makeModel(this.exp.model).paramNames;
    } catch {
      return [];
    }
  }

  private landscape(): Landscape | undefined {
    return this.work?.landscape;
  }

  private twoParams(): boolean {
    return (this.landscape()?.params.length ?? 0) === 2;
  }

  private landTitle(): string {
    const l = this.landscape();
    if (!l) return tr('lab-landscape');
    // "the others at their final value" only when there are others
    const all = l.at.length === l.params.length;
    if (l.params.length === 2)
      return tr(all ? 'lab-loss-map-only' : 'lab-loss-map', { a: l.params[0], b: l.params[1] });
    return tr(all ? 'lab-loss-curve-only' : 'lab-loss-curve', { name: l.params[0] });
  }

  /** A run's name in the user's language: the optimizer's label and, beside other regimes, its own. */
  private runLabel(run: FitResult['runs'][number]): string {
    const name = run.optimizer.label ?? run.optimizer.name;
    return (this.work?.result?.runs.length ?? 0) > 1 ? `${name} (${tr(`lab-regime-${run.regime}`)})` : name;
  }

  private curveSvg(chart: LineChart): string {
    return chartView('x', chart, () => '').svg();
  }

  // ---- controls ------------------------------------------------------------------------------

  render(): void {
    const e = this.exp;
    const d = e.data;
    const fam = familyOf(e);
    const defs = simulationDefaults[fam === 'csv' ? 'linear' : fam];
    const num = (
      id: string,
      label: string,
      value: number,
      range: [number, number, number],
      set: (v: number) => void,
      int = false,
    ) => {
      const slider = h('input', {
        type: 'range',
        min: range[0],
        max: range[1],
        step: range[2],
        value: String(value),
        'aria-label': label,
      });
      const box = h('input', {
        id,
        type: 'number',
        step: int ? 1 : 'any',
        value: String(value),
        class: 'num',
      });
      const apply = (v: number) => {
        if (!Number.isFinite(v)) {
          box.value = String(value);
          return;
        }
        set(int ? Math.round(v) : v);
        this.changed();
        this.recompute();
      };
      slider.addEventListener('input', () => {
        box.value = slider.value;
      });
      slider.addEventListener('change', () => apply(Number(slider.value)));
      box.addEventListener('change', () => {
        slider.value = box.value;
        apply(Number(box.value));
      });
      return h(
        'div',
        { class: 'field' },
        h('label', { for: id }, label),
        h('div', { class: 'pair' }, slider, box),
      );
    };
    const select = (
      id: string,
      label: string,
      options: readonly string[],
      value: string,
      set: (v: string) => void,
      text?: (o: string) => string,
    ) =>
      h(
        'div',
        { class: 'field' },
        h('label', { for: id }, label),
        h(
          'select',
          {
            id,
            onchange: (ev: Event) => {
              set((ev.target as HTMLSelectElement).value);
              this.changed();
              this.recompute();
            },
          },
          options.map((o) => h('option', { value: o, selected: o === value }, text ? text(o) : o)),
        ),
      );
    const simulated = fam !== 'csv';
    const names = this.paramNames();
    const scalarNames = names.length <= 4 ? names : [];
    fill(
      this.controls,
      h('h2', null, tr('lab-data')),
      select(
        'r-family',
        tr('lab-family'),
        FAMILIES,
        fam,
        (v) => {
          const seed = d.seed ?? 22;
          if (v === 'formula') e.data = { formula: d.formula ?? 'sin(x) + 0.5*x', seed };
          else if (v === 'csv') e.data = { x: [0, 1, 2, 3], y: [0.1, 1.9, 4.2, 5.8] };
          else e.data = { family: v, seed };
          this.formulaError = null;
          this.render();
        },
        (o) => tr(`lab-family-${o as FamilyChoice}`),
      ),
      fam === 'formula' ? this.formulaField() : null,
      fam === 'csv' ? this.csvField() : null,
      simulated && fam !== 'formula'
        ? [
            num('r-slope', tr('lab-slope'), d.slope ?? defs.slope, [-10, 10, 0.1], (v) => {
              d.slope = v;
            }),
            num('r-intercept', tr('lab-intercept'), d.intercept ?? defs.intercept, [-10, 10, 0.1], (v) => {
              d.intercept = v;
            }),
          ]
        : null,
      simulated
        ? [
            num('r-noise', tr('lab-noise'), d.noise ?? defs.noise, [0, 5, 0.05], (v) => {
              d.noise = Math.max(0, v);
            }),
            num('r-mu', tr('lab-mu'), d.mu ?? defs.mu, [-3, 3, 0.1], (v) => {
              d.mu = v;
            }),
            num(
              'r-points',
              tr('lab-points'),
              d.points ?? defs.points,
              [2, 1000, 1],
              (v) => {
                d.points = Math.max(1, Math.min(100_000, v));
              },
              true,
            ),
            num(
              'r-seed',
              tr('lab-seed'),
              d.seed ?? defs.seed,
              [0, 100, 1],
              (v) => {
                d.seed = Math.max(0, v);
              },
              true,
            ),
          ]
        : null,
      h('h2', null, tr('lab-model')),
      select(
        'r-model',
        tr('lab-model'),
        MODELS,
        e.model,
        (v) => {
          e.model = v;
          e.init = undefined;
          this.render();
        },
        (m) => tr(`lab-model-${m.replace(':', '-') as 'linear' | 'affine' | 'poly-2' | 'poly-3' | 'mlp-8'}`),
      ),
      select('r-loss', tr('lab-loss'), LOSSES, e.loss ?? 'mse', (v) => {
        e.loss = v as FitExperiment['loss'];
      }),
      h('h2', null, tr('lab-optimizer')),
      optimizerCard(
        e.optimizers[0],
        '#3c4043',
        false,
        (rebuild) => {
          if (rebuild) this.render();
          this.changed();
          this.recompute();
        },
        () => {},
        OPTIMIZERS,
      ),
      h('h2', null, tr('lab-training')),
      num(
        'r-epochs',
        tr('lab-epochs'),
        e.epochs,
        [1, 500, 1],
        (v) => {
          e.epochs = Math.max(1, Math.min(MAX_EPOCHS, v));
        },
        true,
      ),
      scalarNames.map((p) =>
        num(`r-init-${p}`, `${tr('lab-init')}: ${p}`, e.init?.[p] ?? 0, [-10, 10, 0.1], (v) => {
          e.init = { ...e.init, [p]: v };
        }),
      ),
      h(
        'fieldset',
        { class: 'field regimes' },
        h('legend', null, tr('lab-regimes')),
        REGIMES.map((r) =>
          h(
            'label',
            { class: 'check' },
            h('input', {
              type: 'checkbox',
              id: `r-regime-${r}`,
              checked: e.regimes.includes(r),
              onchange: (ev: Event) => {
                const on = (ev.target as HTMLInputElement).checked;
                const next = REGIMES.filter((x) => (x === r ? on : e.regimes.includes(x)));
                if (next.length === 0) {
                  (ev.target as HTMLInputElement).checked = true;
                  return;
                }
                e.regimes = next;
                this.changed();
                this.recompute();
              },
            }),
            tr(`lab-regime-${r}`),
          ),
        ),
        h('div', { class: 'help' }, tr('lab-regimes-help')),
      ),
      num(
        'r-batch',
        tr('lab-batch-size'),
        e.batchSize ?? 32,
        [1, 128, 1],
        (v) => {
          e.batchSize = Math.max(1, v);
        },
        true,
      ),
      num(
        'r-shuffle-seed',
        tr('lab-shuffle-seed'),
        e.seed ?? 0,
        [0, 100, 1],
        (v) => {
          e.seed = Math.max(0, v);
        },
        true,
      ),
      h('h2', null, tr('lab-export')),
      h(
        'div',
        { class: 'buttons' },
        h(
          'button',
          { type: 'button', id: 'r-export-json', onclick: () => saveExperiment(this.exp) },
          tr('lab-export-json'),
        ),
        h(
          'button',
          { type: 'button', id: 'r-export-csv', onclick: () => this.exportCsv() },
          tr('lab-export-csv-training'),
        ),
        importButton('r-import-file', (text) => this.importHandler?.(text)),
      ),
      h('p', { class: 'help' }, tr('lab-keyboard')),
    );
    this.scatter.setLabel(tr('lab-scatter'));
    this.losses.setLabel(tr('lab-loss-epochs'));
    this.curve.setLabel(this.landTitle());
    this.map.setLabel(this.landTitle());
    this.batchCurve.setLabel(tr('lab-batch-view'));
    this.batchMap.setLabel(tr('lab-batch-view'));
    this.timeline.setAttribute('aria-label', tr('lab-timeline'));
    const btn = (label: string, text: string, f: () => void, id: string) =>
      h('button', { type: 'button', id, 'aria-label': label, title: label, onclick: f }, text);
    fill(
      this.stage,
      viewHead(this.scatterView),
      this.scatter.canvas,
      h('ul', { class: 'legend', id: 'r-legend' }),
      h(
        'div',
        { class: 'transport' },
        h(
          'div',
          { class: 'buttons' },
          btn(tr('lab-restart'), '⇤', () => this.seek(0), 'r-restart'),
          btn(tr('lab-step-back'), '◀', () => this.stepBy(-1), 'r-back'),
          this.playButton,
          btn(tr('lab-step-forward'), '▶', () => this.stepBy(1), 'r-forward'),
          this.label,
        ),
        this.timeline,
      ),
      this.progress,
      this.status,
    );
    this.buildSide();
    fill(this.root, this.controls, this.stage, this.side);
    this.playback.updateButton();
    this.drawStatic();
  }

  /** The side panel's views; which ones depends on the model and the regimes of the last result. */
  private buildSide(): void {
    const two = this.twoParams();
    const land = this.landscape();
    const replay = this.work?.replay;
    fill(
      this.side,
      viewHead(this.landView),
      land ? (two ? this.map.wrap : this.curve.canvas) : h('p', { class: 'help' }, tr('lab-no-landscape')),
      replay && land
        ? [viewHead(this.batchView), two ? this.batchMap.wrap : this.batchCurve.canvas, this.batchLabel]
        : null,
      viewHead(this.epochsView),
      this.losses.canvas,
    );
  }

  private formulaField(): HTMLElement {
    const d = this.exp.data;
    const input = h('input', {
      id: 'r-formula',
      type: 'text',
      value: d.formula ?? '',
      spellcheck: 'false',
      autocomplete: 'off',
      'aria-describedby': 'r-formula-error',
      'aria-invalid': String(this.formulaError !== null),
    });
    const box = h(
      'pre',
      { id: 'r-formula-error', class: 'formula-error', role: 'alert', hidden: this.formulaError === null },
      this.formulaError ?? '',
    );
    let timer = 0;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        const text = input.value;
        try {
          parseFormula(text, { kind: '1d' });
          this.formulaError = null;
          d.formula = text;
          this.changed();
          this.recompute();
        } catch (err) {
          this.formulaError = formulaMessage(err, text);
        }
        box.textContent = this.formulaError ?? '';
        box.hidden = this.formulaError === null;
        input.setAttribute('aria-invalid', String(this.formulaError !== null));
      }, 200);
    });
    return h(
      'div',
      { class: 'field' },
      h('label', { for: 'r-formula' }, tr('lab-data-formula')),
      input,
      h('div', { class: 'help' }, tr('lab-data-formula-help')),
      box,
    );
  }

  private csvField(): HTMLElement {
    const input = h('input', { id: 'r-csv', type: 'file', accept: '.csv,text/csv,text/plain' });
    const box = h('pre', { id: 'r-csv-error', class: 'formula-error', role: 'alert', hidden: true });
    input.addEventListener('change', () => {
      const f = input.files?.[0];
      if (!f) return;
      const refuse = (message: string) => {
        box.textContent = `${f.name}: ${message}`;
        box.hidden = false;
      };
      // Checked before reading: a file of hundreds of megabytes would take the tab down with it.
      if (f.size > MAX_CSV_BYTES) {
        refuse(tr('lab-csv-too-large', { size: megabytes(f.size), max: megabytes(MAX_CSV_BYTES) }));
        return;
      }
      void f.text().then((text) => {
        try {
          // One row is data too: a fit needs at least one point, and the library says so for none.
          const table = parseCsv(text);
          if (table.y.length > MAX_CSV_ROWS)
            throw new DescensoError('lab-csv-too-many-rows', {
              rows: fmtInt(table.y.length),
              max: fmtInt(MAX_CSV_ROWS),
            });
          this.exp.data = { x: Array.from(table.x), y: Array.from(table.y) };
          box.hidden = true;
          this.notify(tr('lab-csv-loaded', { n: fmtInt(table.y.length), name: f.name }), 'info');
          if (table.y.length > MAX_ADDRESS_POINTS)
            this.notify(tr('lab-data-in-session', { n: fmtInt(table.y.length) }), 'info');
          this.changed();
          this.recompute();
        } catch (err) {
          refuse(isDescensoError(err) ? err.messageIn(getLang()) : String(err));
        }
      });
    });
    return h(
      'div',
      { class: 'field' },
      h('label', { for: 'r-csv' }, tr('lab-csv-file')),
      input,
      h('div', { class: 'help' }, tr('lab-csv-help', { n: fmtInt(this.exp.data.y?.length ?? 0) })),
      box,
    );
  }

  // ---- computing -----------------------------------------------------------------------------

  recompute(): void {
    this.job?.cancel();
    let e: FitExperiment;
    try {
      // the schema checks everything the controls let through (and names the field at fault)
      e = JSON.parse(experimentJson(this.exp)) as FitExperiment;
    } catch (err) {
      this.notify(isDescensoError(err) ? err.messageIn(getLang()) : String(err), 'error');
      return;
    }
    // Refused before the worker starts: past this a tab trains for hours or runs out of memory.
    const size = fitSize(e);
    if (size > MAX_FIT_WORK) {
      this.failed(e, tr('lab-fit-too-large', { work: fmtInt(size), max: fmtInt(MAX_FIT_WORK) }));
      return;
    }
    // a quick fit never shows the bar: it appears after 150 ms
    let visible = false;
    let fraction = 0;
    const job = computeFit(e, (f) => {
      fraction = f;
      if (visible) showProgress(this.progress, f, () => job.cancel(), 'r-cancel');
    });
    this.job = job;
    const shown = setTimeout(() => {
      visible = true;
      if (this.job === job) showProgress(this.progress, fraction, () => job.cancel(), 'r-cancel');
    }, 150);
    void job.promise.then((work) => {
      clearTimeout(shown);
      if (this.job !== job) return;
      this.job = null;
      this.progress.hidden = true;
      if (!work) {
        this.notify(tr('lab-cancelled'), 'info');
        return;
      }
      if (work.error) {
        this.failed(e, work.error.message[getLang()]);
        return;
      }
      // an optimizer that could not train comes back as data, beside the runs that could
      for (const r of work.result?.runs ?? [])
        if (r.error)
          this.notify(tr('lab-error-run', { name: r.label, reason: r.error.message[getLang()] }), 'error');
      this.work = work;
      this.computed = e;
      this.batchEval = null;
      this.timeline.max = String(this.epochs());
      this.cur = 0;
      this.buildSide();
      this.drawLandscape();
      this.drawStatic();
      this.play();
      this.root.dataset.ready = 'true';
      this.root.dataset.runs = String(work.result?.runs.length ?? 0);
    });
  }

  /**
   * A fit that cannot run: the error is shown, and when nothing is drawn yet (an address or a file
   * that cannot be fitted) the default experiment opens rather than an empty lab; otherwise the
   * last fit stays on show beside the error.
   */
  private failed(e: FitExperiment, message: string): void {
    this.notify(message, 'error');
    if (!this.work && JSON.stringify(e) !== JSON.stringify(defaultFit)) {
      this.setExperiment(defaultFit);
      this.changed();
    } else this.root.dataset.ready = 'true';
  }

  private colors(): string[] {
    return (this.work?.result?.runs ?? []).map((_r, i) => categoricalColor(i));
  }

  private sizes(): { w: number; sw: number } {
    return {
      w: Math.max(260, this.stage.clientWidth - 26),
      sw: Math.max(260, Math.min(640, this.side.clientWidth - 26)),
    };
  }

  /** The views that change only with the data: the landscape's colours, loss per epoch. */
  private drawLandscape(): void {
    const l = this.landscape();
    if (l?.params.length !== 2) return;
    this.map.setGrid({ values: l.values, n: l.nx, x: l.x, y: l.y }, { x: l.params[0], y: l.params[1] });
  }

  private drawStatic(): void {
    const r = this.work?.result;
    if (!r) return;
    const { sw } = this.sizes();
    const colors = this.colors();
    this.losses.draw(
      {
        series: r.runs.map((run, i) => ({
          name: this.runLabel(run),
          color: colors[i],
          ys: run.history.map((x) => x.loss),
          xs: run.history.map((x) => x.epoch),
          markAt: run.status === 'diverged' ? run.divergedAt : undefined,
        })),
        logY: true,
        xLabel: tr('lab-epoch'),
        yLabel: tr('lab-loss'),
      },
      sw,
      Math.round(Math.min(260, sw * 0.6)),
    );
    const legend = this.root.querySelector('#r-legend');
    if (legend)
      fill(
        legend,
        h('li', null, h('span', { class: 'dot', style: 'background:#5b636e' }), tr('plot-data')),
        this.work?.replay
          ? h(
              'li',
              null,
              h('span', { class: 'dot', style: `background:${BATCH_COLOR}` }),
              tr('lab-batch-points'),
            )
          : null,
        r.runs.map((run, i) =>
          h(
            'li',
            null,
            h('span', { class: 'dot', style: `background:${colors[i]}` }),
            run.status === 'diverged'
              ? `${this.runLabel(run)} — ${tr('lab-status-diverged-epoch', { k: fmtInt(run.divergedAt ?? 0) })}`
              : this.runLabel(run),
          ),
        ),
      );
    this.shownEpoch = -1;
    this.shownStep = -1;
    this.drawFrame();
  }

  private paramsAt(run: FitResult['runs'][number], k: number): Record<string, number | number[]> | undefined {
    const hist = run.history;
    return hist[Math.min(k, hist.length - 1)]?.params;
  }

  /** The replayed mini-batch step shown: the epoch's steps spread over the time to the next epoch. */
  private stepShown(): number {
    const r = this.work?.replay;
    if (!r) return -1;
    const t = Math.floor(this.cur * r.perEpoch);
    return Math.min(t, r.params.length - 1);
  }

  private drawFrame(): void {
    const r = this.work?.result;
    if (!r) return;
    const k = Math.max(0, Math.floor(this.cur));
    const t = this.stepShown();
    if (k === this.shownEpoch && t === this.shownStep) return;
    const epochChanged = k !== this.shownEpoch;
    this.shownEpoch = k;
    this.shownStep = t;
    this.drawScatter(r, k, t);
    if (epochChanged) this.drawLandscapePaths(r, k);
    this.drawBatch(t);
    if (epochChanged) {
      this.losses.cursor(k);
      this.timeline.value = String(k);
      const first = r.runs[0];
      const p = first ? this.paramsAt(first, k) : undefined;
      const params = p
        ? Object.entries(p)
            .map(([n, v]) => `${n} = ${typeof v === 'number' ? fmt(v, 4) : '…'}`)
            .join(', ')
        : '';
      this.label.textContent = `${tr('lab-epoch-of', { k: fmtInt(k), n: fmtInt(this.epochs()) })}${params ? ` · ${params}` : ''}`;
      this.root.dataset.epoch = String(k);
    }
  }

  private drawScatter(r: FitResult, k: number, t: number): void {
    const { w } = this.sizes();
    const colors = this.colors();
    const xs = r.data.x as number[];
    let [lo, hi] = extent(xs);
    if (!(lo <= hi)) [lo, hi] = [0, 1];
    if (!(hi > lo)) hi = lo + 1;
    const pad = (hi - lo) * 0.03;
    lo -= pad;
    hi += pad;
    const grid = Array.from({ length: 80 }, (_v, i) => lo + ((hi - lo) * i) / 79);
    let model: ReturnType<typeof makeModel> | null = null;
    try {
      model = makeModel(this.computed?.model ?? this.exp.model);
    } catch {
      model = null;
    }
    const ys = r.data.y;
    const [yLo, yHi] = extent(ys);
    const yPad = (yHi - yLo) * 0.08 || 1;
    const series: Series[] = [
      {
        name: tr('plot-data'),
        color: 'rgba(70,78,90,0.55)',
        ...thinned(xs, ys, MAX_SCATTER_DOTS),
        dots: true,
        noLine: true,
      },
    ];
    const replay = this.work?.replay;
    if (replay && t >= 0) {
      const idx = batchOf(replay, t);
      series.push({
        name: tr('lab-batch-points'),
        color: BATCH_COLOR,
        xs: idx.map((i) => xs[i]),
        ys: idx.map((i) => ys[i]),
        dots: true,
        noLine: true,
      });
    }
    r.runs.forEach((run, i) => {
      const p = this.paramsAt(run, k);
      let vals: number[] = [];
      if (model && p)
        try {
          vals = model.predictValues(
            run.paramNames.map((n) => p[n]),
            grid,
          );
        } catch {
          vals = [];
        }
      series.push({ name: this.runLabel(run), color: colors[i], xs: grid, ys: vals, width: 2.4 });
    });
    this.scatter.draw(
      { series, xLabel: 'x', yLabel: 'y', xRange: [lo, hi], yRange: [yLo - yPad, yHi + yPad] },
      w,
      Math.round(Math.min(480, w * 0.68)),
    );
  }

  /** Each run's path on the landscape up to epoch k. */
  private drawLandscapePaths(r: FitResult, k: number): void {
    const l = this.landscape();
    if (!l) return;
    const colors = this.colors();
    const { sw } = this.sizes();
    if (l.params.length === 2) {
      const [a, b] = l.params;
      this.map.setPaths(
        r.runs.map((run, i) => ({
          name: this.runLabel(run),
          color: colors[i],
          points: run.history
            .slice(0, k + 1)
            .map((hh) => [hh.params?.[a] as number, hh.params?.[b] as number]),
        })),
      );
      return;
    }
    const param = l.params[0];
    const ws = Array.from({ length: l.nx }, (_v, i) => l.x[0] + ((l.x[1] - l.x[0]) * i) / (l.nx - 1));
    const paths: Series[] = r.runs.map((run, i) => {
      const pts = run.history.slice(0, k + 1).filter((hh) => typeof hh.params?.[param] === 'number');
      return {
        name: this.runLabel(run),
        color: colors[i],
        xs: pts.map((hh) => hh.params![param] as number),
        ys: pts.map((hh) => hh.loss),
        dots: true,
        width: 1.2,
      };
    });

    this.curve.draw(
      {
        series: [{ name: `L(${param})`, color: '#1d2127', xs: ws, ys: l.values, width: 2 }, ...paths],
        xLabel: param,
        yLabel: tr('lab-loss'),
        xRange: l.x,
        yRange: extent(l.values),
      },
      sw,
      Math.round(Math.min(280, sw * 0.65)),
    );
  }

  /** The loss of the batch of replayed step t, over the landscape's axes, with the steps so far. */
  private drawBatch(t: number): void {
    const replay = this.work?.replay;
    const l = this.landscape();
    const data = this.work?.result?.data;
    if (!replay || !l || !data || t < 0) return;
    const idx = batchOf(replay, t);
    if (idx.length === 0) return;
    if (!this.batchEval || this.batchEval.size !== idx.length)
      this.batchEval = {
        size: idx.length,
        ev: lossEvaluator(this.computed?.model ?? this.exp.model, this.computed?.loss, idx.length),
      };
    const ev = this.batchEval.ev;
    const pts = gatherPoints(idx, data.x as number[], data.y);
    const p = replay.params[t].slice();
    const epoch = Math.floor(t / replay.perEpoch);
    const j = t % replay.perEpoch;
    this.batchLabel.textContent = tr('lab-batch-of', {
      epoch: fmtInt(epoch + 1),
      batch: fmtInt(j + 1),
      batches: fmtInt(replay.perEpoch),
      loss: fmt(replay.batchLosses[t], 4),
    });
    this.root.dataset.batchStep = String(t);
    const color = this.colors()[replay.run];
    const from = Math.max(0, t - 3 * replay.perEpoch);
    const path = replay.params.slice(from, t + 1);
    const { sw } = this.sizes();
    if (l.params.length === 2) {
      const n = 41;
      const values = new Float64Array(n * n);
      for (let jj = 0; jj < n; jj++) {
        p[1] = l.y[0] + ((l.y[1] - l.y[0]) * jj) / (n - 1);
        for (let i = 0; i < n; i++) {
          p[0] = l.x[0] + ((l.x[1] - l.x[0]) * i) / (n - 1);
          values[jj * n + i] = ev.value(p, pts.x, pts.y);
        }
      }
      this.batchMap.setGrid({ values, n, x: l.x, y: l.y }, { x: l.params[0], y: l.params[1] });
      this.batchMap.setPaths([
        { name: tr('lab-regime-minibatch'), color, points: path.map((q) => [q[0], q[1]]) },
      ]);
      return;
    }
    const n = 81;
    const ws: number[] = [];
    const vals: number[] = [];
    for (let i = 0; i < n; i++) {
      p[0] = l.x[0] + ((l.x[1] - l.x[0]) * i) / (n - 1);
      ws.push(p[0]);
      vals.push(ev.value(p, pts.x, pts.y));
    }
    const full = Array.from({ length: l.nx }, (_v, i) => l.x[0] + ((l.x[1] - l.x[0]) * i) / (l.nx - 1));
    const cur = replay.params[t];
    this.batchCurve.draw(
      {
        series: [
          { name: tr('lab-full-loss'), color: '#9aa0a6', xs: full, ys: l.values, width: 1.5, dash: [5, 4] },
          { name: tr('lab-batch-loss'), color: BATCH_COLOR, xs: ws, ys: vals, width: 2.2 },
          {
            name: tr('lab-regime-minibatch'),
            color,
            xs: [cur[0]],
            ys: [replay.batchLosses[t]],
            dots: true,
            noLine: true,
          },
        ],
        xLabel: l.params[0],
        yLabel: tr('lab-loss'),
        xRange: l.x,
        yRange: extent([...vals, ...l.values]),
      },
      sw,
      Math.round(Math.min(260, sw * 0.6)),
    );
  }

  // ---- playing -------------------------------------------------------------------------------

  play(): void {
    if (this.cur >= this.epochs()) this.cur = 0;
    this.playback.play();
  }

  pause(): void {
    this.playback.pause();
  }

  toggle(): void {
    if (this.playback.playing) this.pause();
    else this.play();
  }

  stepBy(d: number): void {
    this.seek(Math.floor(this.cur) + d);
  }

  seek(k: number): void {
    this.pause();
    this.cur = Math.max(0, Math.min(this.epochs(), k));
    this.drawFrame();
  }

  // ---- exports -------------------------------------------------------------------------------

  /** The training history of every run: loss and parameters per epoch. */
  exportCsv(): string | null {
    const r = this.work?.result;
    if (!r) return null;
    const names = r.runs[0]?.paramNames ?? [];
    const rows: unknown[][] = [];
    for (const run of r.runs)
      for (const hh of run.history)
        rows.push([
          this.runLabel(run),
          run.regime,
          hh.epoch,
          hh.loss,
          ...names.map((n) => csvParam(hh.params?.[n])),
        ]);
    return saveCsv('descenso-training.csv', ['run', 'regime', 'epoch', 'loss', ...names], rows);
  }

  start(): void {
    this.render();
    this.recompute();
  }
}

/** A parameter in a CSV cell: a number as is, a vector or matrix as its JSON. */
function csvParam(v: unknown): number | string {
  return typeof v === 'number' ? v : v === undefined ? '' : JSON.stringify(v);
}

/** A file size for people: megabytes, one decimal. */
function megabytes(bytes: number): string {
  return `${fmt(bytes / (1024 * 1024), 3)} MB`;
}
