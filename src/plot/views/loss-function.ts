/**
 * The loss of a model on data as a plain function of its parameters: the one implementation
 * behind every "loss over the parameters" (the CLI's figure, the lab's landscapes and its batch
 * view). It composes the model, its link and the loss as `fit` trains them: a logistic model's
 * logits go through the sigmoid unless the loss takes logits itself (bce).
 */
import { compile, sigmoid, type Tensor } from '../../autodiff/index.js';
import { type Loss, makeLoss } from '../../losses/index.js';
import { type Model, makeModel } from '../../models/index.js';
import type { ContourGrid } from '../contour.js';
import { linspace } from './common.js';

export interface LossSpec {
  /** A model spec of src/models ('linear', 'poly:3', 'logistic', …) or the model itself. */
  model: string | Model;
  /** A loss name or the loss; default the model's own (bce for logistic models, else mse). */
  loss?: string | Loss;
  /** Huber's δ. */
  delta?: number;
  /** Features per point (default 1). */
  inputs?: number;
}

export interface LossFunction {
  readonly model: Model;
  readonly loss: Loss;
  /** Whether every parameter is a single number (the landscapes need that). */
  readonly scalar: boolean;
  /** The loss at `params` (one entry per parameter) on `size` points x (row-major) and y. */
  value(params: readonly (number | Float64Array)[], x: Float64Array, y: Float64Array): number;
}

/** The tensor the loss receives: σ(logits) for a logistic model under a loss of predictions. */
export function lossInput(model: Model, loss: Loss, out: Tensor): Tensor {
  return model.link === 'logistic' && loss.input === 'prediction' ? sigmoid(out) : out;
}

/** The model and loss of a spec, as `fit` builds them. */
export function modelAndLoss(spec: LossSpec): { model: Model; loss: Loss } {
  const inputs = spec.inputs ?? 1;
  const model = typeof spec.model === 'string' ? makeModel(spec.model, { inputs }) : spec.model;
  const loss =
    typeof spec.loss === 'object'
      ? spec.loss
      : makeLoss(
          spec.loss ?? (model.link === 'logistic' ? 'bce' : 'mse'),
          spec.delta !== undefined ? { delta: spec.delta } : {},
        );
  return { model, loss };
}

/** L(params; x, y) for `size` points, compiled once (the landscapes call it thousands of times). */
export function lossFunction(spec: LossSpec, size: number): LossFunction {
  const { model, loss } = modelAndLoss(spec);
  const np = model.paramNames.length;
  const fn = (...args: Tensor[]) =>
    loss.apply(lossInput(model, loss, model.predict(args.slice(0, np), args[np])), args[np + 1]);
  const xShape = model.inputs === 1 ? [size] : [size, model.inputs];
  const compiled = compile(fn, [...model.paramShapes, xShape, [size]], { argnums: [] });
  const args: (number | Float64Array)[] = new Array(np + 2);
  return {
    model,
    loss,
    scalar: model.paramShapes.every((s) => s.length === 0),
    value(params, x, y) {
      for (let i = 0; i < np; i++) args[i] = params[i];
      args[np] = x;
      args[np + 1] = y;
      return compiled.value(...args) as number;
    },
  };
}

/** The data as the compiled loss reads it: x flat (rows one after the other), y. */
export function flatData(data: {
  x: ArrayLike<number> | readonly (readonly number[])[];
  y: ArrayLike<number>;
}): { x: Float64Array; y: Float64Array; inputs: number } {
  const rows = Array.isArray(data.x[0]);
  const inputs = rows ? (data.x[0] as readonly number[]).length : 1;
  const x = Float64Array.from(rows ? (data.x as number[][]).flat() : (data.x as ArrayLike<number>));
  return { x, y: Float64Array.from(data.y), inputs };
}

/**
 * L over parameter `axes[0]` (x) and `axes[1]` (y) on an n × n grid, the others held at `at`:
 * row-major, y ascending, as contourMap and the lab's heat map read it.
 */
export function lossGrid(
  value: (params: readonly number[]) => number,
  at: readonly number[],
  axes: readonly [number, number],
  ranges: readonly [readonly [number, number], readonly [number, number]],
  n: number,
): ContourGrid {
  const p = at.slice();
  const xs = linspace(ranges[0][0], ranges[0][1], n);
  const ys = linspace(ranges[1][0], ranges[1][1], n);
  const values = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    p[axes[1]] = ys[j];
    for (let i = 0; i < n; i++) {
      p[axes[0]] = xs[i];
      values[j * n + i] = value(p);
    }
  }
  return { values, nx: n, ny: n, x: [ranges[0][0], ranges[0][1]], y: [ranges[1][0], ranges[1][1]] };
}

/** L over parameter `axis` at n points of the range, the others held at `at`. */
export function lossLine(
  value: (params: readonly number[]) => number,
  at: readonly number[],
  axis: number,
  range: readonly [number, number],
  n: number,
): { w: number[]; loss: number[] } {
  const p = at.slice();
  const w = linspace(range[0], range[1], n);
  return {
    w,
    loss: w.map((v) => {
      p[axis] = v;
      return value(p);
    }),
  };
}
