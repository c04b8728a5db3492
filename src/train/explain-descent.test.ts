import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import type { ExplainTerm, StepExplanation } from '../optim/explain.js';
import {
  applyUpdates,
  conventions,
  makeOptimizer,
  type OptimizerName,
  optimizerNames,
  type Params,
} from '../optim/index.js';
import { type DescendSpec, descend } from './descend.js';
import { descentStepFunction, explainDescent } from './explain-descent.js';

/** Option sets that reach every branch the terms take: momentum, Nesterov, centering, AMSGrad, decay, clipping, schedules. */
function variants(name: OptimizerName): Record<string, unknown>[] {
  const searching = conventions[name].pytorch === conventions[name].keras;
  if (name === 'nelder-mead') return [{}, { adaptive: true }];
  if (searching) return [{}, { lr: 0.5 }];
  const common: Record<string, unknown>[] = [
    { lr: 0.05 },
    { lr: { kind: 'exponential', lr: 0.08, gamma: 0.9 } },
    ...(name === 'newton' ? [{ lr: 0.5, damping: 0.1, clipNorm: 1 }] : []),
    ...(name === 'newton' ? [] : [{ lr: 0.05, weightDecay: 0.05, clipValue: 0.5, clipNorm: 1 }]),
  ];
  const own: Partial<Record<OptimizerName, Record<string, unknown>[]>> = {
    sgd: [
      { lr: 0.02, momentum: 0.9 },
      { lr: 0.02, momentum: 0.9, nesterov: true },
    ],
    rmsprop: [{ lr: 0.01, centered: true, momentum: 0.5 }],
    adam: [{ lr: 0.05, amsgrad: true, weightDecay: 0.1 }],
    adamw: [{ lr: 0.05, amsgrad: true }],
  };
  return [...common, ...(own[name] ?? [])];
}

const FUNCTIONS: Pick<DescendSpec, 'surface' | 'formula' | 'start'>[] = [
  { surface: 'peaks' },
  { formula: 'x^2 + 2*y^2 + 0.5*z^4 + x*y', start: [1, -1, 0.5] },
];

/** The optimizer's own state after step K, by a loop of its own beside the explainer's. */
function stateAfter(spec: DescendSpec, K: number): unknown[] {
  const fn = descentStepFunction(spec);
  const o = spec.optimizer as { name: string; options?: object; convention?: string };
  const opt = makeOptimizer(
    o.name,
    { ...(o.options ?? {}), ...(spec.dtype ? { dtype: spec.dtype } : {}) },
    o.convention,
  );
  let params: Params = [Float64Array.from(fn.start)];
  let state = opt.init(params);
  for (let k = 0; k <= K; k++) {
    const [value, g] = fn.gradient(Array.from(params[0]), k);
    const p = Array.from(params[0]);
    const [u, next] = opt.update([Float64Array.from(g)], state, params, {
      step: k,
      ...(o.name === 'newton' ? { hessian: [fn.hessian!(p)] } : {}),
      loss: value,
      value: (ps) => fn.value(Array.from(ps[0])),
      valueAndGrad: (ps) => {
        const [v, gq] = fn.valueAndGrad(Array.from(ps[0]));
        return { value: v, grads: [Float64Array.from(gq)] };
      },
    });
    params = applyUpdates(params, u, spec.dtype ?? 'float64');
    state = next;
  }
  return state;
}

const last = (terms: readonly ExplainTerm[], symbol: string) =>
  terms.filter((t) => t.symbol === symbol).at(-1);

/** The run's states next to the terms that show them (m, v, s, u, b, α). */
function expectStateShown(e: StepExplanation, state: unknown[]): void {
  const find = (key: string) =>
    state.find((s) => typeof s === 'object' && s !== null && Object.hasOwn(s, key)) as
      | Record<string, Float64Array[] | number>
      | undefined;
  const pairs: [string, string][] = [
    ['m', 'm'],
    ['v', e.optimizer === 'rmsprop' || e.optimizer === 'adadelta' ? 'sq' : 'v'],
    ['s', e.optimizer === 'adagrad' ? 'sum' : ''],
    ['b', 'buf'],
  ];
  for (const [symbol, key] of pairs) {
    const s = key && find(key);
    if (!s || !ArrayBuffer.isView((s[key] as Float64Array[])[0])) continue;
    e.coords.forEach((terms, j) => {
      const shown = last(terms, symbol);
      if (shown) expect(shown.value).toBe((s[key] as Float64Array[])[0][j]);
    });
  }
  const search = find('alpha');
  if (search) expect(last(e.shared, 'α')?.value).toBe(search.alpha);
}

describe('explainDescent', () => {
  for (const name of optimizerNames)
    for (const convention of ['pytorch', 'keras'] as const)
      it(`explainDescent(${name}, ${convention}) gives the run's Δp, p′ and states bit for bit`, () => {
        for (const fn of FUNCTIONS)
          for (const options of variants(name))
            for (const dtype of ['float64', 'float32'] as const) {
              const spec: DescendSpec = {
                ...fn,
                steps: 12,
                ...(dtype === 'float32' ? { dtype } : {}),
                optimizer: { name, options: options as never, convention },
              };
              const run = descend(spec);
              for (const K of [0, 1, 5, run.steps - 1].filter((k) => k >= 0 && k < run.steps)) {
                const e = explainDescent(spec, K, run.steps);
                expect(e.before).toEqual(run.points[K]);
                expect(e.after).toEqual(run.points[K + 1]);
                e.coords.forEach((terms, j) => {
                  expect(
                    last(terms, 'Δp')?.value,
                    `${name} ${convention} ${JSON.stringify(options)} K=${K}`,
                  ).toBe(e.delta[j]);
                  expect(last(terms, 'p′')?.value).toBe(run.points[K + 1][j]);
                });
                expectStateShown(e, stateAfter(spec, K));
              }
            }
      });

  it('explainDescent(adam, pytorch) on x² from 1 shows the first step by hand: m = 0.2, v = 0.004, m̂ = 2, √v̂ = 2', () => {
    const e = explainDescent(
      { formula: 'x^2', start: [1], steps: 3, optimizer: { name: 'adam', options: { lr: 0.1 } } },
      0,
      3,
    );
    const terms = e.coords[0];
    const value = (s: string) => last(terms, s)?.value;
    // g = 2x = 2; m = 0.1·2; v = 0.001·4; m̂ = m/(1 − 0.9); √v̂ = √v/√(1 − 0.999)
    expect(value('g')).toBe(2);
    expect(value('m')).toBeCloseTo(0.2, 15);
    expect(value('v')).toBeCloseTo(0.004, 15);
    expect(value('m̂')).toBeCloseTo(2, 14);
    expect(value('√v̂')).toBeCloseTo(2, 14);
    expect(value('Δp')).toBeCloseTo(-0.1, 8);
    // Keras puts ε before the correction: its step differs from PyTorch's by about lr·ε·√(1 − β₂)/(1 − β₁)/2².
    expect(e.other).toMatchObject({ convention: 'keras' });
    const other = e.other as { delta: number[]; difference: number[] };
    expect(other.difference[0]).not.toBe(0);
    expect(Math.abs(other.difference[0])).toBeLessThan(1e-6);
  });

  it('explainDescent(sgd, keras) with dampening names the fixed option as the other convention fault', () => {
    const spec: DescendSpec = {
      surface: 'peaks',
      steps: 4,
      optimizer: { name: 'sgd', options: { lr: 0.01, momentum: 0.5, dampening: 0.2 } },
    };
    const e = explainDescent(spec, 2, 4);
    expect(e.other).toMatchObject({ convention: 'keras', error: { code: 'optim-option-fixed' } });
  });

  it('explainDescent(bfgs) shows s, y and ρ after the first step, and no other convention', () => {
    const spec: DescendSpec = { surface: 'peaks', steps: 5, optimizer: { name: 'bfgs' } };
    const run = descend(spec);
    const e = explainDescent(spec, 2, run.steps);
    expect(e.other).toBeNull();
    expect(last(e.shared, 'ρ')?.value).toBeGreaterThan(0);
    expect(last(e.coords[0], 's')?.value).toBe(run.points[2][0] - run.points[1][0]);
    expect(e.trials?.at(-1)).toEqual(run.points[3]);
  });

  it('explainDescent with gradient noise replays the noise the run drew', () => {
    const spec: DescendSpec = {
      surface: 'peaks',
      steps: 40,
      noise: { sigma: 0.3, seed: 7 },
      optimizer: { name: 'adam', options: { lr: 0.05 } },
    };
    const run = descend(spec);
    for (const K of [0, 33, 39]) expect(explainDescent(spec, K, run.steps).after).toEqual(run.points[K + 1]);
  });

  it('explainDescent(…, K ≥ the steps taken) throws explain-step-range naming K and the last step', () => {
    const spec: DescendSpec = { surface: 'peaks', steps: 5, optimizer: 'sgd' };
    expect(() => explainDescent(spec, 5, 5)).toThrow(DescensoError);
    try {
      explainDescent(spec, 9, 5);
    } catch (err) {
      expect((err as DescensoError).code).toBe('explain-step-range');
      expect((err as DescensoError).message).toContain('0 to 4');
      expect((err as DescensoError).messageIn('es')).toContain('de 0 a 4');
    }
    expect(() => explainDescent(spec, 1.5, 5)).toThrow(/1\.5/);
  });
});
