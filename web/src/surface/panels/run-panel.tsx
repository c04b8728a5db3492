/**
 * How the descent runs: the start (#start-0, #start-1), the steps (#steps), the gradient method
 * (#gradient) and its difference step h (#grad-h), and the run settings (noise, stop rule, float32).
 */
import { MAX_DESCEND_STEPS } from '../../../../src/experiment/index.js';
import { gradientMethods } from '../../../../src/train/gradient-methods.js';
import { tr } from '../../i18n.js';
import { Select } from '../../kit/fields.js';
import { NumberField } from '../../kit/number-field.js';
import { RunSettings } from '../../kit/run-settings-view.js';
import { startOf } from '../experiment.js';
import type { SurfaceStore } from '../types.js';

type Method = 'autodiff' | 'forward' | 'central';

function StartFields({ store }: { store: SurfaceStore }) {
  // the experiment's start, not the pointer's: a drag rewrote both fields every pointer move, and
  // the new text re-laid out the page (about a third of a move's main-thread time); the map's marker
  // follows the pointer, the fields show where it was released
  const start = startOf(store.experiment.value);
  const f = store.field.value;
  const names = [f?.xLabel ?? 'x', f?.yLabel ?? 'y'];
  const set = (i: number, v: number) => {
    const s = start.slice();
    s[i] = v;
    store.setStart(s, true);
  };
  return (
    <fieldset class="field start">
      <legend>{tr('lab-start')}</legend>
      {[0, 1].map((i) => (
        <NumberField
          key={i}
          id={`start-${i}`}
          label={names[i]}
          value={start[i]}
          onCommit={(v) => set(i, v)}
        />
      ))}
      <div class="help">{tr('lab-start-hint')}</div>
    </fieldset>
  );
}

export function RunPanel({ store }: { store: SurfaceStore }) {
  const e = store.experiment.value;
  const method = (e.gradient ?? 'autodiff') as Method;
  return (
    <>
      <StartFields store={store} />
      <NumberField
        id="steps"
        label={tr('lab-steps')}
        value={e.steps}
        integer
        min={1}
        max={MAX_DESCEND_STEPS}
        onCommit={(v) => store.edit((x) => ({ ...x, steps: v }))}
      />
      <Select
        id="gradient"
        label={tr('lab-gradient')}
        value={method}
        options={gradientMethods.map((g) => ({ value: g.name as Method, label: tr(g.help) }))}
        onChange={(v) => store.edit((x) => ({ ...x, gradient: v }))}
      />
      {method !== 'autodiff' && (
        <NumberField
          id="grad-h"
          label={tr('surface-h')}
          value={e.h ?? 1e-5}
          min={Number.MIN_VALUE}
          onCommit={(v) => store.edit((x) => ({ ...x, h: v }))}
        />
      )}
      <RunSettings experiment={e} onChange={(next) => store.edit(() => next)} />
    </>
  );
}
