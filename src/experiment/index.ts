export {
  ADDRESS_DEFAULTS,
  ADDRESS_FIELDS,
  type AddressRead,
  defaultDerivative,
  defaultFit,
  experimentFromAddress,
  experimentToAddress,
} from './address.js';
export { atPath, optimizerPath, pathOf, placed, runError } from './error-path.js';
export { descendField, FIELD_GRID, pathBox } from './field.js';
export { OPTION_KEYS, scheduleSpec } from './optimizer-entry.js';
export {
  type DescendResult,
  descendSpecOf,
  type ExperimentResult,
  experimentData,
  experimentWork,
  type FitResult,
  labelOf,
  optimizerSpecOf,
  type RunHooks,
  run,
  runExperiment,
} from './run.js';
export {
  DERIVATIVE_KEYS,
  DESCEND_KEYS,
  defaultExperiment,
  EXPERIMENT_VERSIONS,
  experimentFromJson,
  FIT_KEYS,
  MAX_DESCEND_STEPS,
  MAX_EPOCHS,
  MAX_OPTIMIZERS,
  parseDataEntry,
  parseExperiment,
} from './schema.js';
export type {
  DataEntry,
  DerivativeExperiment,
  DerivativeRunSet,
  DescendExperiment,
  DescendField,
  DescendOutcome,
  DescendRunSet,
  Experiment,
  ExperimentKind,
  FitExperiment,
  FitOutcome,
  FitRunSet,
  OptimizerEntry,
  OptionValue,
  Run,
  RunError,
  ViewSettings,
} from './types.js';
export { EXPERIMENT_VERSION } from './types.js';
export { experimentFromHash, experimentToHash } from './url.js';
