/**
 * The optimizers raced: one card per optimizer, each editable (name, convention, every option),
 * each in the colour of its curves, with add and remove. Until the kit's editor is merged the
 * card is the lab's existing one (optimizer-editor.ts), mounted into a component and given a copy
 * of its entry, so an edit goes through the store like any other.
 */
import { useEffect, useRef } from 'preact/hooks';
import { MAX_OPTIMIZERS, type OptimizerEntry } from '../../../src/experiment/index.js';
import { optimizerNames } from '../../../src/optim/index.js';
import { lang, tr } from '../i18n.js';
import { optimizerCard } from '../optimizer-editor.js';
import { runColor } from './colors.js';
import type { RegressionStore } from './store.js';

/** fit cannot use newton (it needs the Hessian of the loss). */
const NAMES = optimizerNames.filter((n) => n !== 'newton');

function Card(p: {
  entry: OptimizerEntry;
  color: string;
  canRemove: boolean;
  set: (e: OptimizerEntry) => void;
  remove: () => void;
}) {
  const host = useRef<HTMLDivElement>(null);
  const l = lang.value;
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const entry = JSON.parse(JSON.stringify(p.entry)) as OptimizerEntry;
    el.replaceChildren(optimizerCard(entry, p.color, p.canRemove, () => p.set(entry), p.remove, NAMES));
  }, [JSON.stringify(p.entry), p.color, p.canRemove, l]);
  return <div ref={host} />;
}

export function Optimizers({ store }: { store: RegressionStore }) {
  const opts = store.experiment.value.optimizers;
  const regimes = store.experiment.value.regimes.length;
  const sel = Math.min(store.selected.value, opts.length - 1);
  return (
    <section class="group" aria-labelledby="r-opt-h">
      <h2 id="r-opt-h">{tr('rg-optimizers')}</h2>
      {opts.length > 1 ? (
        <div class="opt-tabs" role="tablist" aria-label={tr('rg-optimizers')}>
          {opts.map((o, i) => (
            <button
              key={i}
              type="button"
              role="tab"
              id={`r-opt-tab-${i}`}
              aria-selected={i === sel}
              class={i === sel ? 'opt-tab on' : 'opt-tab'}
              title={tr('rg-edit-optimizer', { name: o.label ?? o.name })}
              onClick={() => {
                store.selected.value = i;
              }}
            >
              <span class="dot" style={{ background: runColor(i * regimes) }} />
              {o.label ?? o.name}
            </button>
          ))}
        </div>
      ) : null}
      <Card
        entry={opts[sel]}
        color={runColor(sel * regimes)}
        canRemove={opts.length > 1}
        set={(e) => store.setOptimizer(sel, e)}
        remove={() => store.removeOptimizer(sel)}
      />
      <button
        type="button"
        id="r-add-optimizer"
        disabled={opts.length >= MAX_OPTIMIZERS}
        onClick={() => store.addOptimizer()}
      >
        + {tr('rg-add-optimizer')}
      </button>
    </section>
  );
}
