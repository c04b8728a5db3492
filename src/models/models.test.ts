import { describe, expect, it } from 'vitest';
import { gradients, numericGradient, reshape, type Tensor, tensor } from '../autodiff/index.js';
import { DescensoError } from '../errors.js';
import { mse } from '../losses/index.js';
import { RandomState } from '../random/random-state.js';
import { codeOf, hostileObject } from '../testing.js';
import {
  affineModel,
  defineModel,
  linearModel,
  logisticModel,
  makeModel,
  mlpModel,
  multilinearModel,
  polynomialModel,
} from './index.js';
import type { Model } from './types.js';

const sigma = (z: number) => 1 / (1 + Math.exp(-z));

/** The mse of a model as a function of its flattened parameters, on fixed data. */
function lossOf(model: Model, x: number[], y: number[]) {
  const sizes = model.paramShapes.map((s) => s.reduce((a, b) => a * b, 1));
  const split = (flat: number[]) => {
    const out: number[][] = [];
    let k = 0;
    for (const s of sizes) {
      out.push(flat.slice(k, k + s));
      k += s;
    }
    return out;
  };
  const plain = (...flat: number[]) => mse.value(model.predictValues(split(flat), x), y);
  const auto = (flat: number[]) => {
    const ps = split(flat).map((p) => tensor(p, { requiresGrad: true }));
    const shaped = ps.map((p, i) => reshape(p, model.paramShapes[i]));
    const X = model.inputs === 1 ? tensor(x) : reshape(tensor(x), [y.length, model.inputs]);
    const out = model.predict(shaped, X) as Tensor;
    return gradients(mse.apply(out, tensor(y)), ps).flatMap((g) => Array.from(g.data));
  };
  return { plain, auto };
}

describe('models', () => {
  it('linearModel().predictValues([2], x) is 2x', () => {
    expect(linearModel().predictValues([2], [1, 2, 3])).toEqual([2, 4, 6]);
    expect(linearModel().paramNames).toEqual(['w']);
  });

  it('affineModel() predicts a + b·x with parameters named a and b', () => {
    const m = affineModel();
    expect(m.paramNames).toEqual(['a', 'b']);
    expect(m.predictValues([0.3, 0.5], [0, 1, 2])).toEqual([0.3, 0.8, 1.3]);
  });

  it('polynomialModel(2) evaluates c0 + c1·x + c2·x² and names c0..c2', () => {
    const m = polynomialModel(2);
    expect(m.paramNames).toEqual(['c0', 'c1', 'c2']);
    // 1 + 2x + 3x² at 0, 1, 2, −1: 1, 6, 17, 2
    expect(m.predictValues([1, 2, 3], [0, 1, 2, -1])).toEqual([1, 6, 17, 2]);
    expect(polynomialModel(0).predictValues([4], [1, 2])).toEqual([4, 4]);
  });

  it('multilinearModel(2) takes rows of two features: x·w + b', () => {
    const m = multilinearModel(2);
    expect(m.paramShapes).toEqual([[2], []]);
    // rows (1, 2) and (3, −1), w = (2, 1), b = 0.5: 4.5, 5.5
    expect(m.predictValues([[2, 1], 0.5], [1, 2, 3, -1])).toEqual([4.5, 5.5]);
  });

  it('logisticModel() predicts probabilities σ(w·x + b) and its graph gives the logits', () => {
    const m = logisticModel();
    expect(m.link).toBe('logistic');
    const p = m.predictValues([2, -1], [0, 0.5, 1]);
    expect(p[0]).toBeCloseTo(sigma(-1), 15);
    expect(p[1]).toBeCloseTo(0.5, 15);
    expect(p[2]).toBeCloseTo(sigma(1), 15);
    expect(m.predict([tensor(2), tensor(-1)], tensor([1])).item()).toBe(1);
  });

  it('mlpModel({hidden: [8]}) has W1 [1,8], b1 [8], W2 [8], b2 [] and a seeded init', () => {
    const m = mlpModel({ hidden: [8] });
    expect(m.paramNames).toEqual(['W1', 'b1', 'W2', 'b2']);
    expect(m.paramShapes).toEqual([[1, 8], [8], [8], []]);
    const a = m.init(new RandomState(5));
    const b = m.init(new RandomState(5));
    const c = m.init(new RandomState(6));
    expect(a).toEqual(b);
    expect(a[0]).not.toEqual(c[0]);
    expect(Array.from(a[1])).toEqual(new Array(8).fill(0));
    // Glorot: |W1| ≤ √(6 / (1 + 8))
    for (const w of a[0]) expect(Math.abs(w)).toBeLessThanOrEqual(Math.sqrt(6 / 9));
  });

  it('mlpModel with two relu layers names W1..b3 and predicts one value per point', () => {
    const m = mlpModel({ hidden: [4, 3], activation: 'relu' });
    expect(m.paramNames).toEqual(['W1', 'b1', 'W2', 'b2', 'W3', 'b3']);
    const ps = m.init(new RandomState(1));
    const out = m.predictValues(ps, [-1, 0, 1, 2]);
    expect(out).toHaveLength(4);
    for (const v of out) expect(Number.isFinite(v)).toBe(true);
  });

  it('mlp with one tanh unit computes W2·tanh(W1·x + b1) + b2', () => {
    const m = mlpModel({ hidden: [1] });
    const out = m.predictValues([[0.5], [0.1], [2], 0.3], [1, -2]);
    expect(out[0]).toBeCloseTo(2 * Math.tanh(0.6) + 0.3, 14);
    expect(out[1]).toBeCloseTo(2 * Math.tanh(-0.9) + 0.3, 14);
  });

  it.each([
    ['linear', [1.5]],
    ['affine', [0.2, -0.7]],
    ['poly:3', [0.1, -0.2, 0.3, 0.05]],
    ['mlp:3', [0.2, -0.4, 0.6, 0.1, 0, -0.1, 0.5, -0.3, 0.7, 0.05]],
    ['mlp:2,2:relu', [0.5, -0.4, 0.1, 0.2, 0.3, -0.6, 0.8, 0.4, 0.3, -0.2, 0.9, -0.5, 0.2]],
  ])('the mse gradient of %s matches central differences', (spec, flat) => {
    const model = makeModel(spec);
    const x = [-1.5, -0.3, 0.4, 1.1, 2];
    const y = [-2, 0.1, 0.5, 1.7, 3.2];
    const { plain, auto } = lossOf(model, x, y);
    const numeric = numericGradient(plain, flat, { method: 'central', h: 1e-6 });
    const a = auto(flat);
    a.forEach((g, i) => {
      expect(g).toBeCloseTo(numeric[i], 6);
    });
  });

  it('makeModel reads the CLI spellings', () => {
    expect(makeModel('linear').id).toBe('linear');
    expect(makeModel('poly:3').paramNames).toEqual(['c0', 'c1', 'c2', 'c3']);
    expect(makeModel('logistic:2').paramShapes).toEqual([[2], []]);
    expect(makeModel('mlp:8,4').paramNames).toHaveLength(6);
    expect(makeModel('mlp:8:relu').id).toBe('mlp:8:relu');
    expect(makeModel('logistic', { inputs: 3 }).inputs).toBe(3);
  });

  it.each([
    ['quadratic', 'model-unknown'],
    ['linear:2', 'model-unknown'],
    ['poly', 'model-unknown'],
    ['poly:x', 'model-bad-size'],
    ['poly:99', 'model-bad-size'],
    ['mlp:0', 'model-bad-size'],
    ['mlp:1,2,3', 'model-unknown'],
    ['mlp:8:sigmoid', 'model-bad-activation'],
    ['constructor', 'model-unknown'],
    ['__proto__', 'model-unknown'],
    ['mlp:__proto__', 'model-bad-size'],
  ])('makeModel(%j) throws %s', (spec, code) => {
    try {
      makeModel(spec);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DescensoError);
      expect((e as DescensoError).code).toBe(code);
    }
  });

  it('makeModel("lineal") suggests linear in both languages', () => {
    try {
      makeModel('lineal');
      expect.unreachable();
    } catch (e) {
      expect((e as DescensoError).messageIn('en')).toMatch(
        /^unknown model 'lineal' \(did you mean 'linear'\?\); models: /,
      );
      expect((e as DescensoError).messageIn('es')).toMatch(
        /^modelo desconocido 'lineal' \(¿quiso decir 'linear'\?\)/,
      );
    }
  });

  it('predictValues with the wrong number of parameters throws a DescensoError', () => {
    expect(() => affineModel().predictValues([1], [1])).toThrow(DescensoError);
  });

  it('predictValues faults are sentences in both languages, naming the model', () => {
    const messages = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return [(e as DescensoError).messageIn('en'), (e as DescensoError).messageIn('es')];
      }
      return [];
    };
    expect(messages(() => affineModel().predictValues([1], [1]))).toEqual([
      'the model affine takes 2 parameters (a, b), got 1',
      'el modelo affine tiene 2 parámetros (a, b); se recibieron 1',
    ]);
    expect(messages(() => affineModel().predictValues([1, 2], []))[1]).toBe(
      'el modelo affine necesita al menos un punto de 1 número; x tiene 0',
    );
  });
});

describe('the model functions with arguments of the wrong kind', () => {
  const weird = hostileObject();
  it('polynomialModel(∞), (1e12), (2.5) and (a symbol) throw model-bad-size before allocating', () => {
    for (const d of [Number.POSITIVE_INFINITY, 1e12, 2.5, -1, Symbol('d'), weird])
      expect(codeOf(() => polynomialModel(d as never))).toBe('model-bad-size');
  });
  it('multilinearModel and logisticModel refuse an input count of 0, 1e12 or an object', () => {
    for (const d of [0, 1e12, weird]) {
      expect(codeOf(() => multilinearModel(d as never))).toBe('model-bad-size');
      expect(codeOf(() => logisticModel(d as never))).toBe('model-bad-size');
    }
  });
  it('mlpModel(no options, no hidden layers, three layers, a width of 1e12) throws a DescensoError', () => {
    expect(codeOf(() => mlpModel(undefined as never))).toBe('bad-argument');
    expect(codeOf(() => mlpModel({ hidden: [] }))).toBe('bad-argument');
    expect(codeOf(() => mlpModel({ hidden: [2, 2, 2] }))).toBe('bad-argument');
    expect(codeOf(() => mlpModel({ hidden: [1e12] }))).toBe('model-bad-size');
    expect(codeOf(() => mlpModel({ hidden: [2], activation: weird }))).toBe('model-bad-activation');
  });
  it('defineModel(parts without predict or with shapes of another count) throws bad-argument', () => {
    expect(codeOf(() => defineModel(undefined as never))).toBe('bad-argument');
    expect(codeOf(() => defineModel({ id: 'm', paramNames: ['a'], paramShapes: [] } as never))).toBe(
      'bad-argument',
    );
    expect(
      codeOf(() => defineModel({ id: 'm', paramNames: ['a'], paramShapes: [[1e12]], predict: (p) => p[0] })),
    ).toBe('bad-argument');
  });
  it('makeModel(a number or an object whose toString is no function) throws bad-argument', () => {
    expect(codeOf(() => makeModel(3 as never))).toBe('bad-argument');
    expect(codeOf(() => makeModel(weird))).toBe('bad-argument');
    expect(codeOf(() => makeModel('linear', null as never))).toBe('bad-argument');
  });

  it('model.init(not a RandomState) throws bad-argument; init(new RandomState(0)) works', () => {
    expect(codeOf(() => mlpModel({ hidden: [2] }).init(3 as never))).toBe('bad-argument');
    expect(mlpModel({ hidden: [2] }).init(new RandomState(0))).toHaveLength(4);
  });
});
