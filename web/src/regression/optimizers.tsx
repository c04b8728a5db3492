/**
 * The optimizers raced: a tab per optimizer in the colour of its first run, the selected one's
 * card (the kit's editor: name, convention, every option in words), add and remove.
 */
import { MAX_OPTIMIZERS } from '../../../src/experiment/index.js';
import { isSearching, optimizerNames } from '../../../src/optim/index.js';
import { tr } from '../i18n.js';
import { OptimizerEditor } from '../kit/optimizer-editor.js';
import { runColor } from './colors.js';
import type { RegressionStore } from './store.js';

/** fit cannot use newton (it needs the Hessian of the loss) nor the searching methods (f at trial points). */
const NAMES = optimizerNames.filter((n) => n !== 'newton' && !isSearching(n));

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
      <OptimizerEditor
        entry={opts[sel]}
        colour={runColor(sel * regimes)}
        canRemove={opts.length > 1}
        onChange={(e) => store.setOptimizer(sel, e)}
        onRemove={() => store.removeOptimizer(sel)}
        names={NAMES}
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
