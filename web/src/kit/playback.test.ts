import { describe, expect, it } from 'vitest';
import { createPlayback } from './playback.js';

/** A playback driven by hand: `advance(ms)` runs the pending frame at that time. */
function manual() {
  let pending: ((t: number) => void) | null = null;
  let t = 0;
  const p = createPlayback({
    speed: 10,
    frame: (f) => {
      pending = f;
      return 1;
    },
    cancel: () => {
      pending = null;
    },
    now: () => t,
  });
  const advance = (ms: number) => {
    t += ms;
    const f = pending;
    pending = null;
    f?.(t);
  };
  return { p, advance, pending: () => pending !== null };
}

describe('createPlayback', () => {
  it('play advances step by speed × seconds elapsed and stops at the last step', () => {
    const { p, advance, pending } = manual();
    p.last.value = 3;
    p.play();
    advance(100);
    expect(p.step.value).toBeCloseTo(1);
    expect(p.whole.value).toBe(1);
    advance(100);
    advance(100);
    expect(p.step.value).toBe(3);
    expect(p.playing.value).toBe(false);
    expect(pending()).toBe(false);
  });
  it('a frame after a long absence advances by at most 0.1 s', () => {
    const { p, advance } = manual();
    p.last.value = 100;
    p.play();
    advance(60_000);
    expect(p.step.value).toBeCloseTo(1);
  });
  it('stepBy moves from the step shown: paused at 2.6 (step 2), back gives 1 and forward 3', () => {
    const { p } = manual();
    p.last.value = 10;
    p.seek(2.6); // where a pause mid-frame leaves it
    expect(p.whole.value).toBe(2);
    p.stepBy(-1);
    expect(p.step.value).toBe(1);
    p.seek(2.6);
    p.stepBy(1);
    expect(p.step.value).toBe(3);
  });
  it('stepBy and seek pause and clamp to [0, last]; play from the end restarts', () => {
    const { p } = manual();
    p.last.value = 5;
    p.play();
    p.stepBy(-3);
    expect(p.playing.value).toBe(false);
    expect(p.step.value).toBe(0);
    p.seek(1e9);
    expect(p.step.value).toBe(5);
    p.play();
    expect(p.step.value).toBe(0);
    expect(p.playing.value).toBe(true);
    p.toggle();
    expect(p.playing.value).toBe(false);
  });
});
