/**
 * The derivative lab: f(x) from the catalog or typed, the tangent at x (slope from automatic
 * differentiation), the secant of the difference quotient with step h, the error of the forward
 * and central quotients against h on log–log axes (truncation falling with h, rounding rising
 * again), sign-step descent beside gradient descent from x (the derivatives tutorial's two loops),
 * and the chain rule dy/dx = dy/du · du/dx worked term by term at x.
 *
 * Every number comes from the core's `run` (one DerivativeExperiment in, one run out: runDerivative);
 * this file draws it on canvases and exports the core's views of the same run.
 */

import { refusedDerivative } from '../../src/experiment/derivative.js';
import { defaultDerivative as coreDefault, type DescendExperiment } from '../../src/experiment/index.js';
import { run } from '../../src/experiment/run.js';
import {
  type DerivativeExperiment,
  type DerivativeRunSet,
  EXPERIMENT_VERSION,
  type RunError,
} from '../../src/experiment/types.js';
import { caretLine } from '../../src/expr/index.js';
import { LIMITS } from '../../src/limits.js';
import {
  DERIVATIVE_COLORS as COLORS,
  derivativeDescentView,
  derivativeErrorView,
  derivativeTangentView,
} from '../../src/plot/views/derivative.js';
import { type Surface1D, surfaces } from '../../src/surfaces/index.js';
import { LineChart } from './chart.js';
import {
  chainRows,
  curveSpec,
  descentRows,
  descentSpec,
  errorSpec,
  legend,
  readoutRows,
} from './derivative-draw.js';
import { fill, h } from './dom.js';
import { type ExportableView, importButton, saveCsv, saveExperiment, viewHead } from './export.js';
import { getLang, tr } from './i18n.js';

export interface DerivativeState {
  formula: string;
  x: number;
  h: number;
  /** Step of both descents (the tutorial's α). */
  lr: number;
  steps: number;
  /** The chain rule's inner u(x) and outer y(u). */
  inner: string;
  outer: string;
}

/** The lab's state from an experiment of kind 'derivative': a chain rule it leaves out is the default's. */
export function derivativeStateOf(e: DerivativeExperiment): DerivativeState {
  return {
    formula: e.formula,
    x: e.x,
    h: e.h,
    lr: e.lr,
    steps: e.steps,
    inner: e.inner ?? coreDefault.inner ?? '',
    outer: e.outer ?? coreDefault.outer ?? '',
  };
}

/** The lab's default: the core's (src/experiment, what an address leaves out), written once there. */
export const defaultDerivative: DerivativeState = derivativeStateOf(coreDefault);

export const MAX_DERIVATIVE_STEPS = LIMITS.derivativeSteps;

const surfaces1D: readonly Surface1D[] = surfaces.filter((s): s is Surface1D => s.dims === 1);

/** The lab's state as the core's experiment of kind 'derivative'. */
export function derivativeExperiment(s: DerivativeState, lang = getLang()): DerivativeExperiment {
  return {
    kind: 'derivative',
    version: EXPERIMENT_VERSION,
    formula: s.formula,
    x: s.x,
    h: s.h,
    lr: s.lr,
    steps: s.steps,
    inner: s.inner,
    outer: s.outer,
    view: { lang },
  };
}

/** A fault of the run as the lab shows it under a field: a caret under its position, then the message. */
function faultText(fault: RunError | undefined, text: string): string | null {
  if (!fault) return null;
  const msg = fault.message[getLang()];
  return fault.position !== undefined ? `${caretLine(text, fault.position)}\n${msg}` : msg;
}

export class DerivativeLab {
  readonly root = h('div', { class: 'lab derivative-lab' });
  state: DerivativeState;
  /** Everything drawn: the core's run of the state's experiment. */
  private run!: DerivativeRunSet;
  private curve = new LineChart('');
  private errors = new LineChart('');
  private descentChart = new LineChart('');
  private readout = h('dl', { class: 'readout' });
  private descentReadout = h('dl', { class: 'readout' });
  private chainTable = h('table', { class: 'chain' });
  private controls = h('div', { class: 'panel controls' });

  private readonly tangentView = this.view('derivative-tangent', 'lab-tangent-view', derivativeTangentView);
  private readonly errorView = this.view('derivative-error', 'lab-error-vs-h', derivativeErrorView);
  private readonly descentView = this.view('derivative-descent', 'lab-descent-view', derivativeDescentView);

  constructor(
    state: DerivativeState,
    private readonly changed: () => void,
  ) {
    this.state = { ...defaultDerivative, ...state };
    this.recompute();
    new ResizeObserver(() => this.draw()).observe(this.root);
  }

  importHandler: ((text: string) => void) | null = null;

  /** A new state from outside (an import): everything recomputed and redrawn. */
  setState(state: DerivativeState): void {
    this.state = { ...state };
    this.recompute();
    this.render();
    this.changed();
  }

  /** The study of the current state, as the core's experiment. */
  study(): DerivativeExperiment {
    return derivativeExperiment(this.state);
  }

  /** A view exported as the core draws it (SVG, and PNG rasterised from it) from the lab's run, titled as on the page. */
  private view(
    id: string,
    title: 'lab-tangent-view' | 'lab-error-vs-h' | 'lab-descent-view',
    draw: (e: DerivativeExperiment, run: DerivativeRunSet, o: { title: string }) => string,
  ): ExportableView {
    return {
      id,
      title: () => tr(title),
      svg: () => draw(this.study(), this.current(), { title: tr(title) }),
    };
  }

  /** Runs the study again through the one runner: every number the lab shows comes from here. */
  private recompute(): void {
    const study = this.study();
    try {
      this.run = run(study);
    } catch (err) {
      // Refused whole (a formula over the length limit): shown at its field like any other fault.
      this.run = refusedDerivative(study, err);
    }
  }

  /** The run of the current state: `state` may have been replaced from outside (the address) since. */
  private current(): DerivativeRunSet {
    const e = this.run.experiment;
    const s = this.state;
    const same = (Object.keys(s) as (keyof DerivativeState)[]).every((k) => Object.is(e[k], s[k]));
    if (!same) this.recompute();
    return this.run;
  }

  private fault(path: 'formula' | 'inner' | 'outer'): string | null {
    return faultText(this.current().errorsByPath?.[`experiment.${path}`], this.state[path]);
  }

  /** The descend experiment of the descent panel: what the JSON export saves and `descenso run` reads. */
  experiment(): DescendExperiment {
    const s = this.state;
    return {
      kind: 'descend',
      version: 1,
      formula: s.formula,
      vars: ['x'],
      start: [s.x],
      steps: s.steps,
      gradient: 'autodiff',
      optimizers: [
        { name: 'sgd', options: { lr: s.lr }, label: tr('lab-descent-gd') },
        { name: 'sign', options: { lr: s.lr }, label: tr('lab-descent-sign') },
      ],
    };
  }

  render(): void {
    const s = this.state;
    const lang = getLang();
    const catalogId = surfaces1D.find((c) => c.formula === s.formula)?.id ?? '__formula';
    const catalog = h(
      'select',
      {
        id: 'd-catalog',
        onchange: (ev: Event) => {
          const id = (ev.target as HTMLSelectElement).value;
          const c = surfaces1D.find((x) => x.id === id);
          if (!c) return;
          this.state.formula = c.formula;
          this.recompute();
          this.render();
          this.changed();
        },
      },
      surfaces1D.map((c) => h('option', { value: c.id, selected: c.id === catalogId }, c.name[lang])),
      h('option', { value: '__formula', selected: catalogId === '__formula' }, tr('lab-own-formula')),
    );
    const formulaField = (id: string, key: 'formula' | 'inner' | 'outer', then?: (text: string) => void) =>
      this.formulaInput(id, s[key], this.fault(key), (text) => {
        this.state[key] = text;
        this.recompute();
        then?.(text);
        return this.fault(key);
      });
    const formula = formulaField('d-formula', 'formula', (text) => {
      catalog.value = surfaces1D.find((c) => c.formula === text)?.id ?? '__formula';
    });
    const inner = formulaField('d-inner', 'inner');
    const outer = formulaField('d-outer', 'outer');
    const pair = (
      id: string,
      label: string,
      value: number,
      slider: { min: number; max: number; log: boolean; int?: boolean },
      set: (v: number) => void,
    ) => {
      const toS = (v: number) => String(slider.log ? Math.log10(v) : v);
      const range = h('input', {
        type: 'range',
        min: slider.log ? Math.log10(slider.min) : slider.min,
        max: slider.log ? Math.log10(slider.max) : slider.max,
        step: slider.int ? 1 : 'any',
        value: toS(value),
        'aria-label': label,
      });
      const num = h('input', { id, type: 'number', step: 'any', value: String(value), class: 'num' });
      range.addEventListener('input', () => {
        const v = Number((slider.log ? 10 ** Number(range.value) : Number(range.value)).toPrecision(4));
        num.value = String(v);
        set(v);
      });
      num.addEventListener('change', () => {
        const v = Number(num.value);
        const ok =
          Number.isFinite(v) &&
          (!slider.log || v > 0) &&
          (!slider.int || (Number.isInteger(v) && v >= 1 && v <= MAX_DERIVATIVE_STEPS));
        num.setAttribute('aria-invalid', String(!ok));
        if (!ok) return;
        range.value = toS(v);
        set(v);
      });
      return h(
        'div',
        { class: 'field' },
        h('label', { for: id }, label),
        h('div', { class: 'pair' }, range, num),
      );
    };
    const redo = () => {
      this.recompute();
      this.draw();
      this.changed();
    };
    fill(
      this.controls,
      h('div', { class: 'field' }, h('label', { for: 'd-catalog' }, tr('lab-function-catalog')), catalog),
      h('div', { class: 'field' }, h('label', { for: 'd-formula' }, tr('lab-function')), formula),
      pair('d-x', tr('lab-point'), s.x, { min: -5, max: 5, log: false }, (v) => {
        this.state.x = v;
        redo();
      }),
      pair('d-h', tr('lab-h'), s.h, { min: 1e-12, max: 2, log: true }, (v) => {
        this.state.h = v;
        redo();
      }),
      this.readout,
      h('h2', null, tr('lab-descent-view')),
      pair('d-lr', tr('lab-descent-lr'), s.lr, { min: 1e-4, max: 1, log: true }, (v) => {
        this.state.lr = v;
        redo();
      }),
      pair('d-steps', tr('lab-steps'), s.steps, { min: 1, max: 1000, log: false, int: true }, (v) => {
        this.state.steps = Math.round(v);
        redo();
      }),
      h('h2', null, tr('lab-chain')),
      h('div', { class: 'field' }, h('label', { for: 'd-inner' }, 'u(x) ='), inner),
      h('div', { class: 'field' }, h('label', { for: 'd-outer' }, 'y(u) ='), outer),
      h('h2', null, tr('lab-export')),
      h(
        'div',
        { class: 'buttons' },
        h(
          'button',
          { type: 'button', id: 'd-export-json', onclick: () => saveExperiment(this.experiment()) },
          tr('lab-export-json'),
        ),
        h(
          'button',
          { type: 'button', id: 'd-export-csv', onclick: () => this.exportCsv() },
          tr('lab-export-csv-errors'),
        ),
        h(
          'button',
          { type: 'button', id: 'd-export-descent-csv', onclick: () => this.exportDescentCsv() },
          tr('lab-export-csv'),
        ),
        importButton('d-import-file', (text) => this.importHandler?.(text)),
      ),
    );
    this.curve.setLabel(`${tr('lab-tangent')}, ${tr('lab-secant')}`);
    this.errors.setLabel(tr('lab-error-vs-h'));
    this.descentChart.setLabel(tr('lab-descent-view'));
    fill(
      this.root,
      this.controls,
      h(
        'div',
        { class: 'panel stage' },
        viewHead(this.tangentView),
        this.curve.canvas,
        legend([
          [COLORS.f, 'f(x)'],
          [COLORS.tangent, tr('lab-tangent')],
          [COLORS.secant, tr('lab-secant')],
        ]),
        viewHead(this.descentView),
        this.descentChart.canvas,
        legend([
          [COLORS.gd, tr('lab-descent-gd')],
          [COLORS.sign, tr('lab-descent-sign')],
        ]),
        this.descentReadout,
      ),
      h(
        'div',
        { class: 'panel side' },
        viewHead(this.errorView),
        this.errors.canvas,
        legend([
          [COLORS.forward, tr('lab-forward')],
          [COLORS.central, tr('lab-central')],
        ]),
        h('div', { class: 'chart-head' }, h('h2', null, tr('lab-chain'))),
        h('div', { class: 'table-wrap' }, this.chainTable),
      ),
    );
    this.draw();
  }

  /** A formula field checked as it is typed: `apply(text)` takes it and returns the error, if any. */
  private formulaInput(
    id: string,
    value: string,
    error: string | null,
    apply: (text: string) => string | null,
  ): HTMLElement {
    const input = h('input', {
      id,
      type: 'text',
      value,
      spellcheck: 'false',
      autocomplete: 'off',
      'aria-describedby': `${id}-error`,
      'aria-invalid': String(error !== null),
    });
    const box = h(
      'pre',
      { id: `${id}-error`, class: 'formula-error', role: 'alert', hidden: error === null },
      error ?? '',
    );
    let timer = 0;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        const err = apply(input.value);
        box.textContent = err ?? '';
        box.hidden = err === null;
        input.setAttribute('aria-invalid', String(err !== null));
        this.draw();
        this.changed();
      }, 150);
    });
    return h('div', { class: 'formula-box' }, input, box);
  }

  private sizes(): { w: number; sw: number } | null {
    const stage = this.root.querySelector('.stage') as HTMLElement | null;
    const side = this.root.querySelector('.side') as HTMLElement | null;
    if (!stage || !side) return null;
    return {
      w: Math.max(260, stage.clientWidth - 26),
      sw: Math.max(260, Math.min(640, side.clientWidth - 26)),
    };
  }

  private draw(): void {
    const size = this.sizes();
    if (!size) return;
    const { w, sw } = size;
    const run = this.current();
    const heights = {
      curve: Math.round(Math.min(520, w * 0.7)),
      errors: Math.round(Math.min(360, sw * 0.75)),
      descent: Math.round(Math.min(300, w * 0.5)),
    };
    fill(this.chainTable, ...chainRows(run.chain, this.state.x));
    const [gd, sign] = run.runs;
    this.descentChart.draw(descentSpec(gd, sign), w, heights.descent);
    fill(this.descentReadout, ...descentRows(gd, sign));
    const { at, errors, curve } = run;
    this.curve.draw(at && curve ? curveSpec(this.state, at, curve) : { series: [] }, w, heights.curve);
    this.errors.draw(at && errors ? errorSpec(this.state.h, at, errors) : { series: [] }, sw, heights.errors);
    fill(this.readout, ...(at ? readoutRows(at) : []));
    // ready even when nothing could be drawn: the page is up and shows why
    this.root.dataset.ready = 'true';
  }

  private exportCsv(): void {
    const t = this.current().errors;
    if (!t) return;
    saveCsv(
      'descenso-derivative-errors.csv',
      ['h', 'forward_error', 'central_error'],
      t.h.map((hh, i) => [hh, t.forward[i], t.central[i]]),
    );
  }

  private exportDescentCsv(): void {
    const labels = [tr('lab-descent-gd'), tr('lab-descent-sign')];
    const rows: unknown[][] = [];
    this.current().runs.forEach((r, i) => {
      r.points.forEach((p, k) => {
        rows.push([labels[i], k, p[0], r.values[k], r.gradNorms[k]]);
      });
    });
    saveCsv('descenso-trajectories.csv', ['optimizer', 'step', 'x', 'f', 'grad_norm'], rows);
  }
}
