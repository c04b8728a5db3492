/** The models of descenso, and `makeModel`, which reads a model from its spec text. */
import { badArgument, DescensoError } from '../errors.js';
import { suggestName } from '../suggest.js';
import { MAX_DEGREE, MAX_INPUTS, MAX_WIDTH } from './define.js';
import { affineModel, linearModel, logisticModel, multilinearModel, polynomialModel } from './linear.js';
import { type Activation, activations, mlpModel } from './mlp.js';
import type { Model } from './types.js';

export { defineModel, type ModelParts } from './define.js';
export { affineModel, linearModel, logisticModel, multilinearModel, polynomialModel } from './linear.js';
export { type Activation, activations, type MlpOptions, mlpModel } from './mlp.js';
export type { Link, Model, ParamValue } from './types.js';

/** The spec forms `makeModel` reads, for messages and help. */
export const modelForms = [
  'linear',
  'affine',
  'poly:K',
  'multilinear:D',
  'logistic[:D]',
  'mlp:H[,H2][:relu]',
];

export { MAX_DEGREE, MAX_INPUTS, MAX_WIDTH } from './define.js';

/** The kinds before the colon, for "did you mean". */
const MODEL_KINDS = ['linear', 'affine', 'poly', 'multilinear', 'logistic', 'mlp'];

function count(
  spec: string,
  text: string,
  what: 'degree' | 'width' | 'inputs',
  min: number,
  max: number,
): number {
  const v = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(v >= min && v <= max)) throw new DescensoError('model-bad-size', { spec, what, min, max });
  return v;
}

/**
 * A model from its spec: `linear` (w·x), `affine` (a + b·x), `poly:K` (c0 … cK), `multilinear:D`
 * (x·w + b, D features), `logistic` or `logistic:D`, `mlp:H` or `mlp:H,H2` (tanh; `mlp:8:relu`
 * or options.activation for relu). `options.inputs` gives the feature count to the models that
 * take one (logistic, mlp) when the spec leaves it out.
 */
export function makeModel(spec: string, options: { activation?: Activation; inputs?: number } = {}): Model {
  if (typeof spec !== 'string') throw badArgument('makeModel', 1, spec, 'string');
  if (options === null || typeof options !== 'object') throw badArgument('makeModel', 2, options, 'object');
  const text = spec.trim().toLowerCase();
  const [kind, arg, extra] = text.split(':');
  const unknown = () =>
    new DescensoError('model-unknown', {
      spec,
      forms: modelForms.join(', '),
      suggestion: suggestName(kind, MODEL_KINDS) ?? null,
    });
  switch (kind) {
    case 'linear':
    case 'affine':
      if (arg !== undefined) throw unknown();
      return kind === 'linear' ? linearModel() : affineModel();
    case 'poly':
    case 'polynomial':
      if (arg === undefined || extra !== undefined) throw unknown();
      return polynomialModel(count(text, arg, 'degree', 0, MAX_DEGREE));
    case 'multilinear':
      if (arg === undefined || extra !== undefined) throw unknown();
      return multilinearModel(count(text, arg, 'inputs', 1, MAX_INPUTS));
    case 'logistic':
      if (extra !== undefined) throw unknown();
      return logisticModel(
        arg === undefined ? (options.inputs ?? 1) : count(text, arg, 'inputs', 1, MAX_INPUTS),
      );
    case 'mlp': {
      if (arg === undefined) throw unknown();
      const parts = arg.split(',');
      if (parts.length > 2) throw unknown();
      const hidden = parts.map((p) => count(text, p.trim(), 'width', 1, MAX_WIDTH));
      const activation = extra ?? options.activation ?? 'tanh';
      if (!(activations as readonly string[]).includes(activation))
        throw new DescensoError('model-bad-activation', { value: activation, valid: activations.join(', ') });
      return mlpModel({ hidden, activation: activation as Activation, inputs: options.inputs ?? 1 });
    }
    default:
      throw unknown();
  }
}
