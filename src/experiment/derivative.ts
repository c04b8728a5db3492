/**
 * runDerivative: the derivative lab's study as a run of the spine. For f and a point x it gives
 * the slope by automatic differentiation beside the forward and central difference quotients with
 * step h, the error of both quotients against h on a log grid (truncation falling with h, rounding
 * rising again below about 10⁻⁸), gradient descent and sign-step descent from x (the derivatives
 * tutorial's two loops, run by `descend` with the optimizers 'sgd' and 'sign' at lr), and the
 * chain rule of y(u(x)) term by term.
 *
 * A formula that does not parse, or a start where f is not defined, is an error as data in
 * `errorsByPath` (both languages, with the fault's position): the other parts are still computed,
 * so a typo in u(x) never blanks the tangent. Fields of the wrong type are refused as the schema
 * refuses them ('experiment-invalid'), since no part could be computed from them.
 */
import { compile } from '../autodiff/index.js';
import { DescensoError, isDescensoError } from '../errors.js';
import { type Formula, formulaFunction, parseFormula } from '../expr/index.js';
import type { ExperimentProblem } from '../i18n/en/experiment.js';
import { LIMITS } from '../limits.js';
import { showValue } from '../text.js';
import { compileFormula, descend } from '../train/descend.js';
import {
  type DerivativeExperiment,
  type DerivativeRunSet,
  type DescendOutcome,
  EXPERIMENT_VERSION,
  type OptimizerEntry,
  type RunError,
} from './types.js';

/** The h of the error figure: 10^(k/10) for k from −140 to 3, ten per decade from 10⁻¹⁴ to about 2. */
export const ERROR_GRID = { from: -140, to: 3, perDecade: 10 } as const;

/** Samples of f over the range the tangent figure draws. */
export const CURVE_SAMPLES = 401;

/** The x range the tangent figure draws: [−5, 5], widened to keep x a unit inside. */
export function curveRange(x: number): [number, number] {
  return [Math.min(-5, x - 1), Math.max(5, x + 1)];
}

/** A DescensoError as data: its code and parameters, its message in both languages, where it lies. */
export function runError(err: unknown, path: string): RunError {
  // Anything else is a bug of descenso, not a fault of the experiment: it is not turned into data.
  if (!isDescensoError(err)) throw err;
  return {
    code: err.code,
    params: err.params,
    message: { es: err.messageIn('es'), en: err.messageIn('en') },
    path,
    ...(err.position !== undefined ? { position: err.position } : {}),
  };
}

function invalid(path: string, problem: ExperimentProblem): never {
  throw new DescensoError('experiment-invalid', { path, problem });
}

/** The fields no part can do without: refused whole, as the schema would. */
function checkFields(e: DerivativeExperiment): void {
  if (typeof e !== 'object' || e === null || Array.isArray(e))
    invalid('experiment', { kind: 'not-object', got: showValue(e) });
  const finite = (v: unknown, path: string) => {
    if (typeof v !== 'number' || !Number.isFinite(v))
      invalid(path, { kind: 'not-number', got: showValue(v) });
    return v;
  };
  finite(e.x, 'experiment.x');
  for (const k of ['h', 'lr'] as const) {
    const v = finite(e[k], `experiment.${k}`);
    if (!(v > 0)) invalid(`experiment.${k}`, { kind: 'out-of-range', value: v, positive: true });
  }
  const steps = finite(e.steps, 'experiment.steps');
  if (!(Number.isInteger(steps) && steps >= 1 && steps <= LIMITS.derivativeSteps))
    invalid('experiment.steps', {
      kind: 'out-of-range',
      value: steps,
      min: 1,
      max: LIMITS.derivativeSteps,
      integer: true,
    });
  if (typeof e.formula !== 'string')
    invalid('experiment.formula', { kind: 'not-text', got: showValue(e.formula) });
  for (const k of ['inner', 'outer'] as const)
    if (e[k] !== undefined && typeof e[k] !== 'string')
      invalid(`experiment.${k}`, { kind: 'not-text', got: showValue(e[k]) });
}

/** A formula of the experiment parsed, or its fault recorded at `path`. */
function parseAt(
  text: string,
  path: string,
  kind: { kind: '1d' } | { kind: 'nd'; vars: string[] },
  faults: Record<string, RunError>,
): Formula | null {
  try {
    if (text.length > LIMITS.formulaLength) invalid(path, { kind: 'too-long', max: LIMITS.formulaLength });
    return parseFormula(text, kind);
  } catch (err) {
    faults[path] = runError(err, path);
    return null;
  }
}

type Fn = ReturnType<typeof compileFormula>;

/** f(x), f′(x) and the two quotients at h, as the lab reads them out. */
function pointStudy(fn: Fn, x: number, h: number): NonNullable<DerivativeRunSet['at']> {
  const [value, grad] = fn.valueAndGrad([x]);
  const right = fn.value([x + h]);
  const left = fn.value([x - h]);
  return {
    value,
    slope: grad[0],
    forward: (right - value) / h,
    central: (right - left) / (2 * h),
    right,
    left,
  };
}

/** |quotient − f′(x)| on the grid of ERROR_GRID, in the order of operations of the quotients. */
function errorStudy(
  fn: Fn,
  x: number,
  value: number,
  slope: number,
): NonNullable<DerivativeRunSet['errors']> {
  const f = (v: number) => fn.value([v]);
  const h: number[] = [];
  const forward: number[] = [];
  const central: number[] = [];
  for (let k = ERROR_GRID.from; k <= ERROR_GRID.to; k++) {
    const step = 10 ** (k / ERROR_GRID.perDecade);
    h.push(step);
    forward.push(Math.abs((f(x + step) - value) / step - slope));
    central.push(Math.abs((f(x + step) - f(x - step)) / (2 * step) - slope));
  }
  return { h, forward, central };
}

/** f at CURVE_SAMPLES points over curveRange(x), spaced as tangentPlot spaces its samples. */
function curveStudy(fn: Fn, x: number): NonNullable<DerivativeRunSet['curve']> {
  const [a, b] = curveRange(x);
  const n = CURVE_SAMPLES;
  const xs = Array.from({ length: n }, (_v, i) => a + ((b - a) * i) / (n - 1));
  return { x: xs, y: xs.map((v) => fn.value([v])) };
}

/** The two descents' optimizers, labelled as the views and the JSON name them. */
export function descentOptimizers(lr: number): { label: 'gd' | 'sign'; optimizer: OptimizerEntry }[] {
  return [
    { label: 'gd', optimizer: { name: 'sgd', options: { lr } } },
    { label: 'sign', optimizer: { name: 'sign', options: { lr } } },
  ];
}

/** Where a fault of a descent lies: a start where f is not defined is the experiment's x. */
const descentPath = (err: unknown) =>
  isDescensoError(err) && err.code === 'descend-undefined-start' ? 'experiment.x' : 'experiment.lr';

/** Gradient descent and sign-step descent from x, each its outcome or its error as data. */
function descents(e: DerivativeExperiment, formulaFault: RunError | undefined): DescendOutcome[] {
  return descentOptimizers(e.lr).map(({ label, optimizer }) => {
    const failed = (error: RunError): DescendOutcome => ({
      label,
      optimizer,
      vars: ['x'],
      points: [],
      values: [],
      gradNorms: [],
      steps: 0,
      status: 'error',
      error,
    });
    if (formulaFault) return failed(formulaFault);
    try {
      const run = descend({
        formula: e.formula,
        vars: ['x'],
        start: [e.x],
        steps: e.steps,
        optimizer: { name: optimizer.name, options: { lr: e.lr } },
      });
      return { label, optimizer, ...run };
    } catch (err) {
      return failed(runError(err, descentPath(err)));
    }
  });
}

/** The chain rule at x: u(x), y(u) and their derivatives, and dy/dx of the composition y(u(x)). */
function chainStudy(e: DerivativeExperiment, faults: Record<string, RunError>): DerivativeRunSet['chain'] {
  if (e.inner === undefined || e.outer === undefined) return undefined;
  const inner = parseAt(e.inner, 'experiment.inner', { kind: '1d' }, faults);
  const outer = parseAt(e.outer, 'experiment.outer', { kind: 'nd', vars: ['u'] }, faults);
  if (!inner || !outer) return undefined;
  try {
    const u = compileFormula(inner);
    const y = compileFormula(outer);
    const uf = formulaFunction(inner);
    const yf = formulaFunction(outer);
    // The composition as a graph, not as text: dy/dx is automatic differentiation of y(u(x)) itself.
    const yx = compile((x) => yf(uf(x)), [[]]);
    const [uValue, du] = u.valueAndGrad([e.x]);
    const [yValue, dy] = y.valueAndGrad([uValue]);
    const direct = yx.valueAndGrad(e.x).grads as number[];
    return { u: uValue, y: yValue, dudx: du[0], dydu: dy[0], dydx: direct[0], product: dy[0] * du[0] };
  } catch (err) {
    faults['experiment.outer'] = runError(err, 'experiment.outer');
    return undefined;
  }
}

/** The parts that need f: its study at x, the error table, the curve; a start where f is undefined is a fault. */
function functionStudy(e: DerivativeExperiment, faults: Record<string, RunError>) {
  const formula = parseAt(e.formula, 'experiment.formula', { kind: '1d' }, faults);
  if (!formula) return {};
  let fn: Fn;
  try {
    fn = compileFormula(formula);
  } catch (err) {
    faults['experiment.formula'] = runError(err, 'experiment.formula');
    return {};
  }
  const at = pointStudy(fn, e.x, e.h);
  if (!Number.isFinite(at.value) || !Number.isFinite(at.slope))
    faults['experiment.x'] = runError(
      new DescensoError('descend-undefined-start', {
        point: `x = ${e.x}`,
        gradient: Number.isFinite(at.value),
      }),
      'experiment.x',
    );
  return { at, errors: errorStudy(fn, e.x, at.value, at.slope), curve: curveStudy(fn, e.x) };
}

/** The derivative lab's study of `e`: every number its figures and readouts show. */
export function runDerivative(e: DerivativeExperiment): DerivativeRunSet {
  checkFields(e);
  const faults: Record<string, RunError> = {};
  const { at, errors, curve } = functionStudy(e, faults);
  const runs = descents(e, faults['experiment.formula']);
  const chain = chainStudy(e, faults);
  return {
    kind: 'derivative',
    version: EXPERIMENT_VERSION,
    experiment: e,
    ...(at ? { at } : {}),
    ...(errors ? { errors } : {}),
    runs,
    ...(chain ? { chain } : {}),
    ...(curve ? { curve } : {}),
    ...(Object.keys(faults).length > 0 ? { errorsByPath: faults } : {}),
  };
}
