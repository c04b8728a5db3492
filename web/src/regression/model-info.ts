/**
 * What the panels say about a model: whether its graph is a line (only `linear` and `affine` are),
 * which parameters the user may set by hand (single numbers; an MLP's random weights are drawn
 * from the seed, not slid), and its parameter count. DOM-free.
 */
import { makeModel } from '../../../src/models/index.js';

/** The models the lab offers. */
export const MODEL_CHOICES = ['linear', 'affine', 'poly:2', 'poly:3', 'mlp:8'] as const;

export interface ModelInfo {
  /** The fitted graph is a straight line. */
  line: boolean;
  /** Scalar parameters the user may start from (none for a network: its weights are random). */
  initParams: readonly string[];
  /** Every parameter's name, in the model's order. */
  paramNames: readonly string[];
  /** Trainable numbers in all. */
  size: number;
  /** The model's weights are random draws (an MLP): its readout counts them rather than listing them. */
  random: boolean;
}

export function modelInfo(spec: string): ModelInfo {
  let names: readonly string[] = [];
  let shapes: readonly (readonly number[])[] = [];
  try {
    const m = makeModel(spec);
    names = m.paramNames;
    shapes = m.paramShapes;
  } catch {
    // a model the schema refuses: the run reports it; the panels show nothing to set
  }
  const random = spec.startsWith('mlp');
  const scalar = shapes.every((s) => s.length === 0);
  return {
    line: spec === 'linear' || spec === 'affine',
    initParams: random || !scalar ? [] : names,
    paramNames: names,
    size: shapes.reduce((n, s) => n + s.reduce((a, b) => a * b, 1), 0),
    random,
  };
}
