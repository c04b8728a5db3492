/**
 * The derivative lab's one store: the study's fields as signals, the experiment they make, and the
 * core's run of it as a computed value — so a change of x re-runs once and redraws what reads the
 * run, and nothing else. Every number the lab shows comes from `run(experiment)`
 * (src/experiment/derivative.ts); a fault comes back in the run as data, and is shown beside its
 * field.
 */
import { batch, computed, type ReadonlySignal, type Signal, signal } from '@preact/signals';
import { refusedDerivative } from '../../../src/experiment/derivative.js';
import { defaultDerivative, type Experiment } from '../../../src/experiment/index.js';
import { run } from '../../../src/experiment/run.js';
import {
  type DerivativeExperiment,
  type DerivativeRunSet,
  type DescendExperiment,
  EXPERIMENT_VERSION,
  type RunError,
} from '../../../src/experiment/types.js';
import { caretLine } from '../../../src/expr/index.js';
import { LIMITS } from '../../../src/limits.js';
import { type Surface1D, surfaces } from '../../../src/surfaces/index.js';
import { lang } from '../i18n.js';

/** The formulas the lab's fields hold, by the experiment's key. */
export type FormulaKey = 'formula' | 'inner' | 'outer';

export interface DerivativeStore {
  readonly formula: Signal<string>;
  readonly x: Signal<number>;
  readonly h: Signal<number>;
  /** Step of both descents (the tutorial's α). */
  readonly lr: Signal<number>;
  readonly steps: Signal<number>;
  /** The chain rule's inner u(x) and outer y(u). */
  readonly inner: Signal<string>;
  readonly outer: Signal<string>;
  /** The study without its view: what the run depends on. */
  readonly study: ReadonlySignal<DerivativeExperiment>;
  /** The study with the lab's view (its language): what the address and the JSON export carry. */
  readonly experiment: ReadonlySignal<DerivativeExperiment>;
  /** The core's run of the study. */
  readonly run: ReadonlySignal<DerivativeRunSet>;
  /** The catalog entry whose formula is f, or '' for a typed formula. */
  readonly catalogId: ReadonlySignal<string>;
  /** The fault of a formula field as shown under it (a caret line, then the message), or null. */
  fault(key: FormulaKey): string | null;
  /** Shows an experiment this lab accepts (its own kind, or a descent of x alone). */
  open(e: Experiment): void;
}

export const surfaces1D: readonly Surface1D[] = surfaces.filter((s): s is Surface1D => s.dims === 1);

/** A descent of one variable given by a formula (the lab's old export): the derivative lab opens it. */
export function oneVariable(e: Experiment): e is DescendExperiment {
  return e.kind === 'descend' && e.surface === undefined && e.formula !== undefined && e.vars?.length === 1;
}

/** The study an experiment gives: its own kind with the default's chain rule when it has none, or a descent of x. */
export function studyOf(e: Experiment, base: DerivativeExperiment = defaultDerivative): DerivativeExperiment {
  if (e.kind === 'derivative')
    return {
      ...e,
      inner: e.inner ?? defaultDerivative.inner,
      outer: e.outer ?? defaultDerivative.outer,
    };
  if (!oneVariable(e)) return base;
  const lr = Number(e.optimizers[0]?.options?.lr);
  return {
    ...base,
    formula: e.formula ?? base.formula,
    x: e.start?.[0] ?? base.x,
    steps: Math.min(e.steps, LIMITS.derivativeSteps),
    lr: lr > 0 ? lr : base.lr,
  };
}

/** The run of a study; a study refused whole (a formula over the length limit) is a run with its fault. */
export function runStudy(e: DerivativeExperiment): DerivativeRunSet {
  try {
    return run(e);
  } catch (err) {
    return refusedDerivative(e, err);
  }
}

/** A fault of the run as the lab shows it under a field: a caret under its position, then the message. */
export function faultText(fault: RunError | undefined, text: string, l: 'es' | 'en'): string | null {
  if (!fault) return null;
  const msg = fault.message[l];
  return fault.position !== undefined ? `${caretLine(text, fault.position)}\n${msg}` : msg;
}

export function createDerivativeStore(initial: Experiment): DerivativeStore {
  const first = studyOf(initial);
  const formula = signal(first.formula);
  const x = signal(first.x);
  const h = signal(first.h);
  const lr = signal(first.lr);
  const steps = signal(first.steps);
  const inner = signal(first.inner ?? '');
  const outer = signal(first.outer ?? '');
  const study = computed<DerivativeExperiment>(() => ({
    kind: 'derivative',
    version: EXPERIMENT_VERSION,
    formula: formula.value,
    x: x.value,
    h: h.value,
    lr: lr.value,
    steps: steps.value,
    inner: inner.value,
    outer: outer.value,
  }));
  const experiment = computed<DerivativeExperiment>(() => ({ ...study.value, view: { lang: lang.value } }));
  const ran = computed(() => runStudy(study.value));
  const catalogId = computed(() => surfaces1D.find((c) => c.formula === formula.value)?.id ?? '');
  const fields = { formula, inner, outer };
  return {
    formula,
    x,
    h,
    lr,
    steps,
    inner,
    outer,
    study,
    experiment,
    run: ran,
    catalogId,
    fault: (key) => faultText(ran.value.errorsByPath?.[`experiment.${key}`], fields[key].value, lang.value),
    open(e) {
      const s = studyOf(e, study.peek());
      batch(() => {
        formula.value = s.formula;
        x.value = s.x;
        h.value = s.h;
        lr.value = s.lr;
        steps.value = s.steps;
        inner.value = s.inner ?? '';
        outer.value = s.outer ?? '';
      });
    },
  };
}
