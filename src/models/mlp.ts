/**
 * A small multilayer perceptron: one or two hidden layers of tanh or relu units and one linear
 * output. Parameters W1 [d, H1], b1 [H1], (W2 [H1, H2], b2 [H2],) then the output layer's weight
 * vector [H] and scalar bias, numbered on: with one hidden layer W2, b2; with two W3, b3.
 */
import { broadcastAxis } from '../autodiff/api.js';
import { add, matmul, relu, reshape, type Shape, type Tensor, tanh } from '../autodiff/index.js';
import { badArgument, DescensoError } from '../errors.js';
import { RandomState } from '../random/random-state.js';
import { showValue } from '../text.js';
import { checkSize, defineModel, MAX_INPUTS, MAX_WIDTH, sizeOfShape } from './define.js';
import type { Model } from './types.js';

export type Activation = 'tanh' | 'relu';
export const activations: readonly Activation[] = ['tanh', 'relu'];

export interface MlpOptions {
  /** Units of each hidden layer: one or two numbers. */
  hidden: readonly number[];
  activation?: Activation;
  /** Input features (default 1: x is a vector). */
  inputs?: number;
}

export function mlpModel(options: MlpOptions): Model {
  if (options === null || typeof options !== 'object') throw badArgument('mlpModel', 1, options, 'object');
  const { hidden } = options;
  if (!Array.isArray(hidden) || hidden.length < 1 || hidden.length > 2)
    throw badArgument('mlpModel', 1, options, 'mlp-options');
  for (const h of hidden) checkSize('mlpModel', h, 'width', 1, MAX_WIDTH);
  const activation = options.activation ?? 'tanh';
  if (!(activations as readonly unknown[]).includes(activation))
    throw new DescensoError('model-bad-activation', {
      value: showValue(activation),
      valid: activations.join(', '),
    });
  const d = checkSize('mlpModel', options.inputs ?? 1, 'inputs', 1, MAX_INPUTS);
  const widths = [d, ...hidden];
  const names: string[] = [];
  const shapes: Shape[] = [];
  hidden.forEach((h, k) => {
    names.push(`W${k + 1}`, `b${k + 1}`);
    shapes.push([widths[k], h], [h]);
  });
  const last = hidden.length + 1;
  names.push(`W${last}`, `b${last}`);
  shapes.push([hidden[hidden.length - 1]], []);
  const act = activation === 'relu' ? relu : tanh;

  return defineModel({
    id: `mlp:${hidden.join(',')}${activation === 'tanh' ? '' : `:${activation}`}`,
    paramNames: names,
    paramShapes: shapes,
    inputs: d,
    /**
     * Weights uniform in ±√(6 / (fan_in + fan_out)) for tanh (Glorot) and ±√(6 / fan_in) for
     * relu (He), drawn layer after layer, row-major; biases zero. Without rng: seed 0.
     */
    init: (rng) => {
      const r = rng ?? new RandomState(0);
      return shapes.map((s, i) => {
        const isWeight = i % 2 === 0;
        if (!isWeight) return new Float64Array(sizeOfShape(s));
        const fanIn = s[0];
        const fanOut = s.length === 2 ? s[1] : 1;
        const limit = activation === 'relu' ? Math.sqrt(6 / fanIn) : Math.sqrt(6 / (fanIn + fanOut));
        return r.uniform(-limit, limit, sizeOfShape(s));
      });
    },
    predict: (ps, x) => {
      const n = x.shape[0];
      let h: Tensor = d === 1 && x.rank === 1 ? reshape(x, [n, 1]) : x;
      for (let k = 0; k < hidden.length; k++) {
        const z = matmul(h, ps[2 * k]);
        h = act(add(z, broadcastAxis(ps[2 * k + 1], z.shape, 0)));
      }
      return add(matmul(h, ps[2 * hidden.length]), ps[2 * hidden.length + 1]);
    },
  });
}
