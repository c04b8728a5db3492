/**
 * The transport over epochs: back to the start, a step back, play/pause, a step forward, the
 * timeline and the epoch shown; the progress of a heavy computation with its cancel button.
 */
import { fmtInt, tr } from '../i18n.js';
import type { LabContext } from '../shell/lab.js';
import type { RegressionStore } from './store.js';

export function Transport({ store }: { store: RegressionStore }) {
  const pb = store.playback;
  const k = pb.whole.value;
  const n = pb.last.value;
  const playing = pb.playing.value;
  return (
    <div class="transport">
      <div class="buttons">
        <button
          type="button"
          id="r-restart"
          aria-label={tr('lab-restart')}
          title={tr('lab-restart')}
          onClick={() => pb.seek(0)}
        >
          ⇤
        </button>
        <button
          type="button"
          id="r-back"
          aria-label={tr('lab-step-back')}
          title={tr('lab-step-back')}
          onClick={() => pb.stepBy(-1)}
        >
          ◀
        </button>
        <button
          type="button"
          id="r-play"
          class="primary play"
          aria-label={playing ? tr('lab-pause') : tr('lab-play')}
          onClick={() => pb.toggle()}
        >
          {playing ? `❚❚ ${tr('lab-pause')}` : `▶ ${tr('lab-play')}`}
        </button>
        <button
          type="button"
          id="r-forward"
          aria-label={tr('lab-step-forward')}
          title={tr('lab-step-forward')}
          onClick={() => pb.stepBy(1)}
        >
          ▶
        </button>
        <span class="step-label">{tr('lab-epoch-of', { k: fmtInt(k), n: fmtInt(n) })}</span>
      </div>
      <input
        type="range"
        class="timeline"
        id="r-timeline"
        min={0}
        max={n}
        step={1}
        value={k}
        aria-label={tr('lab-timeline')}
        aria-valuetext={tr('lab-epoch-of', { k: fmtInt(k), n: fmtInt(n) })}
        onInput={(ev) => pb.seek(Number((ev.target as HTMLInputElement).value))}
      />
    </div>
  );
}

export function Progress({ store, ctx }: { store: RegressionStore; ctx: LabContext }) {
  if (!store.computing.value) return null;
  const f = store.progress.value;
  return (
    <div class="progress">
      <progress max={1} value={f} aria-label={tr('rg-computing')} />
      <span>{`${Math.round(f * 100)} %`}</span>
      <button
        type="button"
        id="r-cancel"
        onClick={() => {
          store.cancel();
          ctx.notify(tr('lab-cancelled'), 'info');
        }}
      >
        {tr('lab-cancel')}
      </button>
    </div>
  );
}
