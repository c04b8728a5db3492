import { describe, expect, it } from 'vitest';
import type { DescendExperiment } from '../../../src/experiment/index.js';
import { descentsOf, type LabRun } from './descents.js';
import { flatPoints, packRuns, unpackRuns } from './packed.js';
import { handle, type WorkAnswer } from './protocol.js';

const peaks: DescendExperiment = {
  kind: 'descend',
  version: 1,
  surface: 'peaks',
  start: [-0.35, -0.67],
  steps: 40,
  optimizers: [
    { name: 'sgd', options: { lr: 0.03 } },
    { name: 'adam', options: { lr: 0.1 } },
  ],
};

describe('packRuns / unpackRuns', () => {
  it('unpackRuns(packRuns(runs)) gives the runs back, equal to run()’s', () => {
    const runs = descentsOf(peaks);
    expect(unpackRuns(packRuns(runs).runs)).toEqual(runs);
  });

  it('packRuns keeps NaN, infinities and −0 (a diverged run’s last rows) and an errored run’s empty rows', () => {
    const odd: LabRun = {
      ...descentsOf(peaks)[0],
      points: [
        [0, -0],
        [Number.POSITIVE_INFINITY, Number.NaN],
      ],
      values: [-0, Number.NEGATIVE_INFINITY],
      gradNorms: [1, Number.NaN],
    };
    const empty: LabRun = { ...odd, points: [], values: [], gradNorms: [] };
    const back = unpackRuns(packRuns([odd, empty]).runs);
    expect(back[0].points).toEqual(odd.points);
    expect(Object.is(back[0].points[0][1], -0)).toBe(true);
    expect(back[0].values).toEqual(odd.values);
    expect(back[0].gradNorms).toEqual(odd.gradNorms);
    expect(back[1].points).toEqual([]);
  });

  it('packRuns lists each run’s three buffers for transfer; the unpacked run keeps its flat points', () => {
    const packed = packRuns(descentsOf(peaks));
    expect(packed.transfer).toHaveLength(6);
    expect(packed.transfer).toContain(packed.runs[1].points.buffer);
    const back = unpackRuns(packed.runs);
    const flat = flatPoints(back[1])!;
    expect(flat.dims).toBe(2);
    expect([flat.points[2 * 7], flat.points[2 * 7 + 1]]).toEqual(back[1].points[7]);
    // a run made on this thread has none: the map reads its plain points
    expect(flatPoints(descentsOf(peaks)[0])).toBeUndefined();
  });

  it('handle(long descent) posts its preview and its full runs packed, their buffers transferred', async () => {
    const sent: { a: WorkAnswer; transfer: ArrayBuffer[] }[] = [];
    await handle({ id: 1, experiment: peaks, preview: 10 }, (a, transfer = []) => sent.push({ a, transfer }));
    const runs = sent.filter((s) => s.a.type !== 'progress');
    expect(runs.map((s) => s.a.type)).toEqual(['partial', 'done']);
    for (const s of runs) expect(s.transfer).toHaveLength(3 * peaks.optimizers.length);
    const done = runs[1].a as { runs: Parameters<typeof unpackRuns>[0] };
    expect(unpackRuns(done.runs)).toEqual(descentsOf(peaks));
  });
});
