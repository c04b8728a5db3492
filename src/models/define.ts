/** The parts every model shares: plain-number prediction through the graph, shapes, checks. */
import { noGrad, type Shape, sigmoid, type Tensor, tensor } from '../autodiff/index.js';
import { badArgument, DescensoError } from '../errors.js';
import type { ModelSizeKind } from '../i18n/en/train.js';
import { RandomState } from '../random/random-state.js';
import { showValue } from '../text.js';
import type { Link, Model } from './types.js';

export const sizeOfShape = (s: Shape): number => s.reduce((a, b) => a * b, 1);

/** The largest polynomial degree, layer width and input count a model may have. */
export const MAX_DEGREE = 20;
export const MAX_WIDTH = 1024;
export const MAX_INPUTS = 1024;
/** The most numbers one parameter may hold (a 1024 × 1024 weight matrix). */
const MAX_PARAM_SIZE = MAX_WIDTH * MAX_INPUTS;

/** A size argument of a model function (degree, width, inputs), an integer in [min, max], checked before anything is allocated. */
export function checkSize(fn: string, value: unknown, what: ModelSizeKind, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw new DescensoError('model-bad-size', { spec: `${fn}(${showValue(value)})`, what, min, max });
  return value;
}

/** The parts of a model checked once, so that a bad one fails here and not deep in a fit. */
function checkParts(parts: ModelParts): void {
  const bad = () => badArgument('defineModel', 1, parts, 'model-parts');
  if (parts === null || typeof parts !== 'object') throw bad();
  const { id, paramNames, paramShapes, inputs, link, init, predict } = parts;
  const isShape = (s: unknown) =>
    Array.isArray(s) &&
    s.length <= 2 &&
    s.every((d) => Number.isInteger(d) && d >= 0) &&
    sizeOfShape(s) <= MAX_PARAM_SIZE;
  const ok =
    typeof id === 'string' &&
    Array.isArray(paramNames) &&
    paramNames.every((n) => typeof n === 'string') &&
    Array.isArray(paramShapes) &&
    paramShapes.length === paramNames.length &&
    paramShapes.every(isShape) &&
    (inputs === undefined || (Number.isInteger(inputs) && inputs >= 1 && inputs <= MAX_INPUTS)) &&
    (link === undefined || link === 'identity' || link === 'logistic') &&
    (init === undefined || typeof init === 'function') &&
    typeof predict === 'function';
  if (!ok) throw bad();
}

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
  checkParts(parts);
  const inputs = parts.inputs ?? 1;
  const link = parts.link ?? 'identity';
  const zeros = () => parts.paramShapes.map((s) => new Float64Array(sizeOfShape(s)));
  const model: Model = {
    id: parts.id,
    paramNames: parts.paramNames,
    paramShapes: parts.paramShapes,
    inputs,
    link,
    init: (rng) => {
      if (rng !== undefined && !(rng instanceof RandomState)) throw badArgument('init', 1, rng, 'rng');
      return parts.init ? parts.init(rng) : zeros();
    },
    predict: parts.predict,
    predictValues(params, x) {
      if (!Array.isArray(params as unknown)) throw badArgument('predictValues', 1, params, 'array');
      if (!(Array.isArray(x) || ArrayBuffer.isView(x))) throw badArgument('predictValues', 2, x, 'numbers');
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
