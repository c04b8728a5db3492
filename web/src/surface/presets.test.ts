import { describe, expect, it } from 'vitest';
import { parseExperiment, run } from '../../../src/experiment/index.js';
import { peaksByHand, peaksKeras } from '../../../src/tutorials/peaks.js';
import { viewOf } from './experiment.js';
import { presetById, surfacePresets } from './presets.js';

describe('surface presets', () => {
  it('every preset is an experiment the schema takes as it is', () => {
    for (const p of surfacePresets)
      expect(parseExperiment(JSON.parse(JSON.stringify(p.experiment)))).toBeDefined();
  });

  it('tutorial-000 walks the tutorial’s six points, bit for bit, and draws its picture: tutorial style, coolwarm, 30 levels, [−3, 3]²', () => {
    const e = presetById('tutorial-000')!.experiment;
    expect(run(e).runs[0].points).toEqual(peaksByHand());
    expect(viewOf(e)).toMatchObject({
      style: 'tutorial',
      cmap: 'coolwarm',
      levels: 30,
      domain: [
        [-3, 3],
        [-3, 3],
      ],
    });
  });

  it('tutorial-000-modern is the same run in the modern view', () => {
    const e = presetById('tutorial-000-modern')!.experiment;
    expect(run(e).runs[0].points).toEqual(peaksByHand());
    expect(viewOf(e).style).toBe('modern');
  });

  it('tutorial-000-keras gives the tutorial’s Keras float32 points (within TensorFlow’s float32 exp and pow, 1e-6)', () => {
    const e = presetById('tutorial-000-keras')!.experiment;
    const points = run(e).runs[0].points;
    const keras = peaksKeras();
    expect(points).toHaveLength(keras.length);
    points.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(keras[i][0], 6);
      expect(p[1]).toBeCloseTo(keras[i][1], 6);
    });
  });
});
