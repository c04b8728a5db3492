import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { linspace } from '../random/linspace.js';
import { RandomState } from '../random/random-state.js';
import { hostileObject } from '../testing.js';
import { NUMPY_LOG } from '../tutorials/printed-logs.js';
// Imported under another name: a bare `fit(` reads to the linter as vitest's focused test.
import { type GradientBatch, fit as train } from './fit.js';

const f = Math.fround;

/** The NumPy tutorial's gradient, np.dot(2x, y_pred − y).mean(), in float32: 4× the true one. */
function tutorialGradient(_p: unknown, { x, y, yPred }: GradientBatch) {
  let s = 0;
  for (let i = 0; i < x.length; i++) s = f(s + f(f(2 * x[i]) * f(yPred[i] - y[i])));
  return { w: s };
}

/** The JAX tutorial's data: seed 22, linspace(−2, 2, 100), y = 5x + 2·normal(0, 1, 100). */
function seed22() {
  const rs = new RandomState(22);
  const x = linspace(-2, 2, 100);
  const noise = rs.normal(0, 1, 100);
  return { x, y: x.map((v, i) => 5 * v + 2 * noise[i]) };
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof DescensoError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('fit', () => {
  it('fit(NumPy tutorial, hand gradient, float32) prints the tutorial log and warns of the factor 4', () => {
    const run = train({
      model: 'linear',
      data: { x: [1, 2, 3, 4], y: [2, 4, 6, 8] },
      epochs: 20,
      dtype: 'float32',
      optimizer: { name: 'sgd', options: { lr: 0.01 } },
      gradient: tutorialGradient,
    });
    expect(run.history).toHaveLength(21);
    const lines = [];
    for (let e = 0; e < 20; e += 2)
      lines.push(
        `epoch ${e + 1}: w = ${(run.history[e + 1].params!.w as number).toFixed(3)}, loss = ${run.history[e].loss.toFixed(8)}`,
      );
    // the tutorial's epochs 1 … 13 (its log without the prediction line)
    expect(lines.slice(0, 7)).toEqual(NUMPY_LOG.slice(1, 8));
    expect(run.warnings).toHaveLength(1);
    expect(run.warnings![0].code).toBe('fit-gradient-factor');
    expect(run.warnings![0].params).toMatchObject({ factor: 4 });
    expect(run.warnings![0].message).toContain('4 times');
  });

  it('fit(PyTorch tutorial, autodiff, float32) gives w = 0.300 then 1.665 with loss 1.16278565 at epoch 11', () => {
    const run = train({
      model: 'linear',
      data: { x: [1, 2, 3, 4], y: [2, 4, 6, 8] },
      epochs: 100,
      dtype: 'float32',
    });
    expect((run.history[1].params!.w as number).toFixed(3)).toBe('0.300');
    expect((run.history[11].params!.w as number).toFixed(3)).toBe('1.665');
    expect(run.history[10].loss.toFixed(8)).toBe('1.16278565');
    expect(run.history[20].loss.toFixed(8)).toBe('0.04506890');
    expect(run.warnings).toBeUndefined();
    for (const h of run.history) expect(Math.fround(h.loss)).toBe(h.loss);
  });

  it('fit(seed-22 data, w = 10, lr 0.01, 401 epochs) ends at w ≈ 4.9624513 with epochs + 1 history entries', () => {
    const run = train({ model: 'linear', data: seed22(), init: { w: 10 }, epochs: 401 });
    expect(run.status).toBe('max-steps');
    expect(run.history).toHaveLength(402);
    expect(run.history[0]).toMatchObject({ epoch: 0, params: { w: 10 } });
    expect(run.history[0].loss).toBeCloseTo(38.407744806265676, 12);
    expect(run.params.w).toBeCloseTo(4.9624513, 7);
    expect(run.history[401].params!.w).toBe(run.params.w);
  });

  it('fit(affine, sse) takes the hand-derived first step a ← a + lr·2Σr, b ← b + lr·2Σr·x', () => {
    const x = [0, 1, 2];
    const y = [1, 2, 4];
    const run = train({
      model: 'affine',
      loss: 'sse',
      data: { x, y },
      epochs: 1,
      optimizer: { name: 'sgd', options: { lr: 0.01 } },
    });
    // at a = b = 0 the residuals are y: Σr = 7, Σr·x = 10
    expect(run.params.a).toBeCloseTo(0.14, 15);
    expect(run.params.b).toBeCloseTo(0.2, 15);
    expect(run.history[0].loss).toBe(21);
  });

  it('fit(minibatch) twice with the same seed gives the same run; another seed another one', () => {
    const spec = {
      model: 'affine',
      data: seed22(),
      epochs: 3,
      regime: 'minibatch' as const,
      batchSize: 16,
      seed: 7,
    };
    const a = train(spec);
    const b = train(spec);
    expect(b).toEqual(a);
    expect(train({ ...spec, seed: 8 }).stepLosses).not.toEqual(a.stepLosses);
    // 100 points in batches of 16: 7 steps per epoch
    expect(a.stepLosses).toHaveLength(21);
    expect(a.history).toHaveLength(4);
  });

  it("fit(sgd) visits the points in NumPy's permutation order of the run's RandomState", () => {
    const seen: number[] = [];
    const x = [0, 1, 2, 3, 4, 5, 6, 7];
    train({
      model: 'linear',
      data: { x, y: x },
      epochs: 2,
      regime: 'sgd',
      seed: 3,
      gradient: (_p, b) => {
        seen.push(b.x[0]);
        return { w: 0 };
      },
    });
    const rs = new RandomState(3);
    const first = Array.from(rs.permutation(8));
    const second = Array.from(rs.permutation(8));
    // the first call is the one-time check of the gradient, on the whole data set
    expect(seen.slice(1)).toEqual([...first, ...second]);
  });

  it('fit(shuffle: false) steps through the points in order', () => {
    const seen: number[] = [];
    train({
      model: 'linear',
      data: { x: [3, 1, 2], y: [0, 0, 0] },
      epochs: 1,
      regime: 'sgd',
      shuffle: false,
      gradient: (_p, b) => {
        seen.push(...b.x);
        return { w: 0 };
      },
    });
    expect(seen.slice(3)).toEqual([3, 1, 2]);
  });

  it('fit with too large a learning rate reports divergence with its epoch, never a NaN loss', () => {
    const run = train({
      model: 'affine',
      data: seed22(),
      epochs: 500,
      optimizer: { name: 'sgd', options: { lr: 5 } },
    });
    expect(run.status).toBe('diverged');
    expect(run.divergedAt).toBeGreaterThan(0);
    expect(run.history).toHaveLength(run.divergedAt!);
    for (const h of run.history) expect(Number.isFinite(h.loss)).toBe(true);
    expect(Number.isFinite(run.params.a as number)).toBe(true);
  });

  it('fit(sgd) that blows up inside an epoch is diverged at that epoch', () => {
    const run = train({
      model: 'affine',
      data: seed22(),
      epochs: 50,
      regime: 'sgd',
      optimizer: { name: 'sgd', options: { lr: 3 } },
    });
    expect(run.status).toBe('diverged');
    expect(run.stepLosses!.every((v, i, a) => Number.isFinite(v) || i === a.length - 1)).toBe(true);
    expect(run.history).toHaveLength(run.divergedAt!);
  });

  it('fit with stop.tolerance stops early as converged', () => {
    const run = train({ model: 'linear', data: seed22(), epochs: 5000, stop: { tolerance: 1e-12 } });
    expect(run.status).toBe('converged');
    expect(run.history.length).toBeLessThan(5001);
    expect(run.params.w).toBeCloseTo(4.9624, 3);
  });

  it('fit(logistic, bce) separates two classes and lowers the loss', () => {
    const rs = new RandomState(1);
    const x = [...rs.normal(-2, 1, 50), ...rs.normal(2, 1, 50)];
    const y = x.map((_v, i) => (i < 50 ? 0 : 1));
    const run = train({
      model: 'logistic',
      data: { x, y },
      epochs: 200,
      optimizer: { name: 'sgd', options: { lr: 0.5 } },
    });
    expect(run.loss).toBe('bce');
    expect(run.history[200].loss).toBeLessThan(run.history[0].loss / 3);
    expect(run.params.w as number).toBeGreaterThan(1);
  });

  it('fit(mlp:8, adam) learns a sine better than a line can', () => {
    const x = linspace(-3, 3, 60);
    const y = x.map(Math.sin);
    const line = train({
      model: 'affine',
      data: { x, y },
      epochs: 500,
      optimizer: { name: 'adam', options: { lr: 0.05 } },
    });
    const net = train({
      model: 'mlp:8',
      data: { x, y },
      epochs: 500,
      seed: 2,
      optimizer: { name: 'adam', options: { lr: 0.05 } },
    });
    expect(net.history[500].loss).toBeLessThan(line.history[500].loss / 5);
    expect(net.paramNames).toEqual(['W1', 'b1', 'W2', 'b2']);
  });

  it('fit(multilinear:2) on rows recovers the weights of a noiseless plane', () => {
    const rows: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 5; i++)
      for (let j = 0; j < 5; j++) {
        rows.push([i / 4, j / 4]);
        y.push(1 + 2 * (i / 4) - 3 * (j / 4));
      }
    const run = train({
      model: 'multilinear:2',
      data: { x: rows, y },
      epochs: 3000,
      optimizer: { name: 'sgd', options: { lr: 0.3 } },
    });
    expect((run.params.w as number[])[0]).toBeCloseTo(2, 6);
    expect((run.params.w as number[])[1]).toBeCloseTo(-3, 6);
    expect(run.params.b).toBeCloseTo(1, 6);
  });

  it('fit warns of a mismatch (no common factor) when a hand-written gradient is wrong in shape', () => {
    const run = train({
      model: 'affine',
      data: seed22(),
      epochs: 1,
      gradient: () => ({ a: 1, b: 1 }),
    });
    expect(run.warnings![0].code).toBe('fit-gradient-mismatch');
  });

  it('fit with a correct hand-written gradient gives no warning and the autodiff run', () => {
    const data = seed22();
    const hand = train({
      model: 'linear',
      data,
      epochs: 10,
      gradient: (_p, { x, y, yPred }) => {
        let s = 0;
        for (let i = 0; i < x.length; i++) s += 2 * x[i] * (yPred[i] - y[i]);
        return { w: s / x.length };
      },
    });
    expect(hand.warnings).toBeUndefined();
    expect(hand.params.w).toBeCloseTo(train({ model: 'linear', data, epochs: 10 }).params.w as number, 12);
  });

  it('fit trains on 10⁶ points (compiled batch path) without trouble', () => {
    const n = 1_000_000;
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      x[i] = i / n;
      y[i] = 0.3 + 0.5 * x[i];
    }
    const t0 = performance.now();
    const run = train({
      model: 'affine',
      data: { x, y },
      epochs: 20,
      optimizer: { name: 'sgd', options: { lr: 0.5 } },
    });
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(run.history).toHaveLength(21);
    expect(run.history[20].loss).toBeLessThan(run.history[0].loss / 10);
  });

  it('fit refuses bad specs with DescensoErrors naming the fault', () => {
    const data = { x: [1, 2], y: [1, 2] };
    expect(codeOf(() => train({ model: 'linear', data, init: { v: 1 } }))).toBe('fit-unknown-param');
    expect(codeOf(() => train({ model: 'affine', data, init: { a: [1, 2] } }))).toBe('fit-bad-param');
    expect(codeOf(() => train({ model: 'linear', data: { x: [1], y: [1, 2] } }))).toBe('fit-data-length');
    expect(codeOf(() => train({ model: 'linear', data: { x: [], y: [] } }))).toBe('fit-data-empty');
    expect(codeOf(() => train({ model: 'linear', data: { x: [1, Number.NaN], y: [1, 2] } }))).toBe(
      'fit-data-not-finite',
    );
    expect(codeOf(() => train({ model: 'linear', data, epochs: -1 }))).toBe('fit-bad-option');
    expect(codeOf(() => train({ model: 'linear', data, regime: 'online' as never }))).toBe('fit-bad-option');
    expect(codeOf(() => train({ model: 'linear', data, regime: 'minibatch', batchSize: 0 }))).toBe(
      'fit-bad-option',
    );
    expect(codeOf(() => train({ model: 'logistic', data: { x: [1, 2], y: [0, 2] } }))).toBe('fit-bad-labels');
    expect(codeOf(() => train({ model: 'linear', data, gradient: () => ({}) }))).toBe('fit-gradient-missing');
    expect(codeOf(() => train({ model: 'linear', data, optimizer: { name: 'nope' } }))).toBe('optim-unknown');
  });
  it('fit({ onEpoch }) reports each epoch once, in every regime, and changes nothing', () => {
    const data = { x: [1, 2, 3, 4], y: [2, 4, 6, 8] };
    for (const regime of ['batch', 'sgd', 'minibatch'] as const) {
      const calls: [number, number][] = [];
      const spec = { model: 'linear', data, epochs: 3, regime, batchSize: 2 };
      const run = train({ ...spec, onEpoch: (done, total) => void calls.push([done, total]) });
      expect(calls).toEqual([
        [1, 3],
        [2, 3],
        [3, 3],
      ]);
      expect(run).toEqual(train(spec));
    }
  });

  it('fit({ onEpoch }) refuses a hook that is not a function', () => {
    const run = () => train({ model: 'linear', data: { x: [1], y: [1] }, onEpoch: 3 as never });
    expect(run).toThrow(DescensoError);
    expect(() => train({ model: 'linear', data: { x: [1], y: [1] }, onBatch: 'x' as never })).toThrow(
      DescensoError,
    );
  });

  it('fit({ onBatch }) sees every stochastic step: its points, the parameters before it and its loss', () => {
    const data = { x: [1, 2, 3, 4, 5], y: [2, 4, 6, 8, 10] };
    const spec = { model: 'linear', data, epochs: 3, regime: 'minibatch' as const, batchSize: 2, seed: 7 };
    const steps: { epoch: number; index: number; points: number[]; w: number; loss: number }[] = [];
    const run = train({
      ...spec,
      onBatch: (s) => void steps.push({ ...s, points: Array.from(s.points), w: s.params[0][0] }),
    });
    expect(run).toEqual(train(spec));
    // 5 points in batches of 2: steps 0, 1, 2 of each epoch, the last with one point
    expect(steps.map((s) => [s.epoch, s.index, s.points.length])).toEqual(
      [0, 1, 2].flatMap((e) => [
        [e, 0, 2],
        [e, 1, 2],
        [e, 2, 1],
      ]),
    );
    for (const e of [0, 1, 2]) {
      const epoch = steps.filter((s) => s.epoch === e);
      // each epoch visits every point once
      expect(epoch.flatMap((s) => s.points).sort()).toEqual([0, 1, 2, 3, 4]);
      // the parameters before an epoch's first step are those fit recorded after the epoch before
      expect(epoch[0].w).toBe(run.history[e].params!.w);
    }
    expect(steps.map((s) => s.loss)).toEqual(run.stepLosses);
    // batch descent has no batches to report
    const batch: unknown[] = [];
    train({ ...spec, regime: 'batch', onBatch: (s) => void batch.push(s) });
    expect(batch).toEqual([]);
  });
});

describe('fit: divergence, undefined starts and records (issue 10)', () => {
  const errorOf = (fn: () => unknown): DescensoError => {
    try {
      fn();
    } catch (e) {
      if (e instanceof DescensoError) return e;
      throw e;
    }
    throw new Error('no error');
  };

  it('fit(affine, lr 0.8) is diverged at epoch 43, a million times its starting loss, not "maximum reached" at 10⁷²', () => {
    const run = train({
      model: 'affine',
      data: seed22(),
      epochs: 500,
      optimizer: { name: 'sgd', options: { lr: 0.8 } },
    });
    expect(run.status).toBe('diverged');
    expect(run.divergedAt).toBe(43);
    const start = run.history[0].loss;
    for (const h of run.history) expect(h.loss).toBeLessThanOrEqual(1e6 * start);
    expect(run.history).toHaveLength(43);
  });

  it('fit(minibatch of 2) with one outlier among 4·10⁶ points is not diverged by that batch alone', () => {
    // L₀ = 10⁶ / (4·10⁶) = 0.25, but the first batch's mean loss is 5·10⁵ = 2·10⁶ × L₀.
    const n = 4_000_000;
    const x = new Float64Array(n).fill(1);
    const y = new Float64Array(n);
    y[0] = 1000;
    const run = train({
      model: 'linear',
      data: { x, y },
      regime: 'minibatch',
      batchSize: 2,
      shuffle: false,
      epochs: 1,
      record: { stepLosses: false },
      optimizer: { name: 'sgd', options: { lr: 1e-9 } },
    });
    expect(run.status).toBe('max-steps');
    expect(run.stepLosses).toBeUndefined();
  });

  it('fit with an explicit stop.maxLoss keeps the absolute rule', () => {
    const run = train({
      model: 'affine',
      data: seed22(),
      epochs: 500,
      optimizer: { name: 'sgd', options: { lr: 0.8 } },
      stop: { maxLoss: 1e100 },
    });
    expect(run.status).toBe('max-steps');
  });

  it('fit at the exact optimum of noiseless data stays converged-or-running, never diverged', () => {
    const run = train({
      model: 'linear',
      data: { x: [1, 2, 3], y: [2, 4, 6] },
      init: { w: 2 },
      regime: 'sgd',
      epochs: 50,
    });
    expect(run.status).toBe('max-steps');
    expect(run.history[50].loss).toBe(0);
  });

  it('fit whose starting loss overflows throws fit-undefined-start, in both languages', () => {
    const e = errorOf(() => train({ model: 'linear', data: { x: [1, 2], y: [1e200, 2e200] } }));
    expect(e.code).toBe('fit-undefined-start');
    expect(e.messageIn('en')).toMatch(/^the loss is not defined at the start \(it is Infinity\)/);
    expect(e.messageIn('es')).toMatch(/^la pérdida no está definida al inicio \(vale Infinity\)/);
  });

  it('fit(record every 100, 1005 epochs) keeps epochs 0, 100, …, 1000 and 1005, equal to the full history there', () => {
    const spec = {
      model: 'affine',
      data: seed22(),
      epochs: 1005,
      optimizer: { name: 'sgd', options: { lr: 0.01 } },
    };
    const full = train(spec);
    const thin = train({ ...spec, record: { every: 100 } });
    expect(thin.history.map((h) => h.epoch)).toEqual([
      0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1005,
    ]);
    for (const h of thin.history) expect(h).toEqual(full.history[h.epoch]);
    expect(thin.params).toEqual(full.params);
  });

  it('fit(mlp:32,32) keeps no weights in its history by default; linear models and record.params true do', () => {
    const data = seed22();
    const net = train({ model: 'mlp:32,32', data, epochs: 2 });
    expect(net.history[1].params).toBeUndefined();
    expect(net.params.W2).toHaveLength(32 * 32);
    expect(
      train({ model: 'mlp:32,32', data, epochs: 2, record: { params: true } }).history[1].params,
    ).toBeDefined();
    expect(train({ model: 'affine', data, epochs: 2 }).history[1].params).toEqual(expect.any(Object));
  });

  it('fit(mlp:1024,1024) on 20 000 points is refused before it allocates (run-too-large, fewer points)', () => {
    const x = Array.from({ length: 20_000 }, (_v, i) => i / 20_000);
    const e = errorOf(() => train({ model: 'mlp:1024,1024', data: { x, y: x }, epochs: 1 }));
    expect(e.code).toBe('run-too-large');
    expect(e.messageIn('en')).toContain('use fewer points or narrower layers');
    expect(e.messageIn('es')).toContain('use menos puntos o capas más estrechas');
  });

  it('fit(mlp:1024,1024, 1000 epochs, record.params) is refused: its history would hold 10⁹ numbers', () => {
    const e = errorOf(() =>
      train({
        model: 'mlp:1024,1024',
        data: { x: [0, 1], y: [0, 1] },
        epochs: 1000,
        record: { params: true },
      }),
    );
    expect(e.code).toBe('run-too-large');
    expect(e.messageIn('en')).toMatch(
      /^this run would need 1\.1·10⁹ numbers in memory, more than the limit of 2·10⁸/,
    );
  });

  it('fit(sgd, 10⁶ points, 1000 epochs) is refused: it would record a billion step losses', () => {
    const x = new Float64Array(1_000_000);
    const e = errorOf(() => train({ model: 'linear', data: { x, y: x }, regime: 'sgd', epochs: 1000 }));
    expect(e.code).toBe('run-too-large');
    expect(e.messageIn('en')).toContain('do not record the loss of every step');
  });

  it('fit with data.x or data.y missing or null throws fit-bad-option naming it, not a TypeError', () => {
    for (const data of [{ x: null, y: [1] }, { x: [1], y: null }, { y: [1] }, { x: [1], y: 5 }]) {
      const e = errorOf(() => train({ model: 'linear', data: data as never }));
      expect(e.code).toBe('fit-bad-option');
      expect(e.messageIn('es')).toMatch(
        /^data\.[xy] no válido para fit: .* \(se espera una lista de números\)$/,
      );
    }
  });

  it('fit with record.every 0 or 1.5 throws fit-bad-option', () => {
    for (const every of [0, 1.5, Number.NaN])
      expect(codeOf(() => train({ model: 'linear', data: seed22(), record: { every } }))).toBe(
        'fit-bad-option',
      );
  });
});

describe('fit with arguments of the wrong kind', () => {
  const data = { x: [0, 1, 2], y: [1, 3, 5] };
  const weird = hostileObject();
  it.each([
    ['a model that is an empty object', { model: {}, data }],
    ['a model that is a number', { model: 3, data }],
    ['a loss that is an empty object', { model: 'affine', loss: {}, data }],
    ['an optimizer without a name', { model: 'affine', optimizer: {}, data }],
    ['a stop that is text', { model: 'affine', stop: 'x', data }],
    ['a shuffle that is text', { model: 'affine', shuffle: 'yes', data }],
    [
      'an epoch count that is an object whose toString is no function',
      { model: 'affine', epochs: weird, data },
    ],
  ])('fit(%s) throws fit-bad-option', (_what, spec) => {
    expect(codeOf(() => train(spec as never))).toBe('fit-bad-option');
  });

  it('fit(init with a BigInt) throws fit-bad-param, not a TypeError from JSON', () => {
    expect(codeOf(() => train({ model: 'affine', data, init: { a: 10n } as never }))).toBe('fit-bad-param');
  });
});
