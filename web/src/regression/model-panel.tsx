/**
 * The model panel: model and loss, the initial values of the parameters a person can choose
 * (a network's weights are random: it says so instead of showing sliders), the precision
 * (float32 shows the digits TensorFlow, JAX and PyTorch print) and the tutorials' fits.
 */
import { fmtInt, tr } from '../i18n.js';
import { Checkbox, Select } from '../kit/fields.js';
import { NumberField } from '../kit/number-field.js';
import { MODEL_CHOICES } from './model-info.js';
import { PRESET_NAMES } from './presets.js';
import type { RegressionStore } from './store.js';

const LOSSES = ['mse', 'sse', 'mae', 'huber'];
type ModelKey = 'linear' | 'affine' | 'poly-2' | 'poly-3' | 'mlp-8';

/** The lab's models in words, and the one shown when an address or a file brings another (poly:5). */
function modelOptions(current: string) {
  const names: string[] = [...MODEL_CHOICES];
  const options = names.map((o) => ({ value: o, label: tr(`lab-model-${o.replace(':', '-') as ModelKey}`) }));
  return names.includes(current) ? options : [...options, { value: current, label: current }];
}

export function ModelPanel({ store }: { store: RegressionStore }) {
  const e = store.experiment.value;
  const m = store.model.value;
  return (
    <section class="group" aria-labelledby="r-model-h">
      <h2 id="r-model-h">{tr('lab-model')}</h2>
      <Select
        id="r-model"
        label={tr('lab-model')}
        value={e.model}
        options={modelOptions(e.model)}
        onChange={(v) => store.setModel(v)}
      />
      <Select
        id="r-loss"
        label={tr('lab-loss')}
        value={e.loss ?? 'mse'}
        options={LOSSES.map((o) => ({ value: o, label: o }))}
        onChange={(v) => store.edit((x) => ({ ...x, loss: v }))}
      />
      {m.random ? (
        <p class="help" id="r-init-random">
          {tr('rg-init-random', { n: fmtInt(m.size) })}
        </p>
      ) : (
        <fieldset class="init-fields">
          {/* the legend names the group: each field is just its parameter (a reader hears both) */}
          <legend>{tr('lab-init')}</legend>
          {m.initParams.map((p) => (
            <NumberField
              key={p}
              id={`r-init-${p}`}
              label={p}
              value={e.init?.[p] ?? 0}
              onCommit={(v) => store.edit((x) => ({ ...x, init: { ...x.init, [p]: v } }))}
            />
          ))}
        </fieldset>
      )}
      <Checkbox
        id="r-float32"
        label={tr('rg-float32')}
        checked={e.dtype === 'float32'}
        onChange={(on) =>
          store.edit((x) => {
            const { dtype: _d, ...rest } = x;
            return on ? { ...rest, dtype: 'float32' } : rest;
          })
        }
      />
    </section>
  );
}

export function Presets({ store }: { store: RegressionStore }) {
  return (
    <section class="group presets" aria-labelledby="r-presets-h">
      <h2 id="r-presets-h">{tr('rg-presets')}</h2>
      <div class="buttons">
        {PRESET_NAMES.map((n) => (
          <button key={n} type="button" id={`r-preset-${n}`} onClick={() => store.preset(n)}>
            {tr(`rg-preset-${n}`)}
          </button>
        ))}
      </div>
    </section>
  );
}
