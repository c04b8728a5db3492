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
// The spine: what a user of the library calls. The runner's helpers (error paths, the field
// sampler, the schema's parts) stay inside src/experiment.
export {
  ADDRESS_FIELDS,
  type BasinMap,
  type BasinsBase,
  type BasinsRunSet,
  type BasinsStudy,
  type DataEntry,
  DERIVATIVE_KEYS,
  DESCEND_KEYS,
  type DerivativeExperiment,
  type DerivativeRunSet,
  type DescendExperiment,
  type DescendField,
  type DescendOutcome,
  type DescendResult,
  type DescendRunSet,
  defaultBasins,
  defaultDerivative,
  defaultExperiment,
  defaultFit,
  defaultSweep,
  defaultSweepFit,
  descendSpecOf,
  EXPERIMENT_VERSION,
  EXPERIMENT_VERSIONS,
  type Experiment,
  type ExperimentKind,
  type ExperimentResult,
  experimentData,
  experimentFromAddress,
  experimentFromHash,
  experimentFromJson,
  experimentToAddress,
  experimentToHash,
  experimentWork,
  FIT_KEYS,
  type FitExperiment,
  type FitOutcome,
  type FitResult,
  type FitRunSet,
  labelOf,
  MAX_DESCEND_STEPS,
  MAX_EPOCHS,
  MAX_OPTIMIZERS,
  OPTION_KEYS,
  type OptimizerEntry,
  type OptionValue,
  parseDataEntry,
  parseExperiment,
  type Run,
  type RunError,
  type RunHooks,
  run,
  runExperiment,
  type SingleExperiment,
  type SingleRun,
  type Study,
  type StudyRun,
  type SweepBest,
  type SweepRow,
  type SweepRunSet,
  type SweepStudy,
  type VaryScale,
  type VarySpec,
  type ViewSettings,
} from './experiment/index.js';
export * from './expr/index.js';
export { type Lang, langFromLocale, type MessageKey, t } from './i18n/index.js';
// Lessons: each tutorial as guided steps (plain data), their printed numbers checked live.
export {
  type Bilingual,
  checkLesson,
  type Lesson,
  type LessonNumber,
  type LessonQuestion,
  type LessonStep,
  lessonById,
  lessonFromJson,
  lessonNumber,
  lessons,
  type NumberCheck,
  parseLesson,
  stepExperiments,
} from './lessons/index.js';
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
  type OptionRow,
  optimizerInfo,
  optimizerNames,
  optimizersMarkdown,
  optionRow,
  optionTable,
  type Params,
  parseScheduleText,
  rmsprop,
  type Schedule,
  type ScheduleSpec,
  scheduleText,
  sgd,
  sign as signDescent,
  type Transform,
} from './optim/index.js';
export * from './plot/index.js';
export * from './random/index.js';
export * from './surfaces/index.js';
// Studies: many runs of one base experiment, batched (run() runs them too).
export type { BasinsResult, BasinsSpec } from './sweep/basins.js';
export { type LrFindOptions, type LrFindResult, lrFind } from './sweep/lrfind.js';
export { runBasins } from './sweep/study.js';
export { runSweep } from './sweep/sweep.js';
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
