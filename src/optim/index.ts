/** The public API of optim/: transforms, named optimizers, conventions, schedules. */

export { bfgsDirection } from './bfgs.js';
export { conjugateDirection, steepestDirection } from './conjugate.js';
export type {
  ConventionEntry,
  EpsilonPlacement,
  FormulaVariant,
  OptimizerName,
  OptionValue,
  WeightDecayMode,
} from './conventions.js';
export {
  conventions,
  isDerivativeFree,
  isSearching,
  optimizerAliases,
  optimizerNames,
  searchingOptimizers,
} from './conventions.js';
export type {
  Explainer,
  ExplainTerm,
  OtherConvention,
  Part,
  StepExplanation,
  StepFunction,
} from './explain.js';
export { createExplainer, equationText, explainStep, termText } from './explain.js';
export type { OptimizerInfo, OptionInfo } from './info.js';
export { optimizerInfo } from './info.js';
export { lbfgsDirection } from './lbfgs.js';
export type { ArmijoSettings, Line, LineSearch, SearchResult, WolfeSettings } from './line-search.js';
export { armijoHolds, backtracking, curvatureHolds, strongWolfe } from './line-search.js';
export { optimizersMarkdown } from './markdown.js';
export type { NelderMeadState, SimplexCoefficients } from './nelder-mead.js';
export {
  initialSimplex,
  nelderMead,
  nelderMeadStateOf,
  simplexCoefficients,
  simplexMeasure,
  simplexSpread,
} from './nelder-mead.js';
export type { NewtonState } from './newton.js';
export { scaleByNewton } from './newton.js';
export type {
  AdadeltaOptions,
  AdagradOptions,
  AdamaxOptions,
  AdamOptions,
  ArmijoOptions,
  BfgsOptions,
  LbfgsOptions,
  LearningRate,
  LionOptions,
  NadamOptions,
  NelderMeadOptions,
  NewtonOptions,
  Optimizer,
  OptimizerSpec,
  ResolvedOptions,
  RmspropOptions,
  SgdOptions,
  SignOptions,
  WolfeOptions,
} from './optimizers.js';
export {
  adadelta,
  adagrad,
  adam,
  adamax,
  adamw,
  bfgs,
  cgFletcherReeves,
  cgPolakRibiere,
  gd,
  gdArmijo,
  gdWolfe,
  lbfgs,
  lion,
  makeOptimizer,
  nadam,
  nelderMeadOptimizer,
  newton,
  resolveConvention,
  resolveOptimizerName,
  rmsprop,
  sgd,
  sign,
} from './optimizers.js';
export type {
  CheckSpec,
  OptionCheck,
  OptionHelpKey,
  OptionKey,
  OptionLabelKey,
  OptionRow,
  OptionTypes,
  SliderRange,
} from './options.js';
export {
  checkOption,
  checkRange,
  commonOptionKeys,
  optionCheckSpecs,
  optionKeys,
  optionRow,
  optionSymbols,
  optionTable,
} from './options.js';
export type { ScheduleTextOptions } from './schedule-text.js';
export { parseScheduleText, scheduleExamples, scheduleText } from './schedule-text.js';
export type { ScheduleField, ScheduleKind, ScheduleSpec } from './schedules.js';
export {
  constantSchedule,
  cosineSchedule,
  exponentialSchedule,
  inverseTimeSchedule,
  makeSchedule,
  scheduleFields,
  scheduleFormulas,
  scheduleKinds,
  stepSchedule,
  warmupSchedule,
} from './schedules.js';
export type { DirectionRule, InitialStep, SearchState, Step } from './search.js';
export { searching, searchTraceOf } from './search.js';
export type {
  AdadeltaState,
  AdagradState,
  AdamaxState,
  AdamState,
  CountState,
  DtypeOption,
  EmptyState,
  LionState,
  NadamState,
  RmsState,
  TraceState,
} from './transforms.js';
export {
  addDecayedWeights,
  addNoise,
  applyUpdates,
  chain,
  clipByGlobalNorm,
  clipByValue,
  scale,
  scaleByAdadelta,
  scaleByAdagrad,
  scaleByAdam,
  scaleByAdamax,
  scaleByLearningRate,
  scaleByLion,
  scaleByNadam,
  scaleByRms,
  scaleBySchedule,
  scaleBySign,
  trace,
} from './transforms.js';
export type {
  Convention,
  Dtype,
  Extra,
  Params,
  Schedule,
  SearchTrace,
  Traced,
  Transform,
  Updates,
} from './types.js';
export { conventionNames, rounder } from './types.js';
