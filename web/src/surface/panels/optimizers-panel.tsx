/** The optimizers raced, each editable (kit/optimizer-editor), added up to LIMITS.optimizers and removed. */
import type { OptimizerEntry } from '../../../../src/experiment/index.js';
import { LIMITS } from '../../../../src/limits.js';
import { categoricalColor } from '../../../../src/plot/index.js';
import { tr } from '../../i18n.js';
import { OptimizerEditor } from '../../kit/optimizer-editor.js';
import type { SurfaceStore } from '../types.js';

/** The optimizers "add" offers, in order: the first not raced yet. */
const ADD_ORDER = [
  'adam',
  'rmsprop',
  'adagrad',
  'nadam',
  'sgd',
  'adamax',
  'lion',
  'adadelta',
  'adamw',
  'sign',
  'newton',
];

/** The entry "add" appends to `list`: the first optimizer of ADD_ORDER not in it, with a rate that walks. */
export function nextOptimizer(list: readonly OptimizerEntry[]): OptimizerEntry {
  const used = new Set(list.map((o) => o.name));
  const name = ADD_ORDER.find((n) => !used.has(n)) ?? 'adam';
  return { name, options: { lr: name === 'sgd' ? 0.01 : 0.05 } };
}

export function OptimizersPanel({ store }: { store: SurfaceStore }) {
  const list = store.experiment.value.optimizers;
  const full = list.length >= LIMITS.optimizers;
  const replace = (i: number, o: OptimizerEntry | null) =>
    store.edit((e) => ({
      ...e,
      optimizers: o ? e.optimizers.map((x, j) => (j === i ? o : x)) : e.optimizers.filter((_, j) => j !== i),
    }));
  return (
    <>
      {list.map((o, i) => (
        <OptimizerEditor
          // an optimizer's editor keeps its place: its index and name identify it
          key={`${i}-${o.name}`}
          entry={o}
          colour={categoricalColor(i)}
          canRemove={list.length > 1}
          onChange={(next) => replace(i, next)}
          onRemove={() => replace(i, null)}
        />
      ))}
      <button
        type="button"
        class="add"
        id="add-optimizer"
        disabled={full}
        title={full ? tr('surface-add-optimizer-limit', { max: LIMITS.optimizers }) : undefined}
        onClick={() =>
          store.edit((e) => ({ ...e, optimizers: [...e.optimizers, nextOptimizer(e.optimizers)] }))
        }
      >
        + {tr('lab-add-optimizer')}
      </button>
    </>
  );
}
