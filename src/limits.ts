/**
 * THE limits of descenso: one constant per bound, read by the library's checks (src/train,
 * src/data), the Experiment schema, the CLI's flags and the lab's controls, so a run that one
 * entry accepts is never refused by another. Sizes of memory are bounded separately, by what is
 * recorded (src/train/budget.ts); these bound the work a single request may ask for.
 */
export const LIMITS = {
  /** Optimizers (entries) in one experiment. */
  optimizers: 10,
  /** Steps of one descent. */
  steps: 1_000_000,
  /** Epochs of one fit. */
  epochs: 10_000_000,
  /** Variables of a descent's function (the length of a start point). */
  variables: 100,
  /** Data points, simulated or given. */
  points: 10_000_000,
  /** The largest |bound| of a drawn or judged domain. */
  domain: 1e6,
  /** Characters of a formula (a flat sum of 20,000 terms fits; a pasted file of megabytes does not). */
  formulaLength: 100_000,
  /** Characters of a label. */
  labelLength: 60,
  /** Coefficients of a polynomial family (degree 20). */
  coeffs: 21,
  /** Steps of the derivative lab's two descents. */
  derivativeSteps: 10_000,
  /** Nesting of schedules (a warmup's base may be a schedule, once or a few times). */
  scheduleDepth: 4,
  /** Options varied together or listed: a bound on any user-given list of names. */
  names: 100,
  /** Runs advanced together in one batch (src/sweep): a 1000 × 1000 basin map. */
  batchRuns: 1_000_000,
  /** Values one varied option of a sweep takes. */
  sweepValues: 1000,
  /** Runs of one sweep (settings × optimizers). */
  sweepRuns: 100_000,
  /** Points per side of a basin map's grid. */
  basinsGrid: 1000,
  /** Steps of one lesson (src/lessons). */
  lessonSteps: 40,
  /** Characters of one text of a lesson (a step's sentences in one language, a label, a reveal). */
  lessonText: 4000,
  /** Tutorial numbers checked in one step of a lesson. */
  lessonNumbers: 40,
} as const;

export type LimitName = keyof typeof LIMITS;
