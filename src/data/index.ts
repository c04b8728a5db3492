/** Data sets: simulators that draw like NumPy, and CSV in and out. */
export {
  type CsvDecimal,
  type CsvOptions,
  type CsvSeparator,
  type CsvTable,
  type CsvWriteOptions,
  datasetTable,
  type NumericTable,
  numberCell,
  parseCsv,
  textCell,
  toCsv,
} from './csv.js';
export {
  type Dataset,
  FAMILIES,
  type Family,
  MAX_COEFFS,
  MAX_POINTS,
  type Point,
  type ResolvedSimulation,
  resolveSimulation,
  type SimulationSpec,
  simulate,
  simulationDefaults,
  X_DISTRIBUTIONS,
  type XDistribution,
} from './simulate.js';
