/**
 * The derivative lab: f(x) from the catalog or typed, the tangent at x (slope from automatic
 * differentiation), the secant of the difference quotient with step h, the error of the forward
 * and central quotients against h on log–log axes (truncation falling with h, rounding rising
 * again), sign-step descent beside gradient descent from x (the derivatives tutorial's two loops),
 * and the chain rule dy/dx = dy/du · du/dx worked term by term at x.
 */

import type { DescendExperiment } from '../../src/experiment/index.js';
import { parseFormula } from '../../src/expr/index.js';
import { type Surface1D, surfaces } from '../../src/surfaces/index.js';
import { compileFormula, type DescendRun, descend } from '../../src/train/descend.js';
import { LineChart } from './chart.js';
import { fill, h } from './dom.js';
import { chartView, importButton, saveCsv, saveExperiment, viewHead } from './export.js';
import { fmt, getLang, tr } from './i18n.js';
import { formulaMessage } from './messages.js';
import { endedOutside, statusText } from './run-end.js';
import { extent } from './ticks.js';

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

export const defaultDerivative: DerivativeState = {
  formula: '2*x^2 - 3*x + 4',
  x: 2,
  h: 0.5,
  lr: 0.01,
  steps: 250,
  inner: '2*x^2 - x - 2',
  outer: '3*u + 1',
};

export const MAX_DERIVATIVE_STEPS = 10_000;

const COLORS = {
  f: '#1f5fbf',
  tangent: '#d81bd8',
  secant: '#00a651',
  forward: '#ff7f0e',
  central: '#00a0a0',
  gd: '#1f77b4',
  sign: '#d62728',
};

const surfaces1D: readonly Surface1D[] = surfaces.filter((s): s is Surface1D => s.dims === 1);

type Compiled = ReturnType<typeof compileFormula>;

/** y(u(x)) as text: every u of the outer formula replaced by the inner one in brackets. */
export function composeText(outer: string, inner: string): string {
  return outer.replace(/(?<![A-Za-z_0-9])u(?![A-Za-z_0-9(])/g, `(${inner})`);
}

export class DerivativeLab {
  readonly root = h('div', { class: 'lab derivative-lab' });
  state: DerivativeState;
  private fn: Compiled | null = null;
  private error: string | null = null;
  private chain: { u: Compiled; y: Compiled; yx: Compiled } | null = null;
  private innerError: string | null = null;
  private outerError: string | null = null;
  private descents: DescendRun[] = [];
  /** Why the descents could not run (say, f undefined at the start): shown, never a stale readout. */
  private descentError: unknown = null;
  private curve = new LineChart('');
  private errors = new LineChart('');
  private descentChart = new LineChart('');
  private readout = h('dl', { class: 'readout' });
  private descentReadout = h('dl', { class: 'readout' });
  private chainTable = h('table', { class: 'chain' });
  private controls = h('div', { class: 'panel controls' });

  private readonly tangentView = chartView('derivative-tangent', this.curve, () => tr('lab-tangent-view'));
  private readonly errorView = chartView('derivative-error', this.errors, () => tr('lab-error-vs-h'));
  private readonly descentView = chartView('derivative-descent', this.descentChart, () =>
    tr('lab-descent-view'),
  );

  constructor(
    state: DerivativeState,
    private readonly changed: () => void,
  ) {
    this.state = { ...defaultDerivative, ...state };
    this.compile();
    this.compileChain();
    new ResizeObserver(() => this.draw()).observe(this.root);
  }

  importHandler: ((text: string) => void) | null = null;

  /** A new state from outside (an import): everything recomputed and redrawn. */
  setState(state: DerivativeState): void {
    this.state = { ...state };
    this.compile();
    this.compileChain();
    this.render();
    this.changed();
  }

  private compile(): void {
    try {
      this.fn = compileFormula(parseFormula(this.state.formula, { kind: '1d' }));
      this.error = null;
    } catch (err) {
      this.fn = null;
      this.error = formulaMessage(err, this.state.formula);
    }
    this.descend();
  }

  private compileChain(): void {
    const { inner, outer } = this.state;
    let u: Compiled | null = null;
    let y: Compiled | null = null;
    try {
      u = compileFormula(parseFormula(inner, { kind: '1d' }));
      this.innerError = null;
    } catch (err) {
      this.innerError = formulaMessage(err, inner);
    }
    try {
      y = compileFormula(parseFormula(outer, { kind: 'nd', vars: ['u'] }));
      this.outerError = null;
    } catch (err) {
      this.outerError = formulaMessage(err, outer);
    }
    this.chain = null;
    if (u && y) {
      try {
        const yx = compileFormula(parseFormula(composeText(outer, inner), { kind: '1d' }));
        this.chain = { u, y, yx };
      } catch (err) {
        this.outerError = formulaMessage(err, outer);
      }
    }
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

  private descend(): void {
    if (!this.fn) {
      this.descents = [];
      return;
    }
    const e = this.experiment();
    this.descentError = null;
    try {
      this.descents = e.optimizers.map((o) =>
        descend({
          formula: e.formula,
          vars: e.vars,
          start: e.start,
          steps: e.steps,
          optimizer: { name: o.name, options: o.options as Record<string, number> },
        }),
      );
    } catch (err) {
      this.descents = [];
      this.descentError = err;
    }
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
          this.compile();
          this.render();
          this.changed();
        },
      },
      surfaces1D.map((c) => h('option', { value: c.id, selected: c.id === catalogId }, c.name[lang])),
      h('option', { value: '__formula', selected: catalogId === '__formula' }, tr('lab-own-formula')),
    );
    const formula = this.formulaInput('d-formula', s.formula, this.error, (text) => {
      this.state.formula = text;
      this.compile();
      catalog.value = surfaces1D.find((c) => c.formula === text)?.id ?? '__formula';
      return this.error;
    });
    const inner = this.formulaInput('d-inner', s.inner, this.innerError, (text) => {
      this.state.inner = text;
      this.compileChain();
      return this.innerError;
    });
    const outer = this.formulaInput('d-outer', s.outer, this.outerError, (text) => {
      this.state.outer = text;
      this.compileChain();
      return this.outerError;
    });
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
      this.descend();
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
        this.draw();
        this.changed();
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
    this.drawChain();
    if (!this.fn) {
      this.curve.draw({ series: [] }, w, Math.round(Math.min(520, w * 0.7)));
      this.errors.draw({ series: [] }, sw, Math.round(Math.min(360, sw * 0.75)));
      this.descentChart.draw({ series: [] }, w, Math.round(Math.min(300, w * 0.5)));
      fill(this.readout);
      fill(this.descentReadout);
      // ready all the same: the page is up and shows why there is nothing to draw
      this.root.dataset.ready = 'true';
      return;
    }
    const { x, h: step } = this.state;
    const f = (v: number) => this.fn!.value([v]);
    const [fx, g] = this.fn.valueAndGrad([x]);
    const d = g[0];
    const forward = (f(x + step) - fx) / step;
    const central = (f(x + step) - f(x - step)) / (2 * step);
    const lo = Math.min(-5, x - 1);
    const hi = Math.max(5, x + 1);
    const xs: number[] = [];
    const ys: number[] = [];
    for (let i = 0; i <= 400; i++) {
      const v = lo + ((hi - lo) * i) / 400;
      xs.push(v);
      ys.push(f(v));
    }
    const [yLo, yHi] = extent(ys);
    const pad = (yHi - yLo) * 0.08 || 1;
    this.curve.draw(
      {
        series: [
          { name: 'f(x)', color: COLORS.f, xs, ys, width: 2.2 },
          {
            name: tr('lab-tangent'),
            color: COLORS.tangent,
            xs: [lo, hi],
            ys: [fx + d * (lo - x), fx + d * (hi - x)],
          },
          {
            name: tr('lab-secant'),
            color: COLORS.secant,
            xs: [lo, hi],
            ys: [fx + forward * (lo - x), fx + forward * (hi - x)],
            dash: [6, 4],
          },
          { color: COLORS.secant, xs: [x, x + step], ys: [fx, f(x + step)], dots: true, noLine: true },
          { color: COLORS.tangent, xs: [x], ys: [fx], dots: true, noLine: true },
        ],
        xLabel: 'x',
        yLabel: 'f(x)',
        xRange: [lo, hi],
        yRange: [yLo - pad, yHi + pad],
      },
      w,
      Math.round(Math.min(520, w * 0.7)),
    );
    const table = this.errorTable(f, x, fx, d);
    this.errors.draw(
      {
        series: [
          { name: tr('lab-forward'), color: COLORS.forward, xs: table.hs, ys: table.forward },
          { name: tr('lab-central'), color: COLORS.central, xs: table.hs, ys: table.central },
          { color: '#111', xs: [step], ys: [Math.abs(forward - d)], dots: true, noLine: true },
          { color: '#111', xs: [step], ys: [Math.abs(central - d)], dots: true, noLine: true },
        ],
        logX: true,
        logY: true,
        xLabel: 'h',
        yLabel: '|error|',
      },
      sw,
      Math.round(Math.min(360, sw * 0.75)),
    );
    const row = (k: string, v: string, id: string) => [h('dt', null, k), h('dd', { id }, v)];
    fill(
      this.readout,
      row('f(x)', fmt(fx, 8), 'd-fx'),
      row(tr('lab-derivative-exact'), fmt(d, 10), 'd-exact'),
      row(
        tr('lab-derivative-forward'),
        `${fmt(forward, 10)} (${tr('lab-error-short')} ${fmt(Math.abs(forward - d), 2)})`,
        'd-forward',
      ),
      row(
        tr('lab-derivative-central'),
        `${fmt(central, 10)} (${tr('lab-error-short')} ${fmt(Math.abs(central - d), 2)})`,
        'd-central',
      ),
    );
    this.drawDescent(w);
    this.root.dataset.ready = 'true';
  }

  /** |quotient − f′(x)| for h from 10⁻¹⁴ to about 2, ten per decade. */
  private errorTable(f: (v: number) => number, x: number, fx: number, d: number) {
    const hs: number[] = [];
    const forward: number[] = [];
    const central: number[] = [];
    for (let k = -140; k <= 3; k++) {
      const hh = 10 ** (k / 10);
      hs.push(hh);
      forward.push(Math.abs((f(x + hh) - fx) / hh - d));
      central.push(Math.abs((f(x + hh) - f(x - hh)) / (2 * hh) - d));
    }
    return { hs, forward, central };
  }

  private drawDescent(w: number): void {
    const [gd, sign] = this.descents;
    if (!gd || !sign) {
      this.descentChart.draw({ series: [] }, w, Math.round(Math.min(300, w * 0.5)));
      const why = this.descentError === null ? '' : formulaMessage(this.descentError, this.state.formula);
      fill(this.descentReadout, why ? h('dd', { id: 'd-descent-error', class: 'error' }, why) : null);
      return;
    }
    this.descentChart.draw(
      {
        series: [
          { name: tr('lab-descent-gd'), color: COLORS.gd, ys: gd.points.map((p) => p[0]), width: 2 },
          { name: tr('lab-descent-sign'), color: COLORS.sign, ys: sign.points.map((p) => p[0]), width: 2 },
        ],
        xLabel: tr('plot-step'),
        yLabel: 'x',
      },
      w,
      Math.round(Math.min(300, w * 0.5)),
    );
    const row = (k: string, r: DescendRun, id: string) => [
      h('dt', null, k),
      h('dd', { id }, endedOutside(r) ? statusText(r) : `x = ${fmt(r.points[r.points.length - 1][0], 10)}`),
    ];
    fill(
      this.descentReadout,
      row(tr('lab-descent-gd'), gd, 'd-gd-final'),
      row(tr('lab-descent-sign'), sign, 'd-sign-final'),
    );
  }

  /** u, du/dx, y, dy/du and their product at x, beside dy/dx of y(u(x)) from automatic differentiation. */
  private drawChain(): void {
    if (!this.chain) {
      fill(this.chainTable, h('caption', { class: 'help' }, tr('lab-chain-fix')));
      return;
    }
    const x = this.state.x;
    const [u, du] = this.chain.u.valueAndGrad([x]);
    const [y, dy] = this.chain.y.valueAndGrad([u]);
    const [, dyx] = this.chain.yx.valueAndGrad([x]);
    const row = (k: string, v: string, id: string) =>
      h('tr', null, h('th', { scope: 'row' }, k), h('td', { class: 'n', id }, v));
    fill(
      this.chainTable,
      h('caption', null, tr('lab-chain-at', { x: fmt(x, 6) })),
      h(
        'tbody',
        null,
        row('u(x)', fmt(u, 8), 'd-chain-u'),
        row('du/dx', fmt(du[0], 8), 'd-chain-du'),
        row('y(u)', fmt(y, 8), 'd-chain-y'),
        row('dy/du', fmt(dy[0], 8), 'd-chain-dy'),
        row('dy/du · du/dx', fmt(dy[0] * du[0], 8), 'd-chain-product'),
        row(tr('lab-chain-direct'), fmt(dyx[0], 8), 'd-chain-direct'),
      ),
    );
  }

  private exportCsv(): void {
    if (!this.fn) return;
    const f = (v: number) => this.fn!.value([v]);
    const x = this.state.x;
    const [fx, g] = this.fn.valueAndGrad([x]);
    const t = this.errorTable(f, x, fx, g[0]);
    saveCsv(
      'descenso-derivative-errors.csv',
      ['h', 'forward_error', 'central_error'],
      t.hs.map((hh, i) => [hh, t.forward[i], t.central[i]]),
    );
  }

  private exportDescentCsv(): void {
    const labels = [tr('lab-descent-gd'), tr('lab-descent-sign')];
    const rows: unknown[][] = [];
    this.descents.forEach((r, i) => {
      r.points.forEach((p, k) => {
        rows.push([labels[i], k, p[0], r.values[k], r.gradNorms[k]]);
      });
    });
    saveCsv('descenso-trajectories.csv', ['optimizer', 'step', 'x', 'f', 'grad_norm'], rows);
  }
}

function legend(items: [string, string][]): HTMLElement {
  return h(
    'ul',
    { class: 'legend' },
    items.map(([c, t]) => h('li', null, h('span', { class: 'dot', style: `background:${c}` }), t)),
  );
}
