/**
 * "Explain this step": for the optimizer picked among the race's, the update the transport's step
 * makes, term by term — the rule in symbols, the same rule with the run's numbers (in the lab's
 * number format, decimal comma in Spanish) and the value — then the other convention's Δp from
 * the same history. The convention switch runs the optimizer under the other framework's rules.
 */
import { useEffect, useMemo } from 'preact/hooks';
import { type ExplainTerm, equationText, type StepExplanation } from '../../../../src/optim/explain.js';
import { fmt, getLang, tr } from '../../i18n.js';
import { Select } from '../../kit/fields.js';
import { createExplainStore, type Explained, type ExplainStore } from '../explain-store.js';
import type { SurfaceLabStore } from '../store.js';
import './explain.css';

const num = (x: number) => fmt(x, 6);
const inEquation = (x: number) => fmt(x, 4);

function Term({ t }: { t: ExplainTerm }) {
  const filled = equationText(t.equation, inEquation);
  return (
    <li class="explain-term" data-symbol={t.symbol}>
      <span class="sym">{t.symbol}</span>
      {t.formula !== '' && (
        <>
          {' = '}
          <span class="rule">{t.formula}</span>
        </>
      )}
      {filled !== '' && (
        <>
          {' = '}
          <span class="eq">{filled}</span>
        </>
      )}
      {' = '}
      <b class="val" data-value={String(t.value)}>
        {num(t.value)}
      </b>
    </li>
  );
}

function Other({ e }: { e: StepExplanation }) {
  const o = e.other;
  if (o === null) return <p class="help">{tr('explain-other-same')}</p>;
  const head = tr('explain-other', { convention: o.convention === 'pytorch' ? 'PyTorch' : 'Keras' });
  if ('error' in o)
    return (
      <p id="explain-other" class="explain-other">
        {head}:{' '}
        {tr('explain-other-error', {
          message: o.error[getLang()],
        })}
      </p>
    );
  const list = (xs: number[]) => `(${xs.map(num).join('; ')})`;
  return (
    <p id="explain-other" class="explain-other" data-delta={JSON.stringify(o.delta)}>
      {head}: {tr('explain-other-delta')} = {list(o.delta)}, {tr('explain-other-difference')} ={' '}
      {list(o.difference)}
    </p>
  );
}

function ConventionSwitch({ ex, e, index }: { ex: ExplainStore; e: StepExplanation; index: number }) {
  return (
    <div class="seg" role="radiogroup" aria-label={tr('explain-convention')}>
      {(['pytorch', 'keras'] as const).map((c) => (
        // biome-ignore lint/a11y/useSemanticElements: a segmented control of buttons, as the optimizer editor's
        <button
          key={c}
          type="button"
          role="radio"
          id={`explain-convention-${c}`}
          aria-checked={c === e.convention}
          class={c === e.convention ? 'on' : ''}
          onClick={() => c !== e.convention && ex.setConvention(index, c)}
        >
          {c === 'pytorch' ? 'PyTorch' : 'Keras'}
        </button>
      ))}
    </div>
  );
}

function Step({ ex, x, shown }: { ex: ExplainStore; x: Explained & { kind: 'step' }; shown: number }) {
  const { e } = x;
  const convention = e.convention === 'pytorch' ? 'PyTorch' : 'Keras';
  return (
    <div class="explain-step" data-step={e.step}>
      <ConventionSwitch ex={ex} e={e} index={x.index} />
      <h4 id="explain-heading">{tr('explain-heading', { label: x.label, step: e.step, convention })}</h4>
      {shown > e.step && <p class="help">{tr('explain-ended', { last: e.step })}</p>}
      <ul class="explain-terms" id="explain-shared" aria-label={tr('explain-shared')}>
        {e.shared.map((t, k) => (
          <Term key={k} t={t} />
        ))}
      </ul>
      {e.coords.map((terms, j) => (
        <section key={j} class="explain-coord" id={`explain-coord-${j}`}>
          <h5>{tr('explain-coordinate', { name: e.vars[j] ?? `x${j}` })}</h5>
          <ul class="explain-terms">
            {terms.map((t, k) => (
              <Term key={k} t={t} />
            ))}
          </ul>
        </section>
      ))}
      {e.trials && <p class="help">{tr('explain-trials', { count: e.trials.length })}</p>}
      <Other e={e} />
    </div>
  );
}

export function ExplainPanel({ store }: { store: SurfaceLabStore }) {
  const ex = useMemo(() => createExplainStore(store), [store]);
  useEffect(() => () => ex.dispose(), [ex]);
  const runs = store.runs.value;
  const x = ex.explained.value;
  return (
    <div id="explain-panel" class="explain">
      <Select
        id="explain-optimizer"
        label={tr('explain-optimizer')}
        value={String(ex.index.value)}
        options={runs.map((r, i) => ({ value: String(i), label: r.label }))}
        onChange={(v) => {
          ex.index.value = Number(v);
        }}
      />
      {x.kind === 'step' && <Step ex={ex} x={x} shown={store.playback.whole.value} />}
      {x.kind === 'error' && (
        <p class="explain-error" role="alert">
          {x.message}
        </p>
      )}
      {x.kind === 'none' && (
        <p class="help">{store.computing.value ? tr('explain-loading') : tr('explain-none')}</p>
      )}
    </div>
  );
}
