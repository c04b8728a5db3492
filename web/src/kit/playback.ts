/**
 * The transport every animated lab shares, as signals: the step shown (fractional while playing,
 * so a path can be drawn between two steps), whether it plays, the speed in steps per second, the
 * last step. One requestAnimationFrame loop advances `step` by the seconds elapsed (at most 0.1 s,
 * so a tab coming back from the background does not jump) and stops at the end. Components read
 * the signals; nothing here touches the DOM.
 */
import { batch, computed, type ReadonlySignal, type Signal, signal } from '@preact/signals';

export interface Playback {
  /** The step shown, in [0, last]; fractional while playing. */
  readonly step: Signal<number>;
  /** The step as an integer (what tables and readouts show). */
  readonly whole: ReadonlySignal<number>;
  readonly playing: ReadonlySignal<boolean>;
  /** Steps per second. */
  readonly speed: Signal<number>;
  /** The last step there is to show (0 before anything ran). */
  readonly last: Signal<number>;
  play(): void;
  pause(): void;
  toggle(): void;
  /** Pauses and moves by `d` whole steps from the step shown (`whole`), within [0, last]. */
  stepBy(d: number): void;
  /** Pauses and shows step `k` (clamped to [0, last]). */
  seek(k: number): void;
  dispose(): void;
}

export interface PlaybackOptions {
  speed?: number;
  /** requestAnimationFrame and its cancel, replaceable in tests. */
  frame?: (f: (t: number) => void) => number;
  cancel?: (id: number) => void;
  now?: () => number;
}

export function createPlayback(options: PlaybackOptions = {}): Playback {
  const frame = options.frame ?? ((f) => requestAnimationFrame(f));
  const cancel = options.cancel ?? ((id) => cancelAnimationFrame(id));
  const now = options.now ?? (() => performance.now());
  const step = signal(0);
  const playing = signal(false);
  const speed = signal(options.speed ?? 40);
  const last = signal(0);
  let raf = 0;
  let lastT = 0;

  const clamp = (k: number) => Math.max(0, Math.min(last.peek(), k));
  const pause = () => {
    playing.value = false;
    cancel(raf);
  };
  const tick = (t: number) => {
    if (!playing.peek()) return;
    const dt = Math.max(0, Math.min(0.1, (t - lastT) / 1000));
    lastT = t;
    const next = clamp(step.peek() + dt * speed.peek());
    step.value = next;
    if (next >= last.peek()) pause();
    else raf = frame(tick);
  };
  const play = () => {
    if (playing.peek()) return;
    batch(() => {
      // playing from the end starts again from the beginning
      if (step.peek() >= last.peek()) step.value = 0;
      playing.value = true;
    });
    lastT = now();
    raf = frame(tick);
  };
  return {
    step,
    whole: computed(() => Math.floor(step.value)),
    playing,
    speed,
    last,
    play,
    pause,
    toggle: () => (playing.peek() ? pause() : play()),
    stepBy: (d) => {
      pause();
      // from the step shown (the whole part): paused at 10.6, which reads "step 10", back is 9
      step.value = clamp(Math.floor(step.peek()) + d);
    },
    seek: (k) => {
      pause();
      step.value = clamp(k);
    },
    dispose: pause,
  };
}
