/**
 * The surface lab: a heat map with contours of a catalog surface or a typed formula, several
 * optimizers walking it at once (paths computed up front, animated with requestAnimationFrame on
 * an overlay canvas), the value per step and a race table.
 */

import { isDescensoError } from '../../src/errors.js';
import {
  type DescendExperiment,
  defaultExperiment,
  MAX_DESCEND_STEPS,
  MAX_OPTIMIZERS,
  type OptimizerEntry,
} from '../../src/experiment/index.js';
import { type ColormapName, categoricalColor, colormapNames } from '../../src/plot/index.js';
import {
  type DescentExperiment,
  type DescentRun,
  descentMap,
  valueCurve,
} from '../../src/plot/views/index.js';
import { getSurface, surfaceIds } from '../../src/surfaces/index.js';
import { type GradientMethod, gradientMethods } from '../../src/train/gradient-methods.js';
import { arrow, cross } from './canvas-marks.js';
import { LineChart } from './chart.js';
import { clipToPlot, fill, fitCanvas, h } from './dom.js';
import { type ExportableView, exportButtons, importButton, saveCsv, saveExperiment } from './export.js';
import {
  type Domain,
  type Field,
  FORMULA_DOMAIN,
  formulaVars,
  makeField,
  readDomain,
  surfaces2D,
} from './field.js';
import { drawAxes, MAP_PAD } from './grid-map.js';
import { type HeatMap, renderHeatMap } from './heatmap.js';
import { fmt, fmtInt, getLang, tr } from './i18n.js';
import { domainMessage, formulaMessage } from './messages.js';
import { optimizerCard } from './optimizer-editor.js';
import { Playback } from './playback.js';
import { showProgress } from './progress.js';
import {
  chartValues,
  drawnPoints,
  edgeCrossing,
  endedOutside,
  shownValue,
  statusText,
  stepsToTolerance,
} from './run-end.js';
import { runSettings } from './run-settings.js';
import { computeRuns, type Job, type LabRun } from './runs.js';

export interface SurfaceView {
  cmap: ColormapName;
  /** The domain of a typed formula (catalog surfaces keep their own); default [−3, 3]². */
  domain?: Domain;
  logY: boolean;
  tol: number;
  speed: number;
}

export const defaultSurfaceView: SurfaceView = { cmap: 'coolwarm', logY: false, tol: 1e-3, speed: 40 };

const PAD = MAP_PAD;
const ADD_ORDER = [
  'adam',
  'rmsprop',
  'adagrad',
  'nadam',
  'sgd',
  'adamax',
  'lion',
  'adadelta',
  'adamw',
  'sign',
  'newton',
];

interface PathCache {
  px: Float32Array;
  /** Indices of the points far enough (in pixels) from the previous kept one. */
  kept: Int32Array;
}

/** A copy of an experiment that can be edited freely. */
function clone(e: DescendExperiment): DescendExperiment {
  return JSON.parse(JSON.stringify(e)) as DescendExperiment;
}

export class SurfaceLab {
  readonly root = h('div', { class: 'lab surface-lab' });
  exp: DescendExperiment;
  view: SurfaceView;
  private field: Field | null = null;
  private heat: HeatMap | null = null;
  private runs: LabRun[] = [];
  private paths: PathCache[] = [];
  private job: Job | null = null;
  private cur = 0;
  private maxStep = 0;
  private size = 400;
  private formulaText = '';
  private formulaError: string | null = null;
  private computing = false;
  private lastShownStep = -1;
  /** Frame times of the last frames (ms spent drawing), for the benchmark. */
  readonly frameTimes: number[] = [];
  heatmapMs = 0;

  // persistent elements
  private base = h('canvas', { class: 'map-base', 'aria-hidden': 'true' });
  private overlay = h('canvas', { class: 'map-overlay', tabindex: '0' });
  private mapWrap = h('div', { class: 'map-wrap' }, this.base, this.overlay);
  private chart = new LineChart('');
  private controls = h('div', { class: 'panel controls' });
  private side = h('div', { class: 'panel side' });
  private transport = h('div', { class: 'transport' });
  private status = h('div', { class: 'status', 'aria-live': 'polite' });
  private raceBody = h('tbody');
  private timeline = h('input', { type: 'range', min: 0, max: 0, value: '0', class: 'timeline' });
  private stepLabel = h('span', { class: 'step-label' });
  private playButton = h('button', { type: 'button', class: 'primary play', id: 'play' });
  private readonly playback = new Playback(this.playButton, (dt) => {
    this.cur = Math.min(this.maxStep, this.cur + dt * this.view.speed);
    this.drawFrame();
    return this.cur < this.maxStep;
  });
  private progress = h('div', { class: 'progress', hidden: true });
  private box3d = h('div', { class: 'view3d', hidden: true });
  private toggle3d = h('button', { type: 'button', id: 'toggle-3d', class: 'view-toggle' });
  private view3d: import('./surface/layers/view3d.js').View3D | null = null;
  private show3d = false;
  private mount3d = 0;

  constructor(
    exp: DescendExperiment,
    view: SurfaceView,
    private readonly changed: () => void,
    private readonly notify: (message: string, kind?: 'error' | 'info') => void,
  ) {
    this.exp = clone(exp);
    this.view = { ...view };
    this.formulaText = exp.formula ?? '';
    this.setupPointer();
    this.timeline.addEventListener('input', () => {
      this.pause();
      this.cur = Number(this.timeline.value);
      this.drawFrame();
    });
    this.playButton.addEventListener('click', () => this.toggle());
    this.toggle3d.addEventListener('click', () => void this.set3d(!this.show3d));
    new ResizeObserver(() => this.layout()).observe(this.mapWrap);
    new ResizeObserver(() => this.size3d()).observe(this.box3d);
  }

  // ---- building the page ------------------------------------------------------------------

  /** (Re)builds the controls, e.g. after a language change; the canvases and runs stay. */
  render(): void {
    this.overlay.setAttribute('aria-label', tr('lab-map'));
    this.toggle3d.textContent = this.show3d ? tr('lab-view-2d') : tr('lab-view-3d');
    this.toggle3d.setAttribute('aria-pressed', String(this.show3d));
    this.chart.setLabel(tr('lab-value-chart'));
    this.buildControls();
    this.buildSide();
    this.buildTransport();
    fill(
      this.root,
      this.controls,
      h(
        'div',
        { class: 'panel stage' },
        h(
          'div',
          { class: 'chart-head stage-head' },
          h('h2', null, tr('lab-map-title')),
          this.toggle3d,
          exportButtons(this.mapView),
        ),
        this.mapWrap,
        this.box3d,
        this.transport,
        this.progress,
        this.status,
      ),
      this.side,
    );
    this.updateStatus();
    this.layout();
  }

  private buildControls(): void {
    const e = this.exp;
    const lang = getLang();
    const own = e.surface === undefined;
    const surfaceSelect = h(
      'select',
      {
        id: 'surface',
        onchange: (ev: Event) => {
          const v = (ev.target as HTMLSelectElement).value;
          if (v === '__formula') {
            const text = this.formulaText || (e.surface ? getSurface(e.surface).formula : 'x^2 + 3*y^2');
            this.setFormula(text, true);
          } else {
            const s = getSurface(v);
            e.surface = v;
            e.formula = undefined;
            e.vars = undefined;
            e.start = s.starts[0].slice();
            this.formulaError = null;
            this.update({ field: true, rebuild: true, restart: true });
          }
        },
      },
      surfaces2D.map((s) => h('option', { value: s.id, selected: s.id === e.surface }, s.name[lang])),
      h('option', { value: '__formula', selected: own }, tr('lab-own-formula')),
    );
    const formulaInput = h('input', {
      id: 'formula',
      type: 'text',
      value: this.formulaText,
      spellcheck: 'false',
      autocomplete: 'off',
      'aria-describedby': 'formula-error formula-help',
      'aria-invalid': String(this.formulaError !== null),
    });
    let timer = 0;
    formulaInput.addEventListener('input', () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => this.setFormula(formulaInput.value, false), 180);
    });
    const errorBox = h(
      'pre',
      { id: 'formula-error', class: 'formula-error', role: 'alert', hidden: this.formulaError === null },
      this.formulaError ?? '',
    );

    const cmap = h(
      'select',
      {
        id: 'cmap',
        onchange: (ev: Event) => {
          this.view.cmap = (ev.target as HTMLSelectElement).value as ColormapName;
          this.update({ heat: true });
        },
      },
      colormapNames.map((n) => h('option', { value: n, selected: n === this.view.cmap }, n)),
    );
    // the start the runs use: without one in the experiment, the surface's own (peaks: −0.35, −0.67)
    const start = startOf(e);
    const coord = (i: number) =>
      h('input', {
        id: `start-${i}`,
        type: 'number',
        step: 'any',
        value: String(start[i]),
        class: 'num',
        onchange: (ev: Event) => {
          const v = Number((ev.target as HTMLInputElement).value);
          if (!Number.isFinite(v)) return;
          const s = startOf(this.exp).slice();
          s[i] = v;
          this.exp.start = s;
          this.update({ runs: true, restart: true });
        },
      });
    const steps = h('input', {
      id: 'steps',
      type: 'number',
      min: 1,
      max: MAX_DESCEND_STEPS,
      step: 1,
      value: String(e.steps),
      class: 'num',
      onchange: (ev: Event) => {
        const t = ev.target as HTMLInputElement;
        const v = Math.round(Number(t.value));
        if (!Number.isFinite(v) || v < 1) {
          t.value = String(this.exp.steps);
          return;
        }
        this.exp.steps = Math.min(MAX_DESCEND_STEPS, v);
        t.value = String(this.exp.steps);
        this.update({ runs: true, restart: true });
      },
    });
    const gradient = h(
      'select',
      {
        id: 'gradient',
        onchange: (ev: Event) => {
          const v = (ev.target as HTMLSelectElement).value as GradientMethod;
          this.exp.gradient = v;
          this.update({ runs: true });
        },
      },
      gradientMethods.map((g) =>
        h('option', { value: g.name, selected: (e.gradient ?? 'autodiff') === g.name }, tr(g.help)),
      ),
    );
    const cards = e.optimizers.map((o, i) =>
      optimizerCard(
        o,
        categoricalColor(i),
        e.optimizers.length > 1,
        (rebuild) => this.update({ runs: true, rebuild }),
        () => {
          this.exp.optimizers.splice(i, 1);
          this.update({ runs: true, rebuild: true });
        },
      ),
    );
    const add = h(
      'button',
      {
        type: 'button',
        class: 'add',
        disabled: e.optimizers.length >= MAX_OPTIMIZERS,
        onclick: () => {
          const used = new Set(this.exp.optimizers.map((o) => o.name));
          const name = ADD_ORDER.find((n) => !used.has(n)) ?? 'adam';
          const entry: OptimizerEntry = { name, options: { lr: name === 'sgd' ? 0.01 : 0.05 } };
          this.exp.optimizers.push(entry);
          this.update({ runs: true, rebuild: true });
        },
      },
      `+ ${tr('lab-add-optimizer')}`,
    );
    fill(
      this.controls,
      h('div', { class: 'field' }, h('label', { for: 'surface' }, tr('lab-surface')), surfaceSelect),
      own
        ? h(
            'div',
            { class: 'field' },
            h('label', { for: 'formula' }, tr('lab-formula')),
            formulaInput,
            h('div', { id: 'formula-help', class: 'help' }, tr('lab-formula-help')),
            errorBox,
          )
        : null,
      own ? this.domainFields() : null,
      h(
        'div',
        { class: 'row2' },
        h('div', { class: 'field' }, h('label', { for: 'cmap' }, tr('lab-colormap')), cmap),
        h('div', { class: 'field' }, h('label', { for: 'gradient' }, tr('lab-gradient')), gradient),
      ),
      h(
        'fieldset',
        { class: 'field start' },
        h('legend', null, tr('lab-start')),
        h('label', { for: 'start-0', class: 'sr' }, `${this.field?.xLabel ?? 'x'}`),
        h('span', { class: 'coord-name', 'aria-hidden': 'true' }, this.field?.xLabel ?? 'x'),
        coord(0),
        h('label', { for: 'start-1', class: 'sr' }, `${this.field?.yLabel ?? 'y'}`),
        h('span', { class: 'coord-name', 'aria-hidden': 'true' }, this.field?.yLabel ?? 'y'),
        coord(1),
        h('div', { class: 'help' }, tr('lab-start-hint')),
      ),
      h('div', { class: 'field inline' }, h('label', { for: 'steps' }, tr('lab-steps')), steps),
      // noise, the stop rule and float32 (issue 11): a good edit replaces the experiment and re-runs
      runSettings(
        () => this.exp,
        (next) => {
          this.exp = next;
          this.update({ runs: true, restart: true });
        },
      ),
      h('h2', null, tr('lab-optimizers')),
      cards,
      add,
      h('h2', null, tr('lab-export')),
      h(
        'div',
        { class: 'buttons' },
        h(
          'button',
          { type: 'button', id: 'export-json', onclick: () => this.exportJson() },
          tr('lab-export-json'),
        ),
        h(
          'button',
          { type: 'button', id: 'export-csv', onclick: () => this.exportCsv() },
          tr('lab-export-csv'),
        ),
        importButton('import-file', (text) => this.onImport(text)),
      ),
      h('p', { class: 'help' }, tr('lab-keyboard')),
    );
  }

  /** x min, x max, y min, y max of a typed formula's map: checked together, the fault shown under them. */
  private domainFields(): HTMLElement {
    const d = this.view.domain ?? FORMULA_DOMAIN;
    const values = [d[0][0], d[0][1], d[1][0], d[1][1]];
    const keys = ['lab-domain-x-min', 'lab-domain-x-max', 'lab-domain-y-min', 'lab-domain-y-max'] as const;
    const errorBox = h('p', { id: 'domain-error', class: 'formula-error', role: 'alert', hidden: true });
    const inputs = values.map((v, i) =>
      h('input', {
        id: `domain-${i}`,
        type: 'text',
        inputmode: 'decimal',
        value: String(v),
        class: 'num',
        'aria-describedby': 'domain-error',
        onchange: () => apply(),
      }),
    );
    const apply = () => {
      const r = readDomain(inputs.map((inp) => inp.value));
      for (const inp of inputs) inp.setAttribute('aria-invalid', 'false');
      if ('fault' in r) {
        inputs[r.fault.field].setAttribute('aria-invalid', 'true');
        errorBox.textContent = domainMessage(r.fault);
        errorBox.hidden = false;
        return;
      }
      errorBox.hidden = true;
      this.view.domain = r.domain;
      this.update({ field: true, restart: true });
    };
    return h(
      'fieldset',
      { class: 'field domain' },
      h('legend', null, tr('lab-domain')),
      h(
        'div',
        { class: 'domain-grid' },
        inputs.map((inp, i) =>
          h('div', { class: 'domain-cell' }, h('label', { for: inp.id }, tr(keys[i])), inp),
        ),
      ),
      errorBox,
    );
  }

  private buildSide(): void {
    const log = h('input', {
      id: 'log-y',
      type: 'checkbox',
      checked: this.view.logY,
      onchange: (ev: Event) => {
        this.view.logY = (ev.target as HTMLInputElement).checked;
        this.drawChart();
        this.changed();
      },
    });
    const tol = h('input', {
      id: 'tol',
      type: 'number',
      step: 'any',
      min: 0,
      value: String(this.view.tol),
      class: 'num',
      onchange: (ev: Event) => {
        const v = Number((ev.target as HTMLInputElement).value);
        if (Number.isFinite(v) && v >= 0) {
          this.view.tol = v;
          this.fillRace();
          this.changed();
        }
      },
    });
    fill(
      this.side,
      h(
        'div',
        { class: 'chart-head' },
        h('h2', null, tr('lab-value-chart')),
        h('label', { class: 'check' }, log, tr('lab-scale-log')),
        exportButtons(this.chartExport),
      ),
      this.chart.canvas,
      h(
        'div',
        { class: 'chart-head' },
        h('h2', null, tr('lab-race')),
        h('label', { class: 'check', for: 'tol' }, tr('lab-tolerance')),
        tol,
      ),
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          { class: 'race' },
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              h('th', { scope: 'col' }, tr('lab-col-optimizer')),
              h('th', { scope: 'col' }, tr('lab-col-reached')),
              h('th', { scope: 'col' }, tr('lab-col-now')),
              h('th', { scope: 'col' }, tr('lab-col-final')),
              h('th', { scope: 'col' }, tr('lab-col-status')),
            ),
          ),
          this.raceBody,
        ),
      ),
    );
    this.fillRace();
  }

  private buildTransport(): void {
    const btn = (label: string, text: string, f: () => void, id: string) =>
      h('button', { type: 'button', id, 'aria-label': label, title: label, onclick: f }, text);
    const speed = h('input', {
      id: 'speed',
      type: 'range',
      min: 0,
      max: 100,
      value: String(Math.round((Math.log10(this.view.speed) / 3.5) * 100)),
      oninput: (ev: Event) => {
        this.view.speed = Math.max(
          1,
          Math.round(10 ** ((Number((ev.target as HTMLInputElement).value) / 100) * 3.5)),
        );
        speedOut.textContent = fmtInt(this.view.speed);
      },
      onchange: () => this.changed(),
    });
    const speedOut = h('output', { for: 'speed' }, fmtInt(this.view.speed));
    this.timeline.setAttribute('aria-label', tr('lab-timeline'));
    fill(
      this.transport,
      h(
        'div',
        { class: 'buttons' },
        btn(tr('lab-restart'), '⇤', () => this.seek(0), 'restart'),
        btn(tr('lab-step-back'), '◀', () => this.stepBy(-1), 'step-back'),
        this.playButton,
        btn(tr('lab-step-forward'), '▶', () => this.stepBy(1), 'step-forward'),
        this.stepLabel,
      ),
      this.timeline,
      h('div', { class: 'speed' }, h('label', { for: 'speed' }, tr('lab-speed')), speed, speedOut),
    );
    this.playback.updateButton();
  }

  private async set3d(on: boolean): Promise<void> {
    this.show3d = on;
    this.toggle3d.textContent = on ? tr('lab-view-2d') : tr('lab-view-3d');
    this.toggle3d.setAttribute('aria-pressed', String(on));
    this.box3d.hidden = !on;
    this.mapWrap.hidden = on;
    if (!on) {
      this.view3d?.dispose();
      this.view3d = null;
      this.layout();
      return;
    }
    await this.refresh3d();
  }

  /** (Re)builds the 3-D scene for the current surface and runs; three.js is fetched the first time. */
  private async refresh3d(): Promise<void> {
    if (!this.show3d || !this.field || !this.heat) return;
    this.view3d?.dispose();
    this.view3d = null;
    this.box3d.dataset.loading = tr('lab-loading');
    const token = ++this.mount3d;
    try {
      const { mountView3D } = await import('./surface/layers/view3d.js');
      if (token !== this.mount3d || !this.show3d || !this.field || !this.heat) return;
      this.view3d = mountView3D(
        this.box3d,
        this.field,
        this.heat.norm,
        this.view.cmap,
        this.runs.map((r, i) => ({ points: drawnPoints(r, this.field!.domain), color: categoricalColor(i) })),
      );
      this.size3d();
      this.view3d.setStep(Math.floor(this.cur));
      this.root.dataset.view3d = 'ready';
    } catch (err) {
      this.notify(String(err instanceof Error ? err.message : err), 'error');
      void this.set3d(false);
    } finally {
      delete this.box3d.dataset.loading;
    }
  }

  private size3d(): void {
    const w = Math.floor(this.box3d.clientWidth);
    if (this.view3d && w > 0) this.view3d.resize(w, w);
  }

  // ---- state changes -----------------------------------------------------------------------

  /** Sets the experiment from outside (import, address change). */
  setExperiment(e: DescendExperiment): void {
    this.exp = clone(e);
    // A typed formula's domain lives in the view (and the address's dom=); the JSON carries it.
    const d = e.domain;
    if (e.formula !== undefined && d?.length === 2)
      this.view.domain = [
        [d[0][0], d[0][1]],
        [d[1][0], d[1][1]],
      ];
    delete this.exp.domain;
    this.formulaText = e.formula ?? this.formulaText;
    this.formulaError = null;
    this.update({ field: true, rebuild: true, restart: true });
  }

  private setFormula(text: string, rebuild: boolean): void {
    this.formulaText = text;
    try {
      const vars = formulaVars(text);
      makeField({ formula: text, vars });
      this.formulaError = null;
      this.exp.surface = undefined;
      this.exp.formula = text;
      this.exp.vars = vars;
      this.update({ field: true, rebuild, restart: true });
    } catch (err) {
      this.formulaError = formulaMessage(err, text);
      if (this.exp.surface !== undefined || rebuild) {
        // switched to "own formula" with a bad text: show the field and the error, keep the map
        this.exp.surface = undefined;
        this.exp.formula = text;
        this.buildControls();
      }
      const box = this.controls.querySelector('#formula-error') as HTMLElement | null;
      const input = this.controls.querySelector('#formula') as HTMLInputElement | null;
      if (box) {
        box.textContent = this.formulaError;
        box.hidden = false;
      }
      input?.setAttribute('aria-invalid', 'true');
      this.changed();
    }
  }

  private update(what: {
    field?: boolean;
    heat?: boolean;
    runs?: boolean;
    rebuild?: boolean;
    restart?: boolean;
  }): void {
    if (what.field) {
      try {
        this.field = makeField(this.exp, this.view.domain);
      } catch (err) {
        this.notify(isDescensoError(err) ? err.messageIn(getLang()) : String(err), 'error');
        this.exp = clone(defaultExperiment);
        this.field = makeField(this.exp);
      }
      what.heat = true;
      what.runs = true;
    }
    if (what.heat) this.drawHeat();
    if (what.rebuild) this.buildControls();
    else if (this.formulaError === null) {
      const box = this.controls.querySelector('#formula-error') as HTMLElement | null;
      if (box) box.hidden = true;
      this.controls.querySelector('#formula')?.setAttribute('aria-invalid', 'false');
    }
    if (what.runs) void this.recompute(what.restart === true);
    this.changed();
  }

  private async recompute(restart: boolean): Promise<void> {
    this.job?.cancel();
    const e = clone(this.exp);
    if (!e.start) e.start = this.field ? startOf(e) : [0, 0];
    // a typed formula's domain lives in the view: the runs judge leaving it as the exported JSON
    // (which carries it) does in `descenso run`; without it a run off the map could win the race
    if (e.formula !== undefined) e.domain = this.formulaDomain();
    this.computing = true;
    this.progress.hidden = true;
    const job = computeRuns(e, (f) => this.showProgress(f));
    this.job = job;
    const t = setTimeout(() => {
      if (this.job === job && this.computing) this.showProgress(0);
    }, 120);
    const runs = await job.promise;
    clearTimeout(t);
    if (this.job !== job) return;
    this.job = null;
    this.computing = false;
    this.progress.hidden = true;
    if (!runs) {
      this.notify(tr('lab-cancelled'), 'info');
      return;
    }
    this.runs = runs;
    for (const r of runs)
      if (r.error)
        this.notify(
          tr('lab-error-run', { name: r.label, reason: r.error ? r.error.message[getLang()] : '' }),
          'error',
        );
    this.maxStep = Math.max(0, ...runs.map((r) => r.steps));
    this.timeline.max = String(this.maxStep);
    this.cachePaths();
    this.drawChart();
    void this.refresh3d();
    if (restart) {
      this.cur = 0;
      this.play();
    } else {
      this.cur = Math.min(this.cur, this.maxStep);
      this.drawFrame();
    }
    this.fillRace();
    this.root.dataset.ready = 'true';
  }

  private showProgress(f: number): void {
    showProgress(this.progress, f, () => this.job?.cancel(), 'cancel');
  }

  private onImport(text: string): void {
    this.importHandler?.(text);
  }
  importHandler: ((text: string) => void) | null = null;

  // ---- drawing -------------------------------------------------------------------------------

  private plotRect(): { x: number; y: number; w: number; h: number } {
    return { x: PAD.l, y: PAD.t, w: this.size - PAD.l - PAD.r, h: this.size - PAD.t - PAD.b };
  }

  /** Domain → overlay pixels. */
  private toPx(x: number, y: number): [number, number] {
    const r = this.plotRect();
    const [[x0, x1], [y0, y1]] = this.field!.domain;
    return [r.x + ((x - x0) / (x1 - x0)) * r.w, r.y + r.h - ((y - y0) / (y1 - y0)) * r.h];
  }

  private fromPx(px: number, py: number): [number, number] {
    const r = this.plotRect();
    const [[x0, x1], [y0, y1]] = this.field!.domain;
    const u = Math.max(0, Math.min(1, (px - r.x) / r.w));
    const v = Math.max(0, Math.min(1, (r.y + r.h - py) / r.h));
    return [x0 + u * (x1 - x0), y0 + v * (y1 - y0)];
  }

  private layout(): void {
    const w = Math.floor(this.mapWrap.clientWidth);
    if (w <= 0) return;
    this.size = w;
    this.drawBase();
    this.cachePaths();
    this.drawFrame();
    const sw = Math.max(260, Math.floor(this.side.clientWidth || 320));
    this.chartW = Math.min(sw, 640);
    this.drawChart();
  }
  private chartW = 320;

  private drawHeat(): void {
    if (!this.field) return;
    this.heat = renderHeatMap(this.field, this.view.cmap);
    this.heatmapMs = this.heat.ms;
    void this.refresh3d();
    this.root.dataset.heatmapMs = this.heat.ms.toFixed(2);
    this.drawBase();
  }

  private drawBase(): void {
    if (!this.field || !this.heat) return;
    const S = this.size;
    const ctx = fitCanvas(this.base, S, S);
    fitCanvas(this.overlay, S, S);
    const r = this.plotRect();
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, S, S);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(this.heat.image, r.x, r.y, r.w, r.h);
    drawAxes(ctx, r, this.field.domain, { x: this.field.xLabel, y: this.field.yLabel });
    // known minima: small white crosses
    ctx.strokeStyle = 'rgba(255,255,255,0.95)';
    ctx.lineWidth = 1.5;
    for (const m of this.field.minima) {
      const [px, py] = this.toPx(m.point[0], m.point[1]);
      const d = m.global ? 5 : 3.5;
      ctx.beginPath();
      ctx.moveTo(px - d, py);
      ctx.lineTo(px + d, py);
      ctx.moveTo(px, py - d);
      ctx.lineTo(px, py + d);
      ctx.stroke();
    }
  }

  private cachePaths(): void {
    if (!this.field) return;
    this.paths = this.runs.map((r) => {
      const n = r.points.length;
      const px = new Float32Array(2 * n);
      const kept: number[] = [];
      let lx = Number.NaN;
      let ly = Number.NaN;
      for (let i = 0; i < n; i++) {
        const [x, y] = this.toPx(r.points[i][0], r.points[i][1]);
        px[2 * i] = x;
        px[2 * i + 1] = y;
        if (i === 0 || Math.abs(x - lx) + Math.abs(y - ly) >= 0.75) {
          kept.push(i);
          lx = x;
          ly = y;
        }
      }
      return { px, kept: Int32Array.from(kept) };
    });
  }

  /** Draws the paths up to the current step on the overlay: the only drawing done per frame. */
  drawFrame(): void {
    const t0 = performance.now();
    const ctx = fitCanvas(this.overlay, this.size, this.size);
    ctx.clearRect(0, 0, this.size, this.size);
    if (!this.field) return;
    const k = Math.max(0, Math.floor(this.cur));
    const r = this.plotRect();
    clipToPlot(ctx, r);
    const gRef = Math.max(1e-12, ...this.runs.map((run) => run.gradNorms[0] ?? 0));
    this.runs.forEach((run, i) => {
      const cache = this.paths[i];
      if (!cache || run.points.length === 0) return;
      const color = categoricalColor(i);
      const last = Math.min(k, run.points.length - 1);
      const { px, kept } = cache;
      const trace = () => {
        ctx.beginPath();
        ctx.moveTo(px[0], px[1]);
        for (let j = 1; j < kept.length && kept[j] <= last; j++)
          ctx.lineTo(px[2 * kept[j]], px[2 * kept[j] + 1]);
        ctx.lineTo(px[2 * last], px[2 * last + 1]);
      };
      trace();
      ctx.strokeStyle = 'rgba(0,0,0,0.45)';
      ctx.lineWidth = 3.6;
      ctx.stroke();
      ctx.strokeStyle = color;
      ctx.lineWidth = 2;
      ctx.stroke();
      if (run.points.length <= 300) {
        ctx.fillStyle = color;
        for (let j = 1; j < last; j++) ctx.fillRect(px[2 * j] - 1.5, px[2 * j + 1] - 1.5, 3, 3);
      }
      const cx = px[2 * last];
      const cy = px[2 * last + 1];
      const ended = last >= run.points.length - 1;
      if (endedOutside(run) && ended && k >= run.steps) {
        // divergence or leaving the domain: a cross where the path leaves the map (or at the last
        // finite point), kept on the map when the path left it
        const [ex, ey] = this.exitPx(run, cx, cy);
        const mx = Math.max(r.x + 8, Math.min(r.x + r.w - 8, ex));
        const my = Math.max(r.y + 8, Math.min(r.y + r.h - 8, ey));
        ctx.strokeStyle = '#000';
        ctx.lineWidth = 4;
        cross(ctx, mx, my, 7);
        ctx.strokeStyle = color;
        ctx.lineWidth = 2.2;
        cross(ctx, mx, my, 7);
        return;
      }
      // gradient arrow: the direction of −∇f, length growing with ‖∇f‖
      const p = run.points[last];
      const [, gx, gy] = this.field!.grad(p[0], p[1]);
      const norm = Math.hypot(gx, gy);
      if (Number.isFinite(norm) && norm > 1e-12) {
        const len = 8 + 38 * Math.min(1, Math.sqrt(norm / gRef));
        const [[x0, x1], [y0, y1]] = this.field!.domain;
        // screen direction of −∇f (y flips; unequal scales of the axes are taken into account)
        let dx = (-gx / norm) * (r.w / (x1 - x0));
        let dy = (gy / norm) * (r.h / (y1 - y0));
        const m = Math.hypot(dx, dy);
        dx /= m;
        dy /= m;
        arrow(ctx, cx, cy, cx + dx * len, cy + dy * len, color);
      }
      ctx.beginPath();
      ctx.arc(cx, cy, 5, 0, 2 * Math.PI);
      ctx.fillStyle = color;
      ctx.fill();
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 1.5;
      ctx.stroke();
    });
    // the common start
    const s = this.exp.start ?? this.runs[0]?.points[0];
    if (s) {
      const [sx, sy] = this.toPx(s[0], s[1]);
      ctx.beginPath();
      ctx.arc(sx, sy, 6, 0, 2 * Math.PI);
      ctx.fillStyle = '#fff';
      ctx.fill();
      ctx.strokeStyle = '#111';
      ctx.lineWidth = 2;
      ctx.stroke();
    }
    ctx.restore();
    this.chart.cursor(k);
    this.view3d?.setStep(k);
    this.timeline.value = String(k);
    if (k !== this.lastShownStep) {
      this.lastShownStep = k;
      this.stepLabel.textContent = tr('lab-step-of', { k: fmtInt(k), n: fmtInt(this.maxStep) });
      this.updateNow(k);
      this.root.dataset.step = String(k);
    }
    this.frameTimes.push(performance.now() - t0);
    if (this.frameTimes.length > 600) this.frameTimes.shift();
  }

  private chartMin(): number {
    let m = Infinity;
    for (const r of this.runs) for (const v of chartValues(r)) if (v < m) m = v;
    for (const mm of this.field?.minima ?? []) m = Math.min(m, mm.value);
    return m;
  }

  private drawChart(): void {
    const logY = this.view.logY;
    const m = this.chartMin();
    const series = this.runs.map((r, i) => ({
      name: r.label,
      color: categoricalColor(i),
      ys: logY ? chartValues(r).map((v) => v - m + 1e-16) : chartValues(r),
      markAt: endedOutside(r) ? r.steps : undefined,
    }));
    const w = this.chartW;
    // On a linear axis a diverging run would flatten the others: the range follows the runs that did not diverge.
    let yRange: [number, number] | undefined;
    const calm = this.runs.filter((r) => r.status !== 'diverged' && r.values.length > 0);
    if (!logY && calm.length > 0 && calm.length < this.runs.length) {
      let lo = Infinity;
      let hi = -Infinity;
      for (const r of calm)
        for (const v of chartValues(r))
          if (Number.isFinite(v)) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
          }
      const pad = (hi - lo) * 0.08 || 1;
      if (hi >= lo) yRange = [lo - pad, hi + pad];
    }
    this.chart.draw(
      { series, logY, yRange, xLabel: tr('plot-step'), yLabel: logY ? 'f − min f' : 'f' },
      w,
      Math.round(Math.min(240, Math.max(170, w * 0.55))),
    );
    this.chart.cursor(Math.floor(this.cur));
  }

  private fillRace(): void {
    const tol = this.view.tol;
    fill(
      this.raceBody,
      this.runs.map((r, i) => {
        // the point that ended a run outside the map does not count: it would reach any tolerance
        const reached = stepsToTolerance(r, tol);
        // a run that could not start (a bad setting, said in a notice) did not diverge
        const status = r.error ? tr('lab-status-error') : statusText(r);
        return h(
          'tr',
          { class: endedOutside(r) ? `ended-outside ${r.status}` : '' },
          h(
            'th',
            { scope: 'row' },
            h('span', { class: 'dot', style: `background:${categoricalColor(i)}` }),
            r.label,
          ),
          h(
            'td',
            { class: 'n reached', 'data-label': tr('lab-col-reached') },
            reached >= 0 ? fmtInt(reached) : tr('lab-never'),
          ),
          h('td', { class: 'n now', 'data-label': tr('lab-col-now') }, ''),
          valueCell('final', tr('lab-col-final'), shownValue(r, Number.POSITIVE_INFINITY)),
          h('td', { class: 'status', 'data-label': tr('lab-col-status') }, status),
        );
      }),
    );
    this.lastShownStep = -1;
    this.updateNow(Math.floor(this.cur));
  }

  private updateNow(k: number): void {
    const cells = this.raceBody.querySelectorAll('td.now');
    this.runs.forEach((r, i) => {
      const c = cells[i];
      if (c) fillValue(c as HTMLElement, shownValue(r, k));
    });
  }

  /** The screen point of a run's end mark: where its path crosses the map's edge when it can say. */
  private exitPx(run: LabRun, cx: number, cy: number): [number, number] {
    const n = run.points.length;
    if (!this.field || n < 2) return [cx, cy];
    const e = edgeCrossing(run.points[n - 2], run.points[n - 1], this.field.domain);
    return e ? this.toPx(e[0], e[1]) : [cx, cy];
  }

  private updateStatus(): void {
    this.status.textContent = '';
  }

  // ---- playing -------------------------------------------------------------------------------

  play(): void {
    if (this.cur >= this.maxStep) this.cur = 0;
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
    this.pause();
    this.cur = Math.max(0, Math.min(this.maxStep, Math.floor(this.cur) + d));
    this.drawFrame();
  }

  seek(k: number): void {
    this.pause();
    this.cur = Math.max(0, Math.min(this.maxStep, k));
    this.drawFrame();
  }

  /** For the benchmark: loop forever at the given speed. */
  loop(): void {
    this.view.speed = Math.max(1, this.maxStep / 4);
    const tick = () => {
      if (this.cur >= this.maxStep) this.cur = 0;
      if (!this.playback.playing) this.play();
      requestAnimationFrame(tick);
    };
    tick();
  }

  private setupPointer(): void {
    let dragging = false;
    let pending: [number, number] | null = null;
    let scheduled = false;
    const apply = () => {
      scheduled = false;
      if (!pending) return;
      const [x, y] = pending;
      pending = null;
      this.exp.start = [round(x), round(y)];
      this.pause();
      const inputs = [
        this.controls.querySelector('#start-0'),
        this.controls.querySelector('#start-1'),
      ] as HTMLInputElement[];
      inputs.forEach((inp, i) => {
        if (inp) inp.value = String(this.exp.start![i]);
      });
      void this.recompute(!dragging).then(() => {
        if (dragging) this.seek(this.maxStep);
      });
      this.changed();
    };
    const at = (ev: PointerEvent) => {
      const b = this.overlay.getBoundingClientRect();
      pending = this.fromPx(
        ((ev.clientX - b.left) / b.width) * this.size,
        ((ev.clientY - b.top) / b.height) * this.size,
      );
      if (!scheduled) {
        scheduled = true;
        requestAnimationFrame(apply);
      }
    };
    this.overlay.addEventListener('pointerdown', (ev) => {
      if (!this.field) return;
      dragging = true;
      this.overlay.setPointerCapture(ev.pointerId);
      at(ev);
    });
    this.overlay.addEventListener('pointermove', (ev) => {
      if (dragging) at(ev);
    });
    const end = (ev: PointerEvent) => {
      if (!dragging) return;
      dragging = false;
      at(ev);
    };
    this.overlay.addEventListener('pointerup', end);
    this.overlay.addEventListener('pointercancel', end);
  }

  // ---- exports -------------------------------------------------------------------------------

  /** The map as an exportable view: the core's descentMap (the 3-D view, when open, is saved as drawn). */
  private readonly mapView: ExportableView = {
    id: 'surface-map',
    title: () => tr('lab-map-title'),
    canvases: () => {
      const gl = this.show3d ? this.box3d.querySelector('canvas') : null;
      return gl ? [gl] : null;
    },
    svg: () => (this.field && this.heat ? descentMap(this.viewExperiment(), this.viewRun()) : ''),
  };
  private readonly chartExport: ExportableView = {
    id: 'surface-values',
    title: () => tr('lab-value-chart'),
    svg: () => valueCurve(this.viewExperiment(), this.viewRun(), { title: tr('lab-value-chart') }),
  };

  /** The experiment as the views read it: the lab's colour map, log axis and language. */
  private viewExperiment(): DescentExperiment {
    const { surface, formula } = this.exp;
    return { surface, formula, view: { colormap: this.view.cmap, log: this.view.logY, lang: getLang() } };
  }

  /** The runs up to the step shown, with the field the heat map sampled (nothing is sampled again). */
  private viewRun(): DescentRun {
    const k = Math.floor(this.cur);
    const heat = this.heat;
    const field = this.field;
    const runs = this.runs.map((r) => ({
      label: r.label,
      status: r.error ? 'error' : r.status,
      points: r.points.slice(0, k + 1),
      values: r.values.slice(0, k + 1),
    }));
    if (!heat || !field) return { runs };
    const [[x0, x1], [y0, y1]] = field.domain;
    return {
      runs,
      field: {
        vars: [field.xLabel, field.yLabel],
        domain: [
          [x0, x1],
          [y0, y1],
        ],
        n: heat.grid.nx,
        values: Array.from(heat.grid.values),
        text: this.exp.formula ?? '',
        latex: '',
      },
    };
  }

  exportJson(): string {
    return saveExperiment(
      this.exp.formula !== undefined ? { ...this.exp, domain: this.formulaDomain() } : this.exp,
    );
  }

  /** A typed formula's domain (the view's, [−3, 3]² by default: the map drawn), as an experiment carries it. */
  private formulaDomain(): [number, number][] {
    const d = this.view.domain ?? FORMULA_DOMAIN;
    return [
      [d[0][0], d[0][1]],
      [d[1][0], d[1][1]],
    ];
  }

  private exportCsv(): void {
    const rows: unknown[][] = [];
    for (const r of this.runs)
      r.points.forEach((p, k) => {
        rows.push([
          r.label,
          k,
          p[0],
          p[1],
          r.values[k],
          r.gradNorms[k],
          k === r.points.length - 1 ? r.status : '',
        ]);
      });
    saveCsv('descenso-trajectories.csv', ['optimizer', 'step', 'x', 'y', 'f', 'grad_norm', 'status'], rows);
  }

  /** Starts everything for the first time. */
  start(): void {
    this.render();
    this.update({ field: true, restart: true, rebuild: true });
  }
}

function defaultStartOf(e: DescendExperiment): number[] {
  return e.surface ? getSurface(e.surface).starts[0].slice() : [1, 1];
}

/**
 * The start of the runs: the experiment's, else its surface's first (a formula's is (1, 1)). The
 * start fields show it, so that editing one coordinate keeps the other instead of a 0 never used.
 */
export function startOf(e: DescendExperiment): number[] {
  if (e.start) return e.start;
  // an unknown surface has its own notice; its fields then show the origin
  return e.surface && !surfaceIds.includes(e.surface) ? [0, 0] : defaultStartOf(e);
}

function round(v: number): number {
  return Number(v.toPrecision(4));
}

/** A race cell holding a value, or a dash for the value of a point off the map (not compared). */
function valueCell(name: string, label: string, v: number | undefined): HTMLElement {
  const c = h('td', { class: `n ${name}`, 'data-label': label });
  fillValue(c, v);
  return c;
}

function fillValue(c: HTMLElement, v: number | undefined): void {
  c.textContent = v === undefined ? '—' : fmt(v, 5);
  if (v === undefined) c.title = tr('lab-off-map-value');
  else c.removeAttribute('title');
}
