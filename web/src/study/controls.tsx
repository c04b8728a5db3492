/**
 * The study's settings: the base (a preset or the surface lab's current experiment), its steps
 * (epochs) and tolerance, the optimizers, what varies (one option: a curve; two: a heat map) with
 * its range — from, to, lin or log, count — in the kit's number fields (a decimal comma in
 * Spanish), and the metric. Every control labelled, in tab order; a study that cannot run says why.
 */
import { LIMITS } from '../../../src/limits.js';
import { optimizerNames } from '../../../src/optim/index.js';
import type { SweepStudy, VarySpec } from '../../../src/sweep/types.js';
import { tr } from '../i18n.js';
import { Checkbox, Select } from '../kit/fields.js';
import { NumberField } from '../kit/number-field.js';
import type { PresetName } from './presets.js';
import { type Metric, metricsOf } from './rows.js';
import type { StudyStore } from './store.js';

type BaseName = PresetName | 'surface';

/** Which base the study is on, as the select names it. */
export function baseName(s: SweepStudy): BaseName {
  if (s.base.kind === 'fit') return 'seed';
  if (s.base.surface === 'peaks' && s.vary.length === 1 && s.base.start?.join() === '-0.35,-0.67')
    return 'peaks';
  if (s.base.surface === 'bowl-elongated' && s.vary.length === 2) return 'phase';
  return 'surface';
}

function BaseFields({ store }: { store: StudyStore }) {
  const s = store.study.value;
  const fit = s.base.kind === 'fit';
  const length = s.base.kind === 'fit' ? s.base.epochs : s.base.steps;
  const tol = s.base.kind === 'fit' ? s.base.stop?.tolerance : s.base.stop?.gradNorm;
  return (
    <div class="row2">
      <Select
        id="study-base"
        label={tr('study-base')}
        value={baseName(s)}
        options={(['peaks', 'phase', 'seed', 'surface'] as const).map((n) => ({
          value: n,
          label: tr(`study-base-${n}`),
        }))}
        onChange={(n: BaseName) => store.usePreset(n)}
      />
      <NumberField
        id="study-steps"
        label={tr(fit ? 'study-epochs' : 'study-steps')}
        value={length}
        integer
        min={1}
        max={fit ? LIMITS.epochs : LIMITS.steps}
        onCommit={(n) =>
          store.edit((x) => {
            if (x.base.kind === 'fit') x.base.epochs = n;
            else x.base.steps = n;
            return x;
          })
        }
      />
      <NumberField
        id="study-tol"
        label={tr(fit ? 'study-tol-loss' : 'study-tol-grad')}
        value={tol ?? 0}
        min={0}
        onCommit={(n) =>
          store.edit((x) => {
            if (x.base.kind === 'fit') x.base.stop = { ...x.base.stop, tolerance: n };
            else x.base.stop = { ...x.base.stop, gradNorm: n };
            return x;
          })
        }
      />
    </div>
  );
}

function Optimizers({ store }: { store: StudyStore }) {
  const chosen = new Set(store.study.value.base.optimizers.map((o) => o.name));
  return (
    <fieldset class="study-optimizers">
      <legend>{tr('lab-optimizers')}</legend>
      {optimizerNames.map((name) => (
        <Checkbox
          key={name}
          id={`study-opt-${name}`}
          label={name}
          checked={chosen.has(name)}
          onChange={(on) => store.toggleOptimizer(name, on)}
        />
      ))}
    </fieldset>
  );
}

function VaryRow({ store, v, index }: { store: StudyStore; v: VarySpec; index: number }) {
  const id = `vary-${index}`;
  const set = (patch: Partial<VarySpec>) => store.setVary(index, patch);
  const count = store.study.value.vary.length;
  return (
    <fieldset class="vary-row">
      <legend>{tr(index === 0 ? 'study-vary-first' : 'study-vary-second')}</legend>
      <Select
        id={`${id}-option`}
        label={tr('study-option')}
        value={v.option}
        options={store.options.value.map((o) => ({ value: o, label: o }))}
        onChange={(o: string) => set({ option: o })}
      />
      <NumberField
        id={`${id}-from`}
        label={tr('study-from')}
        value={v.from}
        onCommit={(n) => set({ from: n })}
      />
      <NumberField id={`${id}-to`} label={tr('study-to')} value={v.to} onCommit={(n) => set({ to: n })} />
      <Select
        id={`${id}-scale`}
        label={tr('study-scale')}
        value={v.scale}
        options={(['lin', 'log'] as const).map((sc) => ({ value: sc, label: tr(`study-scale-${sc}`) }))}
        onChange={(sc: 'lin' | 'log') => set({ scale: sc })}
      />
      <NumberField
        id={`${id}-count`}
        label={tr('study-count')}
        value={v.count}
        integer
        min={1}
        max={LIMITS.sweepValues}
        onCommit={(n) => set({ count: n })}
      />
      {count > 1 && (
        <button
          type="button"
          id={`${id}-remove`}
          class="small-button"
          onClick={() => store.removeVary(index)}
        >
          {tr('study-vary-remove', { option: v.option })}
        </button>
      )}
    </fieldset>
  );
}

export function StudyControls({ store }: { store: StudyStore }) {
  const s = store.study.value;
  const problem = store.problem.value;
  return (
    <div class="study-controls">
      <BaseFields store={store} />
      <Optimizers store={store} />
      {s.vary.map((v, i) => (
        <VaryRow key={i} store={store} v={v} index={i} />
      ))}
      {s.vary.length < 2 && (
        <button type="button" id="vary-add" class="small-button" onClick={store.addVary}>
          {tr('study-vary-add')}
        </button>
      )}
      <Select
        id="study-metric"
        label={tr('study-metric')}
        value={store.metric.value}
        options={metricsOf(store.study.value).map((m) => ({ value: m, label: tr(`study-metric-${m}`) }))}
        onChange={(m: Metric) => store.setMetric(m)}
      />
      <p id="study-problem" class="field-error" role="alert" hidden={!problem}>
        {problem ?? ''}
      </p>
    </div>
  );
}
