/**
 * Views: functions of (experiment, run) returning SVG strings, no DOM. The CLI's `--plot` and the
 * lab's exports call these; the derivative figures live in derivative.ts (export them here).
 */
export {
  linspace,
  pathRange,
  ran,
  sampleGrid,
  type ViewOf,
  type ViewOptions,
} from './common.js';
export {
  DERIVATIVE_COLORS,
  type DerivativeViewOptions,
  derivativeChainView,
  derivativeDescentView,
  derivativeErrorView,
  derivativeFigure,
  derivativeTangentView,
} from './derivative.js';
export {
  type DescentExperiment,
  type DescentPath,
  type DescentRun,
  descentCurve,
  descentFigure,
  descentMap,
  valueCurve,
} from './descent.js';
export {
  type FitPath,
  type FitRun,
  type FitViewExperiment,
  fitData,
  fitFigure,
  lossCurve,
  lossOfRun,
  lossOverParams,
  paramPaths,
} from './fit.js';
export {
  flatData,
  type LossFunction,
  type LossSpec,
  lossFunction,
  lossGrid,
  lossInput,
  lossLine,
  modelAndLoss,
} from './loss-function.js';
