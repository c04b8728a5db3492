/**
 * "Explain this step" in the surface lab: which optimizer of the race is explained, its explainer
 * (src/train/explain-descent.ts, rebuilt only when the runs change) and the explanation of the
 * step the transport shows (the update from p_K to p_{K+1}; at the last step, the last update).
 * The explainer keeps a checkpoint every few steps, so scrubbing replays only a few steps.
 * Loaded with the panel, on demand; what it shows goes to the lab store's `explained` for inspect().
 */
import { computed, effect, type Signal, signal } from '@preact/signals';
import { isDescensoError } from '../../../src/errors.js';
import { descendSpecOf } from '../../../src/experiment/index.js';
import type { Explainer, StepExplanation } from '../../../src/optim/explain.js';
import { descentExplainer } from '../../../src/train/explain-descent.js';
import { getLang } from '../i18n.js';
import type { SurfaceLabStore } from './store.js';

export type Explained =
  | { readonly kind: 'none' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'step'; readonly index: number; readonly label: string; readonly e: StepExplanation };

export interface ExplainStore {
  /** The optimizer explained: its index in the race. */
  readonly index: Signal<number>;
  readonly explained: { readonly value: Explained };
  /** Runs optimizer i under convention c (the experiment changes; the runs follow). */
  setConvention(i: number, c: 'pytorch' | 'keras'): void;
  dispose(): void;
}

/** The plain numbers the browser tests compare: every term's symbol and value, Δp, p, the other convention. */
export function explainedData(x: Explained): Record<string, unknown> | null {
  if (x.kind !== 'step') return x.kind === 'error' ? { error: x.message } : null;
  const { e } = x;
  const plain = (t: { symbol: string; value: number }) => ({ symbol: t.symbol, value: t.value });
  return {
    index: x.index,
    label: x.label,
    optimizer: e.optimizer,
    convention: e.convention,
    step: e.step,
    before: e.before,
    after: e.after,
    delta: e.delta,
    shared: e.shared.map(plain),
    coords: e.coords.map((terms) => terms.map(plain)),
    other: e.other,
  };
}

export function createExplainStore(store: SurfaceLabStore): ExplainStore {
  const index = signal(Math.max(0, store.selected.peek()));
  const explainer = computed((): Explainer | string | null => {
    const runs = store.runs.value;
    const i = index.value;
    const r = runs[i];
    if (!r || store.computing.value) return null;
    if (r.error) return r.error.message[getLang()];
    try {
      return descentExplainer(descendSpecOf(store.experiment.peek(), i), r.steps);
    } catch (err) {
      if (isDescensoError(err)) return err.messageIn(getLang());
      throw err;
    }
  });
  const explained = computed((): Explained => {
    const x = explainer.value;
    if (x === null) return { kind: 'none' };
    if (typeof x === 'string') return { kind: 'error', message: x };
    const r = store.runs.peek()[index.value];
    if (r.steps === 0) return { kind: 'none' };
    const step = Math.min(store.playback.whole.value, r.steps - 1);
    return { kind: 'step', index: index.value, label: r.label, e: x.explain(step) };
  });
  const stop = effect(() => {
    store.explained.value = explainedData(explained.value);
  });
  // a row picked in the race is the optimizer explained (the select can still pick another)
  const follow = effect(() => {
    const picked = store.selected.value;
    if (picked >= 0) index.value = picked;
  });
  return {
    index,
    explained,
    setConvention(i, c) {
      store.edit((e) => {
        const optimizers = e.optimizers.map((o, k) => {
          if (k !== i) return o;
          const { convention: _c, ...rest } = o;
          return c === 'pytorch' ? rest : { ...rest, convention: c };
        });
        return { ...e, optimizers };
      });
    },
    dispose() {
      stop();
      follow();
      store.explained.value = null;
    },
  };
}
