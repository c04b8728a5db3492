/**
 * The regression lab: simulated data (sliders for the simulation), a model, a loss and an
 * optimizer trained in the batch, stochastic and mini-batch regimes side by side through `fit`
 * (in the worker). The fitted curves move over the scatter as the epochs play; beside them the
 * loss as a function of the first parameter with each regime's path, and the loss per epoch.
 */
import { simulationDefaults } from '../../src/data/simulate.js';
import { DescensoError } from '../../src/errors.js';
import { type FitExperiment, type FitResult, parseExperiment } from '../../src/experiment/index.js';
import { makeModel } from '../../src/models/index.js';
import { optimizerNames } from '../../src/optim/index.js';
import { categoricalColor } from '../../src/plot/index.js';
import { LineChart } from './chart.js';
import { download, fill, h } from './dom.js';
import type { FitWork } from './fit-work.js';
import { fmt, fmtInt, getLang, tr } from './i18n.js';
import { computeFit } from './runs.js';

export const defaultFit: FitExperiment = {
  kind: 'fit',
  version: 1,
  data: { family: 'linear', slope: 5, noise: 2, points: 100, seed: 22 },
  model: 'linear',
  loss: 'mse',
  optimizers: [{ name: 'sgd', options: { lr: 0.05 } }],
  epochs: 60,
  regimes: ['batch', 'sgd', 'minibatch'],
  batchSize: 16,
};

const FAMILIES = ['linear', 'affine', 'sine', 'poly'] as const;
const MODELS = ['linear', 'affine', 'poly:2', 'poly:3'];
const LOSSES = ['mse', 'sse', 'mae', 'huber'];
const REGIMES = ['batch', 'sgd', 'minibatch'] as const;

function clone(e: FitExperiment): FitExperiment {
  return JSON.parse(JSON.stringify(e)) as FitExperiment;
}

export class RegressionLab {
  readonly root = h('div', { class: 'lab regression-lab' });
  exp: FitExperiment;
  private work: FitWork | null = null;
  private job: { cancel(): void } | null = null;
  private cur = 0;
  private playing = false;
  private raf = 0;
  private lastT = 0;
  private scatter = new LineChart('');
  private curve = new LineChart('');
  private losses = new LineChart('');
  private controls = h('div', { class: 'panel controls' });
  private status = h('div', { class: 'status', 'aria-live': 'polite' });
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
    this.render();
    this.recompute();
  }

  private epochs(): number {
    return Math.max(0, ...(this.work?.result?.runs.map((r) => r.history.length - 1) ?? [0]));
  }

  render(): void {
    const e = this.exp;
    const d = e.data;
    const fam = (d.family ?? 'linear') as keyof typeof simulationDefaults;
    const defs = simulationDefaults[fam];
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
        if (!Number.isFinite(v)) return;
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
    const opt = e.optimizers[0];
    const lr = Number(opt.options?.lr ?? 0.01);
    const lrBox = h('input', { id: 'r-lr', type: 'number', step: 'any', value: String(lr), class: 'num' });
    const lrSlider = h('input', {
      type: 'range',
      min: -4,
      max: 1,
      step: 'any',
      value: String(Math.log10(lr)),
      'aria-label': tr('lab-lr'),
    });
    lrSlider.addEventListener('input', () => {
      lrBox.value = String(Number((10 ** Number(lrSlider.value)).toPrecision(3)));
    });
    const setLr = (v: number) => {
      if (!(v > 0)) return;
      opt.options = { ...opt.options, lr: v };
      this.changed();
      this.recompute();
    };
    lrSlider.addEventListener('change', () => setLr(Number(lrBox.value)));
    lrBox.addEventListener('change', () => {
      lrSlider.value = String(Math.log10(Number(lrBox.value)));
      setLr(Number(lrBox.value));
    });
    let paramNames: readonly string[] = [];
    try {
      paramNames = makeModel(e.model).paramNames;
    } catch {
      paramNames = [];
    }
    const first = paramNames[0];
    fill(
      this.controls,
      h('h2', null, tr('lab-data')),
      select('r-family', tr('lab-family'), FAMILIES, fam, (v) => {
        e.data = { family: v as FitExperiment['data']['family'], seed: d.seed ?? 22 };
        this.render();
      }),
      num('r-slope', tr('lab-slope'), d.slope ?? defs.slope, [-10, 10, 0.1], (v) => {
        d.slope = v;
      }),
      num('r-intercept', tr('lab-intercept'), d.intercept ?? defs.intercept, [-10, 10, 0.1], (v) => {
        d.intercept = v;
      }),
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
      h('h2', null, tr('lab-model')),
      select('r-model', tr('lab-model'), MODELS, e.model, (v) => {
        e.model = v;
        e.init = undefined;
        this.render();
      }),
      select('r-loss', tr('lab-loss'), LOSSES, e.loss ?? 'mse', (v) => {
        e.loss = v as FitExperiment['loss'];
      }),
      select(
        'r-optimizer',
        tr('lab-optimizer'),
        optimizerNames.filter((n) => n !== 'newton'),
        opt.name,
        (v) => {
          opt.name = v;
        },
      ),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'r-lr' }, tr('lab-lr')),
        h('div', { class: 'pair' }, lrSlider, lrBox),
      ),
      num(
        'r-epochs',
        tr('lab-epochs'),
        e.epochs,
        [1, 500, 1],
        (v) => {
          e.epochs = Math.max(1, Math.min(100_000, v));
        },
        true,
      ),
      first
        ? num(`r-init`, `${tr('lab-init')}: ${first}`, e.init?.[first] ?? 0, [-10, 10, 0.1], (v) => {
            e.init = { ...e.init, [first]: v };
          })
        : null,
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
      h('h2', null, tr('lab-export')),
      h(
        'div',
        { class: 'buttons' },
        h(
          'button',
          { type: 'button', id: 'r-export-json', onclick: () => this.exportJson() },
          tr('lab-export-json'),
        ),
        h(
          'button',
          { type: 'button', id: 'r-export-csv', onclick: () => this.exportCsv() },
          tr('lab-export-csv'),
        ),
      ),
    );
    this.scatter.setLabel(tr('lab-scatter'));
    this.losses.setLabel(tr('lab-loss-epochs'));
    this.timeline.setAttribute('aria-label', tr('lab-timeline'));
    const btn = (label: string, text: string, f: () => void, id: string) =>
      h('button', { type: 'button', id, 'aria-label': label, title: label, onclick: f }, text);
    fill(
      this.root,
      this.controls,
      h(
        'div',
        { class: 'panel stage' },
        h('h2', null, tr('lab-scatter')),
        this.scatter.canvas,
        h('ul', { class: 'legend', id: 'r-legend' }),
        h(
          'div',
          { class: 'transport' },
          h(
            'div',
            { class: 'buttons' },
            btn(tr('lab-restart'), '⇤', () => this.seek(0), 'r-restart'),
            btn(tr('lab-step-back'), '◀', () => this.seek(Math.floor(this.cur) - 1), 'r-back'),
            this.playButton,
            btn(tr('lab-step-forward'), '▶', () => this.seek(Math.floor(this.cur) + 1), 'r-forward'),
            this.label,
          ),
          this.timeline,
        ),
        this.status,
      ),
      h(
        'div',
        { class: 'panel side' },
        h('h2', { id: 'r-curve-title' }, tr('lab-loss-curve', { name: first ?? 'w' })),
        this.curve.canvas,
        h('h2', null, tr('lab-loss-epochs')),
        this.losses.canvas,
      ),
    );
    this.updatePlay();
    this.drawStatic();
  }

  private updatePlay(): void {
    const label = this.playing ? tr('lab-pause') : tr('lab-play');
    this.playButton.textContent = this.playing ? '❚❚' : '▶';
    this.playButton.setAttribute('aria-label', label);
    this.playButton.title = label;
  }

  recompute(): void {
    this.job?.cancel();
    let e: FitExperiment;
    try {
      e = parseExperiment(JSON.parse(JSON.stringify(this.exp))) as FitExperiment;
    } catch (err) {
      this.notify(err instanceof DescensoError ? err.messageIn(getLang()) : String(err), 'error');
      return;
    }
    this.status.textContent = tr('lab-computing', { percent: '' });
    const job = computeFit(e);
    this.job = job;
    void job.promise.then((work) => {
      if (this.job !== job) return;
      this.job = null;
      this.status.textContent = '';
      if (!work) return;
      if (work.error) {
        const msg = (() => {
          try {
            return new DescensoError(work.error.code as never, work.error.params as never).messageIn(
              getLang(),
            );
          } catch {
            return work.error.message;
          }
        })();
        this.notify(msg, 'error');
        return;
      }
      this.work = work;
      this.timeline.max = String(this.epochs());
      this.cur = 0;
      this.drawStatic();
      this.play();
      this.root.dataset.ready = 'true';
    });
  }

  private colors(): string[] {
    return (this.work?.result?.runs ?? []).map((_r, i) => categoricalColor(i));
  }

  private sizes(): { w: number; sw: number } {
    const stage = this.root.querySelector('.stage') as HTMLElement | null;
    const side = this.root.querySelector('.side') as HTMLElement | null;
    return {
      w: Math.max(260, (stage?.clientWidth ?? 400) - 26),
      sw: Math.max(260, (side?.clientWidth ?? 320) - 26),
    };
  }

  /** The charts that do not move with the epoch: loss per epoch (with a cursor), L(w). */
  private drawStatic(): void {
    const r = this.work?.result;
    const { sw } = this.sizes();
    if (!r) return;
    const colors = this.colors();
    this.losses.draw(
      {
        series: r.runs.map((run, i) => ({
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
        r.runs.map((run, i) =>
          h(
            'li',
            null,
            h('span', { class: 'dot', style: `background:${colors[i]}` }),
            run.status === 'diverged'
              ? `${run.label} — ${tr('lab-status-diverged', { k: fmtInt(run.divergedAt ?? 0) })}`
              : run.label,
          ),
        ),
      );
    this.drawFrame();
  }

  private paramsAt(run: FitResult['runs'][number], k: number): Record<string, number | number[]> | undefined {
    const hist = run.history;
    return hist[Math.min(k, hist.length - 1)]?.params;
  }

  private drawFrame(): void {
    const r = this.work?.result;
    if (!r) return;
    const k = Math.max(0, Math.floor(this.cur));
    const { w, sw } = this.sizes();
    const colors = this.colors();
    const xs = r.data.x;
    let lo = Math.min(...xs);
    let hi = Math.max(...xs);
    if (!(hi > lo)) hi = lo + 1;
    const pad = (hi - lo) * 0.03;
    lo -= pad;
    hi += pad;
    const grid = Array.from({ length: 60 }, (_v, i) => lo + ((hi - lo) * i) / 59);
    let model: ReturnType<typeof makeModel> | null = null;
    try {
      model = makeModel(this.exp.model);
    } catch {
      model = null;
    }
    const ys = r.data.y;
    const yLo = Math.min(...ys);
    const yHi = Math.max(...ys);
    const yPad = (yHi - yLo) * 0.08 || 1;
    const series = [
      { color: 'rgba(70,78,90,0.55)', xs, ys, dots: true, noLine: true },
      ...r.runs.map((run, i) => {
        const p = this.paramsAt(run, k);
        const vals =
          model && p
            ? model.predictValues(
                run.paramNames.map((n) => p[n]),
                grid,
              )
            : [];
        return { color: colors[i], xs: grid, ys: vals, width: 2.4 };
      }),
    ];
    this.scatter.draw(
      { series, xLabel: 'x', yLabel: 'y', xRange: [lo, hi], yRange: [yLo - yPad, yHi + yPad] },
      w,
      Math.round(Math.min(480, w * 0.68)),
    );
    const c = this.work?.curve;
    if (c) {
      const param = c.param;
      const paths = r.runs.map((run, i) => {
        const pts = run.history.slice(0, k + 1).filter((h) => typeof h.params?.[param] === 'number');
        return {
          color: colors[i],
          xs: pts.map((h) => h.params![param] as number),
          ys: pts.map((h) => h.loss),
          dots: true,
          width: 1.2,
        };
      });
      const finite = c.losses.filter(Number.isFinite);
      this.curve.draw(
        {
          series: [{ color: '#1d2127', xs: c.ws, ys: c.losses, width: 2 }, ...paths],
          xLabel: param,
          yLabel: tr('lab-loss'),
          xRange: [c.ws[0], c.ws[c.ws.length - 1]],
          yRange: [Math.min(...finite), Math.max(...finite)],
        },
        sw,
        Math.round(Math.min(280, sw * 0.65)),
      );
    }
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

  play(): void {
    const n = this.epochs();
    if (this.cur >= n) this.cur = 0;
    this.playing = true;
    this.updatePlay();
    this.lastT = performance.now();
    const speed = Math.max(8, n / 5);
    cancelAnimationFrame(this.raf);
    const tick = (t: number) => {
      if (!this.playing) return;
      const dt = Math.max(0, Math.min(0.1, (t - this.lastT) / 1000));
      this.lastT = t;
      const before = Math.floor(this.cur);
      this.cur = Math.min(n, this.cur + dt * speed);
      if (Math.floor(this.cur) !== before) this.drawFrame();
      if (this.cur >= n) {
        this.pause();
        return;
      }
      this.raf = requestAnimationFrame(tick);
    };
    this.raf = requestAnimationFrame(tick);
  }

  pause(): void {
    this.playing = false;
    cancelAnimationFrame(this.raf);
    this.updatePlay();
  }

  toggle(): void {
    if (this.playing) this.pause();
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

  private exportJson(): void {
    download(
      'descenso-experiment.json',
      `${JSON.stringify(parseExperiment(JSON.parse(JSON.stringify(this.exp))), null, 2)}\n`,
      'application/json',
    );
  }

  private exportCsv(): void {
    const r = this.work?.result;
    if (!r) return;
    const names = r.runs[0]?.paramNames ?? [];
    const lines = [['run', 'epoch', 'loss', ...names].join(',')];
    for (const run of r.runs)
      for (const hh of run.history)
        lines.push(
          [`"${run.label}"`, hh.epoch, hh.loss, ...names.map((n) => csvValue(hh.params?.[n]))].join(','),
        );
    download('descenso-training.csv', `${lines.join('\n')}\n`, 'text/csv');
  }

  start(): void {
    this.render();
    this.recompute();
  }
}

function csvValue(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (v === undefined) return '';
  return `"${JSON.stringify(v)}"`;
}
