/**
 * The derivative lab: f(x), the tangent at x (slope from automatic differentiation), the secant
 * of the difference quotient with step h, and the error of the forward and central quotients
 * against h on log–log axes (truncation error falling with h, rounding error rising again).
 */
import { parseFormula } from '../../src/expr/index.js';
import { compileFormula } from '../../src/train/descend.js';
import { LineChart } from './chart.js';
import { fill, h } from './dom.js';
import { fmt, tr } from './i18n.js';
import { formulaMessage } from './surface-lab.js';

export interface DerivativeState {
  formula: string;
  x: number;
  h: number;
}

export const defaultDerivative: DerivativeState = { formula: '2*x^2 - 3*x + 4', x: 2, h: 0.5 };

const COLORS = {
  f: '#1f5fbf',
  tangent: '#d81bd8',
  secant: '#00a651',
  forward: '#ff7f0e',
  central: '#00a0a0',
};

export class DerivativeLab {
  readonly root = h('div', { class: 'lab derivative-lab' });
  state: DerivativeState;
  private fn: ReturnType<typeof compileFormula> | null = null;
  private error: string | null = null;
  private curve = new LineChart('');
  private errors = new LineChart('');
  private readout = h('dl', { class: 'readout' });
  private controls = h('div', { class: 'panel controls' });

  constructor(
    state: DerivativeState,
    private readonly changed: () => void,
  ) {
    this.state = { ...state };
    this.compile();
    new ResizeObserver(() => this.draw()).observe(this.root);
  }

  private compile(): void {
    try {
      this.fn = compileFormula(parseFormula(this.state.formula, { kind: '1d' }));
      this.error = null;
    } catch (err) {
      this.error = formulaMessage(err, this.state.formula);
    }
  }

  render(): void {
    const s = this.state;
    const formula = h('input', {
      id: 'd-formula',
      type: 'text',
      value: s.formula,
      spellcheck: 'false',
      autocomplete: 'off',
      'aria-describedby': 'd-formula-error',
      'aria-invalid': String(this.error !== null),
    });
    const errorBox = h(
      'pre',
      { id: 'd-formula-error', class: 'formula-error', role: 'alert', hidden: this.error === null },
      this.error ?? '',
    );
    let timer = 0;
    formula.addEventListener('input', () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        this.state.formula = formula.value;
        this.compile();
        errorBox.textContent = this.error ?? '';
        errorBox.hidden = this.error === null;
        formula.setAttribute('aria-invalid', String(this.error !== null));
        this.draw();
        this.changed();
      }, 150);
    });
    const pair = (
      id: string,
      label: string,
      value: number,
      slider: { min: number; max: number; log: boolean },
      set: (v: number) => void,
    ) => {
      const toS = (v: number) => String(slider.log ? Math.log10(v) : v);
      const range = h('input', {
        type: 'range',
        min: slider.log ? Math.log10(slider.min) : slider.min,
        max: slider.log ? Math.log10(slider.max) : slider.max,
        step: 'any',
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
        if (!Number.isFinite(v) || (slider.log && v <= 0)) return;
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
    fill(
      this.controls,
      h('div', { class: 'field' }, h('label', { for: 'd-formula' }, tr('lab-function')), formula, errorBox),
      pair('d-x', tr('lab-point'), s.x, { min: -5, max: 5, log: false }, (v) => {
        this.state.x = v;
        this.draw();
        this.changed();
      }),
      pair('d-h', tr('lab-h'), s.h, { min: 1e-12, max: 2, log: true }, (v) => {
        this.state.h = v;
        this.draw();
        this.changed();
      }),
      this.readout,
    );
    this.curve.setLabel(`${tr('lab-tangent')}, ${tr('lab-secant')}`);
    this.errors.setLabel(tr('lab-error-vs-h'));
    fill(
      this.root,
      this.controls,
      h(
        'div',
        { class: 'panel stage' },
        this.curve.canvas,
        legend([
          [COLORS.f, 'f(x)'],
          [COLORS.tangent, tr('lab-tangent')],
          [COLORS.secant, tr('lab-secant')],
        ]),
      ),
      h(
        'div',
        { class: 'panel side' },
        h('h2', null, tr('lab-error-vs-h')),
        this.errors.canvas,
        legend([
          [COLORS.forward, tr('lab-forward')],
          [COLORS.central, tr('lab-central')],
        ]),
      ),
    );
    this.draw();
  }

  private draw(): void {
    const stage = this.root.querySelector('.stage') as HTMLElement | null;
    const side = this.root.querySelector('.side') as HTMLElement | null;
    if (!stage || !side) return;
    const w = Math.max(260, stage.clientWidth - 26);
    const sw = Math.max(260, side.clientWidth - 26);
    if (!this.fn) {
      this.curve.draw({ series: [] }, w, Math.round(w * 0.7));
      this.errors.draw({ series: [] }, sw, Math.round(sw * 0.7));
      fill(this.readout);
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
    const finite = ys.filter(Number.isFinite);
    const yLo = Math.min(...finite);
    const yHi = Math.max(...finite);
    const pad = (yHi - yLo) * 0.08 || 1;
    this.curve.draw(
      {
        series: [
          { color: COLORS.f, xs, ys, width: 2.2 },
          { color: COLORS.tangent, xs: [lo, hi], ys: [fx + d * (lo - x), fx + d * (hi - x)] },
          {
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
    const hs: number[] = [];
    const ef: number[] = [];
    const ec: number[] = [];
    for (let e = -14; e <= 0.3; e += 0.1) {
      const hh = 10 ** e;
      hs.push(hh);
      ef.push(Math.abs((f(x + hh) - fx) / hh - d));
      ec.push(Math.abs((f(x + hh) - f(x - hh)) / (2 * hh) - d));
    }
    this.errors.draw(
      {
        series: [
          { color: COLORS.forward, xs: hs, ys: ef },
          { color: COLORS.central, xs: hs, ys: ec },
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
        `${fmt(forward, 10)}  (${fmt(Math.abs(forward - d), 2)})`,
        'd-forward',
      ),
      row(
        tr('lab-derivative-central'),
        `${fmt(central, 10)}  (${fmt(Math.abs(central - d), 2)})`,
        'd-central',
      ),
    );
    this.root.dataset.ready = 'true';
  }
}

function legend(items: [string, string][]): HTMLElement {
  return h(
    'ul',
    { class: 'legend' },
    items.map(([c, t]) => h('li', null, h('span', { class: 'dot', style: `background:${c}` }), t)),
  );
}
