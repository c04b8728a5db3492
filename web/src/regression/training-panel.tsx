/**
 * Training: epochs, the regimes trained side by side (batch, stochastic, mini-batch) with the
 * batch size and the shuffle seed, and the race's tolerance (a view setting: it re-runs nothing).
 */
import { MAX_EPOCHS } from '../../../src/experiment/index.js';
import type { Regime } from '../../../src/train/fit-types.js';
import { tr } from '../i18n.js';
import { Checkbox } from '../kit/fields.js';
import { NumberField } from '../kit/number-field.js';
import type { RegressionStore } from './store.js';

const REGIMES: readonly Regime[] = ['batch', 'sgd', 'minibatch'];

export function TrainingPanel({ store }: { store: RegressionStore }) {
  const e = store.experiment.value;
  return (
    <section class="group" aria-labelledby="r-training-h">
      <h2 id="r-training-h">{tr('lab-training')}</h2>
      <NumberField
        id="r-epochs"
        label={tr('lab-epochs')}
        value={e.epochs}
        integer
        min={1}
        max={MAX_EPOCHS}
        onCommit={(v) => store.edit((x) => ({ ...x, epochs: v }))}
      />
      <Regimes store={store} />
      {e.regimes.includes('minibatch') ? (
        <NumberField
          id="r-batch"
          label={tr('lab-batch-size')}
          value={e.batchSize ?? 32}
          integer
          min={1}
          onCommit={(v) => store.edit((x) => ({ ...x, batchSize: v }))}
        />
      ) : null}
      {/* the fit's seed shuffles the stochastic regimes and draws a network's first weights */}
      {e.regimes.some((r) => r !== 'batch') || store.model.value.random ? (
        <NumberField
          id="r-shuffle-seed"
          label={tr('lab-shuffle-seed')}
          value={e.seed ?? 0}
          integer
          min={0}
          onCommit={(v) => store.edit((x) => ({ ...x, seed: v }))}
        />
      ) : null}
      <NumberField
        id="r-tol"
        label={tr('rg-tolerance')}
        value={store.view.value.tol}
        min={0}
        onCommit={(v) => store.setView({ tol: v })}
      />
    </section>
  );
}

/** The regimes trained side by side; at least one stays ticked. */
function Regimes({ store }: { store: RegressionStore }) {
  const e = store.experiment.value;
  const toggle = (r: Regime, on: boolean) => {
    const next = REGIMES.filter((x) => (x === r ? on : e.regimes.includes(x)));
    // at least one regime trains: unticking the last one is refused
    if (next.length > 0) store.edit((x) => ({ ...x, regimes: next }));
  };
  return (
    <fieldset class="field regimes">
      <legend>{tr('lab-regimes')}</legend>
      {REGIMES.map((r) => (
        <Checkbox
          key={r}
          id={`r-regime-${r}`}
          label={tr(`lab-regime-${r}`)}
          checked={e.regimes.includes(r)}
          onChange={(on) => toggle(r, on)}
        />
      ))}
      <div class="help">{tr('lab-regimes-help')}</div>
    </fieldset>
  );
}
