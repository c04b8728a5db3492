import { describe, expect, it } from 'vitest';
import {
  addDecayedWeights,
  addNoise,
  applyUpdates,
  chain,
  clipByGlobalNorm,
  clipByValue,
  scale,
  scaleByAdam,
  scaleByLearningRate,
  scaleBySchedule,
  scaleBySign,
  trace,
} from './transforms.js';
import type { Params } from './types.js';

const arrays = (...xs: number[][]): Params => xs.map((x) => Float64Array.from(x));
const plain = (xs: readonly Float64Array[]) => xs.map((x) => Array.from(x));

/** A deterministic standard normal source: Box–Muller over a 32-bit LCG, seeded. */
function normalSource(seed: number): () => number {
  let s = seed >>> 0;
  const uniform = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s + 0.5) / 2 ** 32;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

describe('scale and scaleByLearningRate', () => {
  it('scale(2) doubles every component', () => {
    const t = scale(2);
    expect(plain(t.update(arrays([1, -2], [3]), t.init([]))[0])).toEqual([[2, -4], [6]]);
  });

  it('scaleByLearningRate(0.1) turns a direction into the step −0.1·d', () => {
    const t = scaleByLearningRate(0.1);
    const [u] = t.update(arrays([1, -2]), t.init(arrays([0, 0])) as never);
    expect(plain(u)).toEqual([[-0.1, 0.2]]);
  });

  it('scaleBySchedule(s) counts its own steps unless extra.step is given', () => {
    const t = scaleBySchedule((step) => step + 1);
    const g = arrays([1]);
    const [u0, s1] = t.update(g, t.init(g));
    const [u1] = t.update(g, s1);
    const [u9] = t.update(g, s1, undefined, { step: 9 });
    expect([u0[0][0], u1[0][0], u9[0][0]]).toEqual([1, 2, 10]);
  });

  it('scaleBySchedule throws optim-bad-lr when the schedule gives a non-finite value', () => {
    const t = scaleBySchedule(() => Number.NaN);
    expect(() => t.update(arrays([1]), t.init([]))).toThrow(
      expect.objectContaining({ code: 'optim-bad-lr' }),
    );
  });
});

describe('trace', () => {
  it('trace({ decay: 0.5 }) returns g first, then 0.5·b + g', () => {
    const t = trace({ decay: 0.5 });
    const [u1, s1] = t.update(arrays([2]), t.init(arrays([0])));
    const [u2] = t.update(arrays([1]), s1);
    // b₁ = 2; b₂ = 0.5·2 + 1 = 2
    expect([u1[0][0], u2[0][0]]).toEqual([2, 2]);
  });

  it('trace({ decay: 0.5, nesterov: true }) returns g + 0.5·b', () => {
    const t = trace({ decay: 0.5, nesterov: true });
    const [u1] = t.update(arrays([2]), t.init(arrays([0])));
    // b₁ = 2, output 2 + 0.5·2 = 3
    expect(u1[0][0]).toBe(3);
  });

  it('trace({ decay: 0 }) passes the gradients through', () => {
    const t = trace({ decay: 0 });
    let s = t.init(arrays([0, 0]));
    for (const g of [
      [1, 2],
      [-3, 4],
    ]) {
      const [u, next] = t.update(arrays(g), s);
      expect(plain(u)).toEqual([g]);
      s = next;
    }
  });
});

describe('scaleBySign', () => {
  it('scaleBySign() maps components to 1, 0, −1 and keeps NaN visible', () => {
    const t = scaleBySign();
    const [u] = t.update(arrays([3, 0, -2, Number.NaN, -0]), t.init([]));
    expect(Array.from(u[0])).toEqual([1, 0, -1, Number.NaN, 0]);
  });
});

describe('chain', () => {
  it('chain(scale(2), scale(3)) multiplies by 6 and keeps one state per block', () => {
    const t = chain(scale(2), trace({ decay: 0.5 }), scale(3));
    const state = t.init(arrays([0]));
    expect(state).toHaveLength(3);
    const [u] = t.update(arrays([1]), state);
    expect(u[0][0]).toBe(6);
  });
});

describe('addDecayedWeights', () => {
  it('addDecayedWeights(0.1) adds 0.1·p to the updates', () => {
    const t = addDecayedWeights(0.1);
    const p = arrays([10, -20]);
    const [u] = t.update(arrays([1, 1]), t.init(p), p);
    expect(plain(u)).toEqual([[2, -1]]);
  });

  it('addDecayedWeights without the parameters throws optim-needs-params', () => {
    const t = addDecayedWeights(0.1);
    expect(() => t.update(arrays([1]), t.init([]))).toThrow(/needs the current parameters/);
  });
});

describe('clipping', () => {
  it('clipByGlobalNorm(5) rescales gradients of global norm 13 by 5/13', () => {
    const t = clipByGlobalNorm(5);
    const [u] = t.update(arrays([3], [4, 12]), t.init([]));
    // ‖(3, 4, 12)‖ = 13
    const want = [[15 / 13], [20 / 13, 60 / 13]];
    plain(u).forEach((a, i) => {
      a.forEach((x, j) => {
        expect(x).toBeCloseTo(want[i][j], 14);
      });
    });
  });

  it('clipByGlobalNorm(20) leaves a smaller gradient as it is, in a fresh array', () => {
    const t = clipByGlobalNorm(20);
    const g = arrays([3], [4, 12]);
    const [u] = t.update(g, t.init([]));
    expect(plain(u)).toEqual(plain(g));
    expect(u[0]).not.toBe(g[0]);
  });

  it('clipByValue(1) clips each component to [−1, 1]', () => {
    const t = clipByValue(1);
    const [u] = t.update(arrays([-3, 0.5, 2]), t.init([]));
    expect(plain(u)).toEqual([[-1, 0.5, 1]]);
  });

  it('clipByGlobalNorm(0) and clipByValue(-1) are refused', () => {
    expect(() => clipByGlobalNorm(0)).toThrow(/invalid maxNorm for clipByGlobalNorm: 0/);
    expect(() => clipByValue(-1)).toThrow(/invalid limit for clipByValue: -1/);
  });
});

describe('addNoise', () => {
  const run = (seed: number) => {
    const t = addNoise({ eta: 4, gamma: 2, normal: normalSource(seed) });
    const g = arrays([0, 0], [0]);
    const [u1, s1] = t.update(g, t.init(g));
    const [u2] = t.update(g, s1);
    return [plain(u1), plain(u2)];
  };

  it('addNoise with the same seeded source gives the same noise', () => {
    expect(run(22)).toEqual(run(22));
    expect(run(22)).not.toEqual(run(23));
  });

  it('addNoise scales draw t by √(η/(1 + t)^γ): 2 then 1 for η = 4, γ = 2', () => {
    // Draws in parameter order; a source returning 1, 2, 3, ... makes the scale visible.
    let k = 0;
    const t = addNoise({ eta: 4, gamma: 2, normal: () => ++k });
    const g = arrays([10, 10], [10]);
    const [u1, s1] = t.update(g, t.init(g));
    const [u2] = t.update(g, s1);
    expect(plain(u1)).toEqual([[12, 14], [16]]);
    expect(plain(u2)).toEqual([[14, 15], [16]]);
  });
});

describe('applyUpdates', () => {
  it('applyUpdates(p, u) returns p + u and leaves p and u untouched', () => {
    const p = arrays([1, 2], [3]);
    const u = arrays([0.5, -1], [2]);
    const next = applyUpdates(p, u);
    expect(plain(next)).toEqual([[1.5, 1], [5]]);
    expect(plain(p)).toEqual([[1, 2], [3]]);
    expect(plain(u)).toEqual([[0.5, -1], [2]]);
  });

  it("applyUpdates(p, u, 'float32') rounds the sums to float32", () => {
    const [x] = applyUpdates(arrays([1]), arrays([1e-8]), 'float32');
    // 1 + 1e-8 is 1 in float32 (its spacing at 1 is 2^-23 ≈ 1.19e-7)
    expect(x[0]).toBe(1);
  });

  it('applyUpdates with mismatched shapes throws shape-mismatch', () => {
    expect(() => applyUpdates(arrays([1, 2]), arrays([1]))).toThrow(
      expect.objectContaining({ code: 'shape-mismatch' }),
    );
  });
});

describe('float32 mode', () => {
  it("scaleByAdam({ dtype: 'float32' }) keeps its state and outputs in float32", () => {
    const t = scaleByAdam({ beta1: 0.9, beta2: 0.999, eps: 1e-8, dtype: 'float32' });
    let s = t.init(arrays([0, 0]));
    for (const g of [
      [0.1, 3],
      [1 / 3, -2],
    ]) {
      const [u, next] = t.update(arrays(g), s);
      s = next;
      for (const x of [...u[0], ...s.m[0], ...s.v[0]]) expect(Math.fround(x)).toBe(x);
    }
  });

  it('scaleByAdam with gradients of another shape than its state throws shape-mismatch', () => {
    const t = scaleByAdam({ beta1: 0.9, beta2: 0.999, eps: 1e-8 });
    expect(() => t.update(arrays([1, 2, 3]), t.init(arrays([0, 0])))).toThrow(
      /shape mismatch in scaleByAdam: \[3\] and \[2\]/,
    );
  });
});
