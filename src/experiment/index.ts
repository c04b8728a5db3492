export {
  type DescendResult,
  descendSpecOf,
  type ExperimentResult,
  experimentData,
  experimentWork,
  type FitResult,
  labelOf,
  type RunHooks,
  runExperiment,
} from './run.js';
export {
  type DataEntry,
  type DescendExperiment,
  defaultExperiment,
  EXPERIMENT_VERSION,
  type Experiment,
  experimentFromJson,
  type FitExperiment,
  MAX_DESCEND_STEPS,
  MAX_EPOCHS,
  MAX_OPTIMIZERS,
  type OptimizerEntry,
  parseExperiment,
} from './schema.js';
export { experimentFromHash, experimentToHash } from './url.js';
