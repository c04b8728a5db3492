import { describe, expect, it } from 'vitest';
import { cli } from '../../../src/cli/testing.js';
import { defaultExperiment, parseExperiment } from '../../../src/experiment/index.js';
import { preset, rangeFor, studyOn, variableOptions } from './presets.js';

/** The study `descenso sweep ARGS --format json` ran (the command's own experiment). */
async function commandStudy(args: string[]) {
  const out = await cli(['sweep', ...args, '--format', 'json']);
  expect(out.code).toBe(0);
  return JSON.parse(out.stdout).experiment;
}

describe('presets', () => {
  // the three commands, with one value per range so the command runs fast; the ranges are compared apart
  it("preset('peaks') is the study of the issue's first descenso sweep command", async () => {
    const s = preset('peaks');
    const cmd = await commandStudy([
      '--surface',
      'peaks',
      '--from=-0.35,-0.67',
      '--optimizer',
      'sgd,adam',
      '--vary',
      'lr=0.001:1:log:13',
      '--steps',
      '0',
      '--tol',
      '1e-6',
    ]);
    expect(parseExperiment({ ...s, base: { ...s.base, steps: 0 } })).toEqual(cmd);
  });

  it("preset('phase') is the study of the issue's phase-diagram command", async () => {
    const s = preset('phase');
    const cmd = await commandStudy([
      '--surface',
      'bowl-elongated',
      '--optimizer',
      'sgd',
      '--vary',
      'lr=0.001:0.2:lin:20',
      '--vary',
      'momentum=0:0.95:lin:20',
      '--steps',
      '0',
      '--tol',
      '1e-6',
    ]);
    expect(parseExperiment({ ...s, base: { ...s.base, steps: 0 } })).toEqual(cmd);
  });

  it("preset('seed') is the study of the issue's command on seed 004's data", async () => {
    const s = preset('seed');
    const cmd = await commandStudy([
      '--data',
      'linear',
      '--slope',
      '5',
      '--noise',
      '2',
      '--seed',
      '22',
      '--model',
      'linear',
      '--init',
      'w=10',
      '--optimizer',
      'sgd',
      '--vary',
      'lr=0.01:1:lin:2',
      '--epochs',
      '1',
      '--tol',
      '1e-9',
    ]);
    const mine = parseExperiment({
      ...s,
      base: { ...s.base, epochs: 1 },
      vary: [{ ...s.vary[0], count: 2 }],
    });
    expect(mine).toEqual(cmd);
  });

  it('studyOn(a descent without a stop rule) stops at its race tolerance and varies lr', () => {
    const s = studyOn({ ...defaultExperiment, view: { tolerance: 0.001, lang: 'es' } });
    expect(s.base).toMatchObject({ kind: 'descend', stop: { gradNorm: 0.001 } });
    expect(s.base).not.toHaveProperty('view');
    expect(s.vary).toEqual([rangeFor('lr')]);
  });

  it('variableOptions lists lr first, then the number options of the optimizers (no clipping, no switches)', () => {
    const s = preset('peaks');
    const keys = variableOptions(s);
    expect(keys[0]).toBe('lr');
    expect(keys).toContain('momentum');
    expect(keys).toContain('beta1');
    expect(keys).not.toContain('nesterov');
    expect(keys).not.toContain('clipNorm');
  });

  it('rangeFor(momentum) spans its slider, linearly', () => {
    expect(rangeFor('momentum')).toMatchObject({ option: 'momentum', from: 0, scale: 'lin' });
    expect(rangeFor('eps').scale).toBe('log');
  });
});
