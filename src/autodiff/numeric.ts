/**
 * Numerical differentiation, as the tutorials do it by hand: the forward difference
 * (f(x + h) − f(x)) / h and the central difference (f(x + h) − f(x − h)) / 2h. Written in exactly
 * that order of operations, so the digits match NumPy's.
 */
import { badArgument, DescensoError } from '../errors.js';
import { suggestName } from '../suggest.js';
import { checkFunction, checkObject } from './args.js';
import { shown } from './shown.js';

export type DifferenceMethod = 'forward' | 'central';

const METHODS: readonly DifferenceMethod[] = ['forward', 'central'];

/** Checks the options a user may have typed: a positive finite step and a known method. */
function checkOptions(options: { method?: DifferenceMethod; h?: number }, fn: string): void {
  checkObject(fn, 3, options);
  const h = options.h ?? 1e-5;
  if (typeof h !== 'number' || !Number.isFinite(h) || h <= 0)
    throw new DescensoError('autodiff-bad-step', { value: shown(h) });
  const method = options.method;
  // A typo such as 'centra' must not quietly give the forward difference.
  if (method !== undefined && !METHODS.includes(method)) {
    const typed = shown(method);
    throw new DescensoError('autodiff-unknown-method', {
      method: typed,
      suggestion: suggestName(typed, METHODS) ?? null,
      known: METHODS.join(', '),
    });
  }
}

/** f′(x) estimated with step h (default: forward, h = 1e-5). */
export function derivative(
  f: (x: number) => number,
  x: number,
  options: { method?: DifferenceMethod; h?: number } = {},
): number {
  checkFunction('derivative', 1, f);
  if (typeof x !== 'number') throw badArgument('derivative', 2, x, 'number');
  checkOptions(options, 'derivative');
  const h = options.h ?? 1e-5;
  return options.method === 'central' ? (f(x + h) - f(x - h)) / (2 * h) : (f(x + h) - f(x)) / h;
}

/** ∇f(point) estimated one coordinate at a time (f takes the coordinates as arguments). */
export function numericGradient(
  f: (...xs: number[]) => number,
  point: readonly number[],
  options: { method?: DifferenceMethod; h?: number } = {},
): number[] {
  checkFunction('numericGradient', 1, f);
  if (!Array.isArray(point) || !point.every((x) => typeof x === 'number'))
    throw badArgument('numericGradient', 2, point, 'numbers');
  checkOptions(options, 'numericGradient');
  const h = options.h ?? 1e-5;
  const central = options.method === 'central';
  const base = central ? 0 : f(...point);
  return point.map((_v, i) => {
    const plus = point.slice();
    plus[i] = point[i] + h;
    if (!central) return (f(...plus) - base) / h;
    const minus = point.slice();
    minus[i] = point[i] - h;
    return (f(...plus) - f(...minus)) / (2 * h);
  });
}
