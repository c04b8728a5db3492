import { describe, expect, it } from 'vitest';
import { processIO } from './io.js';
import { main } from './main.js';
import { Progress, withProgress } from './progress.js';
import { cli } from './testing.js';

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
    c.tick(100);
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

/** A clock that moves `ms` every time it is read: each step of a run then "takes" that long. */
function slowClock(ms: number) {
  let now = 0;
  return () => (now += ms);
}

/** The bar's frames in what was written to stderr: [done, total] of each redraw. */
function frames(stderr: string): [number, number][] {
  return [...stderr.matchAll(/\r\w+ [█░]+ (\d+)\/(\d+) \d+%/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('progress within one run', () => {
  it('descend --steps 2000 on a terminal moves the bar during the run, throttled, then wipes it', async () => {
    const r = await cli(['descend', '--surface', 'peaks', '--steps', '2000', '--format', 'json'], {
      isTTY: true,
      now: slowClock(5),
    });
    expect(r.code).toBe(0);
    const f = frames(r.stderr);
    // One run of 2000 steps at 5 ms each: the bar appears after 200 ms and redraws every 100 ms.
    expect(f.length).toBeGreaterThan(10);
    expect(f.length).toBeLessThan(200);
    expect(f.every(([, total]) => total === 2000)).toBe(true);
    expect(f.some(([done]) => done > 0 && done < 2000)).toBe(true);
    for (let i = 1; i < f.length; i++) expect(f[i][0]).toBeGreaterThan(f[i - 1][0]);
    expect(f[f.length - 1][0]).toBe(2000);
    expect(r.stderr.endsWith('\r\x1b[K')).toBe(true);
    // stdout keeps only the result.
    expect(JSON.parse(r.stdout).runs[0].steps).toBe(2000);
  });

  it('descend with two optimizers counts both runs on one bar', async () => {
    const r = await cli(
      ['descend', '--surface', 'peaks', '--steps', '500', '--optimizer', 'sgd,adam', '--format', 'json'],
      { isTTY: true, now: slowClock(5) },
    );
    const f = frames(r.stderr);
    expect(f.every(([, total]) => total === 1000)).toBe(true);
    expect(f.some(([done]) => done > 500 && done < 1000)).toBe(true);
  });

  it('fit --epochs 1000 on a terminal moves the bar epoch by epoch', async () => {
    const r = await cli(['fit', '--points', '20', '--epochs', '1000', '--format', 'json'], {
      isTTY: true,
      now: slowClock(5),
    });
    expect(r.code).toBe(0);
    const f = frames(r.stderr);
    expect(f.some(([done, total]) => total === 1000 && done > 0 && done < 1000)).toBe(true);
    expect(r.stderr.endsWith('\r\x1b[K')).toBe(true);
  });

  it('a run that ends within a second draws nothing, even on a terminal', async () => {
    // 300 steps at 1 ms: 0.3 s in all.
    const r = await cli(['descend', '--surface', 'peaks', '--steps', '300'], {
      isTTY: true,
      now: slowClock(1),
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('a long run writes no bar when stderr is not a terminal', async () => {
    const r = await cli(['descend', '--surface', 'peaks', '--steps', '2000'], { now: slowClock(5) });
    expect(r.stderr).toBe('');
  });

  it('processIO on a fake TTY stream: the bar goes to that stream, the table to stdout', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = processIO(
      {
        stdout: { write: (s: string) => out.push(s) },
        stderr: { write: (s: string) => err.push(s), isTTY: true },
      },
      slowClock(5),
    );
    expect(io.isTTY).toBe(true);
    const code = await main(['descend', '--surface', 'peaks', '--steps', '1000', '--lang', 'en'], io);
    expect(code).toBe(0);
    expect(frames(err.join('')).length).toBeGreaterThan(5);
    expect(out.join('')).toContain('step');
    expect(out.join('')).not.toContain('█');
  });
});
