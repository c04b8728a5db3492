/**
 * descenso — the public API, and nothing else.
 *
 *   import { grad, valueAndGrad, compile, adam, descend, fit, RandomState } from 'descenso';
 *
 * The engine's operations (add, mul, exp, …) and its three idioms (grad/valueAndGrad, GradientTape,
 * tensor.backward()), the optimizers (optax-style transforms and named optimizers with PyTorch and
 * Keras conventions), the formula language, the surface catalog, NumPy-compatible randomness, data
 * simulators and CSV, models, losses, `descend` and `fit`, Experiments, and SVG charts.
 * The optimizer `sign` is exported as `signDescent` (`sign` is the elementwise operation).
 */
export * from './autodiff/index.js';
export * from './data/index.js';
export { DescensoError, isDescensoError, withSource } from './errors.js';
export * from './experiment/index.js';
export * from './expr/index.js';
export { type Lang, langFromLocale, type MessageKey, t } from './i18n/index.js';
export { LIMITS, type LimitName } from './limits.js';
export * from './losses/index.js';
export * from './models/index.js';
export {
  adadelta,
  adagrad,
  adam,
  adamax,
  adamw,
  applyUpdates,
  type Convention,
  chain,
  clipByGlobalNorm,
  clipByValue,
  conventions,
  gd,
  lion,
  makeOptimizer,
  makeSchedule,
  nadam,
  newton,
  type Optimizer,
  type OptimizerSpec,
  optimizerInfo,
  optimizerNames,
  optimizersMarkdown,
  type Params,
  rmsprop,
  type Schedule,
  sgd,
  sign as signDescent,
  type Transform,
} from './optim/index.js';
export * from './plot/index.js';
export * from './random/index.js';
export * from './surfaces/index.js';
export {
  type DescendRun,
  type DescendSpec,
  type DescendStatus,
  descend,
  differenceGradient,
  type GradientMethod,
} from './train/descend.js';
export {
  type BatchStep,
  type FitSpec,
  fit,
  type HistoryEntry,
  type Regime,
  type Run as FitRun,
} from './train/fit.js';
