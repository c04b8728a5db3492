/**
 * The curvature tool's panel (loaded on demand): where the point is and why (picked, the
 * selected run at the step shown, the start), the point as two number fields (the keyboard's
 * way to pick it), H, λ₁ ≤ λ₂ with v₁ and v₂, κ and what the signs say — each number in the lab's
 * format with its full value in `data-value` — and on a quadratic with a minimum the fastest
 * settings with the two buttons that set them on an SGD optimizer in one click.
 */
import type { Curvature } from '../../../../src/curvature/index.js';
import { isDescensoError } from '../../../../src/errors.js';
import type { MessageKey } from '../../../../src/i18n/index.js';
import { fmt, getLang, tr } from '../../i18n.js';
import { NumberField } from '../../kit/number-field.js';
import { CURVATURE_COLORS } from '../layers/curvature-draw.js';
import { type CurvatureModel, curvatureModelOf } from '../layers/curvature-model.js';
import { curvatureStateOf } from '../layers/curvature-state.js';
import type { SurfaceStore } from '../types.js';
import '../layers/curvature-tool.css';

/** A number as the lab shows it, its full value kept for tests and copying. */
function Num({ x, id }: { x: number; id?: string }) {
  return (
    <span class="num" id={id} data-value={String(x)}>
      {fmt(x, 5)}
    </span>
  );
}

function Vector({ v, id }: { v: readonly number[]; id: string }) {
  // a semicolon between coordinates where the comma is the decimal mark
  const sep = getLang() === 'es' ? '; ' : ', ';
  return (
    <span id={id} data-value={v.join(' ')}>
      ({v.map((x, i) => [i > 0 ? sep : '', fmt(x, 4)])})
    </span>
  );
}

function Where({ store, model }: { store: SurfaceStore; model: CurvatureModel }) {
  const state = curvatureStateOf(store);
  const source = model.source.value;
  const p = model.point.value;
  const run = store.runs.value[store.selected.value];
  const text =
    source === 'picked'
      ? tr('curvature-from-picked')
      : source === 'run' && run
        ? tr('curvature-from-run', { name: run.label, step: Math.floor(store.playback.step.value) })
        : tr('curvature-from-start');
  const set = (i: number) => (v: number) => {
    const next: [number, number] = [p[0], p[1]];
    next[i] = v;
    state.picked.value = next;
  };
  return (
    <div class="curvature-where">
      <p id="curvature-source">{text}</p>
      <div class="curvature-point">
        <NumberField
          id="curvature-x"
          label={tr('curvature-point', { v: 'x' })}
          value={p[0]}
          onCommit={set(0)}
        />
        <NumberField
          id="curvature-y"
          label={tr('curvature-point', { v: 'y' })}
          value={p[1]}
          onCommit={set(1)}
        />
      </div>
      {source === 'picked' && (
        <button type="button" id="curvature-follow" onClick={() => (state.picked.value = null)}>
          {tr('curvature-follow')}
        </button>
      )}
      <p class="help">{tr('curvature-help')}</p>
    </div>
  );
}

function Numbers({ c }: { c: Curvature }) {
  const largest = Math.max(...c.eigenvalues.map(Math.abs));
  const color = (l: number) =>
    Math.abs(l) <= 1e-12 * largest
      ? CURVATURE_COLORS.flat
      : l > 0
        ? CURVATURE_COLORS.up
        : CURVATURE_COLORS.down;
  return (
    <>
      <table class="curvature-hessian" id="curvature-hessian">
        <caption>{tr('curvature-hessian-caption')}</caption>
        <tbody>
          {c.hessian.map((row, i) => (
            <tr key={i}>
              {row.map((x, j) => (
                <td key={j}>
                  <Num x={x} id={`curvature-h-${i}${j}`} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="curvature-caption">{tr('curvature-eigen-caption')}</p>
      <ul class="curvature-eigen">
        {c.eigenvalues.map((l, k) => (
          <li key={k}>
            <span class="swatch" style={{ background: color(l) }} aria-hidden="true" />λ{k === 0 ? '₁' : '₂'}{' '}
            = <Num x={l} id={`curvature-lambda-${k + 1}`} />, v{k === 0 ? '₁' : '₂'} ={' '}
            <Vector v={c.eigenvectors[k]} id={`curvature-v-${k + 1}`} />
          </li>
        ))}
      </ul>
      <p>
        {tr('curvature-kappa')} = <Num x={c.condition} id="curvature-kappa" />
      </p>
      <p id="curvature-shape" data-shape={c.shape}>
        {tr(`curvature-shape-${c.shape}` as MessageKey as 'curvature-shape-flat')}
      </p>
    </>
  );
}

function Fastest({ store, model, c }: { store: SurfaceStore; model: CurvatureModel; c: Curvature }) {
  if (!c.quadratic) return <p class="help">{tr('curvature-not-quadratic')}</p>;
  const f = c.fastest;
  if (!f) return <p class="help">{tr('curvature-no-minimum')}</p>;
  const list = store.experiment.value.optimizers;
  const button = (
    kind: 'gd' | 'momentum',
    id: string,
    key: 'curvature-use-lr' | 'curvature-use-momentum',
  ) => {
    const k = model.target(kind);
    const name = k >= 0 ? (list[k].label ?? list[k].name) : '';
    return (
      <button
        type="button"
        id={id}
        disabled={k < 0}
        title={k >= 0 ? tr('curvature-use-on', { name }) : tr('curvature-no-target')}
        onClick={() => model.useFastest(kind)}
      >
        {tr(key)}
        {k >= 0 && <span class="target"> ({name})</span>}
      </button>
    );
  };
  return (
    <div
      class="curvature-fastest"
      id="curvature-fastest"
      data-lr={f.gd.lr}
      data-momentum-lr={f.momentum.lr}
      data-momentum={f.momentum.momentum}
    >
      <h4>{tr('curvature-fastest-title')}</h4>
      <p>
        {tr('curvature-fastest-lr', {
          lr: fmt(f.gd.lr, 5),
          rate: fmt(f.gd.rate, 4),
          stable: fmt(f.gd.stableBelow, 5),
        })}
      </p>
      <p>
        {tr('curvature-fastest-heavy', {
          lr: fmt(f.momentum.lr, 5),
          momentum: fmt(f.momentum.momentum, 5),
          rate: fmt(f.momentum.rate, 4),
        })}
      </p>
      <div class="buttons">
        {button('gd', 'curvature-use-lr', 'curvature-use-lr')}
        {button('momentum', 'curvature-use-momentum', 'curvature-use-momentum')}
      </div>
      {model.target('gd') < 0 && <p class="help">{tr('curvature-no-target')}</p>}
    </div>
  );
}

export function CurvaturePanel({ store }: { store: SurfaceStore }) {
  const model = curvatureModelOf(store);
  const r = model.result.value;
  const err = r.error;
  return (
    <section class="curvature-panel" id="curvature-panel" aria-labelledby="curvature-heading">
      <h3 id="curvature-heading">{tr('curvature-title')}</h3>
      <Where store={store} model={model} />
      {r.curvature ? (
        <>
          <Numbers c={r.curvature} />
          <Fastest store={store} model={model} c={r.curvature} />
          <p class="help">{tr('curvature-legend')}</p>
        </>
      ) : (
        <p class="error" role="status">
          {tr('curvature-error', { message: isDescensoError(err) ? err.messageIn(getLang()) : String(err) })}
        </p>
      )}
    </section>
  );
}
