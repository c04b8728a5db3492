import { describe, expect, it } from 'vitest';
import { Progress, withProgress } from './progress.js';

function clockIo(isTTY: boolean) {
  const err: string[] = [];
  let now = 0;
  return {
    io: { isTTY, stderr: (t: string) => void err.push(t) },
    err,
    tick: (ms: number) => (now += ms),
    now: () => now,
  };
}

describe('Progress', () => {
  it('Progress never writes when stderr is not a terminal', () => {
    const c = clockIo(false);
    const bar = new Progress(c.io, 'run', 4, { now: c.now });
    c.tick(5000);
    bar.tick(1);
    bar.finish();
    expect(c.err).toEqual([]);
  });

  it('Progress stays silent for work that will end within a second', () => {
    const c = clockIo(true);
    const bar = new Progress(c.io, 'run', 4, { now: c.now });
    c.tick(100);
    bar.tick(1);
    bar.finish();
    expect(c.err).toEqual([]);
  });

  it('Progress draws once the work promises to take over a second, then wipes its line', () => {
    const c = clockIo(true);
    const bar = new Progress(c.io, 'run', 4, { now: c.now, width: 8 });
    c.tick(400);
    bar.tick(1); // 400 ms per unit: 1.6 s expected
    expect(c.err).toEqual(['\rrun ██░░░░░░ 1/4 25%']);
    bar.tick(2);
    bar.finish();
    expect(c.err.slice(1)).toEqual(['\rrun ████░░░░ 2/4 50%', '\r\x1b[K']);
  });

  it('withProgress returns the results in order and clears the bar even when the work throws', () => {
    const c = clockIo(true);
    expect(withProgress(c.io, 'x', [1, 2, 3], (v) => v * 2, { now: c.now })).toEqual([2, 4, 6]);
    const failing = () =>
      withProgress(
        c.io,
        'x',
        [1, 2],
        (v) => {
          c.tick(2000);
          if (v === 2) throw new Error('boom');
          return v;
        },
        { now: c.now },
      );
    expect(failing).toThrow('boom');
    expect(c.err[c.err.length - 1]).toBe('\r\x1b[K');
  });
});
