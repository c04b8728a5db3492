/** The parts every model shares: plain-number prediction through the graph, shapes, checks. */
import { noGrad, type Shape, sigmoid, type Tensor, tensor } from '../autodiff/index.js';
import { DescensoError } from '../errors.js';
import type { RandomState } from '../random/random-state.js';
import type { Link, Model } from './types.js';

export const sizeOfShape = (s: Shape): number => s.reduce((a, b) => a * b, 1);

export interface ModelParts {
  id: string;
  paramNames: string[];
  paramShapes: Shape[];
  inputs?: number;
  link?: Link;
  init?: (rng: RandomState | undefined) => Float64Array[];
  predict: (params: readonly Tensor[], x: Tensor) => Tensor;
}

/** Completes a model from its parts: zero init by default and predictValues through `predict`. */
export function defineModel(parts: ModelParts): Model {
  const inputs = parts.inputs ?? 1;
  const link = parts.link ?? 'identity';
  const zeros = () => parts.paramShapes.map((s) => new Float64Array(sizeOfShape(s)));
  const model: Model = {
    id: parts.id,
    paramNames: parts.paramNames,
    paramShapes: parts.paramShapes,
    inputs,
    link,
    init: (rng) => (parts.init ? parts.init(rng) : zeros()),
    predict: parts.predict,
    predictValues(params, x) {
      if (params.length !== parts.paramNames.length)
        throw new DescensoError('model-bad-params', {
          model: parts.id,
          expected: parts.paramNames.length,
          names: parts.paramNames.join(', '),
          given: params.length,
        });
      const ps = params.map((p, i) => {
        const shape = parts.paramShapes[i];
        const flat = typeof p === 'number' ? [p] : Array.from(p);
        if (flat.length !== sizeOfShape(shape))
          throw new DescensoError('fit-bad-param', {
            name: parts.paramNames[i],
            expected: sizeOfShape(shape),
            found: String(flat.length),
          });
        return paramTensor(flat, shape);
      });
      const n = inputs === 1 ? x.length : x.length / inputs;
      if (!Number.isInteger(n) || n < 1)
        throw new DescensoError('model-bad-x', { model: parts.id, count: x.length, inputs });
      const X = inputs === 1 ? tensor(Array.from(x)) : reshapeRows(Array.from(x), n, inputs);
      const out = noGrad(() => {
        const z = parts.predict(ps, X);
        return link === 'logistic' ? sigmoid(z) : z;
      });
      return Array.from(out.data);
    },
  };
  return model;
}

function paramTensor(flat: number[], shape: Shape): Tensor {
  if (shape.length === 0) return tensor(flat[0]);
  if (shape.length === 1) return tensor(flat);
  return reshapeRows(flat, shape[0], shape[1]);
}

function reshapeRows(flat: number[], rows: number, cols: number): Tensor {
  const out: number[][] = [];
  for (let i = 0; i < rows; i++) out.push(flat.slice(i * cols, (i + 1) * cols));
  return tensor(out);
}
