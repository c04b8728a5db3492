import { describe, expect, it } from 'vitest';
import { isDescensoError } from '../errors.js';
import type { Experiment } from '../experiment/types.js';
import { exportScript, exportTargets } from './index.js';

const descent: Experiment = {
  kind: 'descend',
  version: 2,
  surface: 'peaks',
  steps: 3,
  optimizers: [{ name: 'sgd', options: { lr: 0.03 } }],
};

describe('exportScript(experiment, target)', () => {
  it('writes a script for every target', () => {
    for (const t of exportTargets)
      expect(exportScript(descent, t).startsWith('#!/usr/bin/env python3\n')).toBe(true);
  });

  it('refuses an unknown target and an experiment the schema refuses, as DescensoErrors', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isDescensoError(e) ? e.code : 'not a DescensoError';
      }
      return 'no error';
    };
    expect(code(() => exportScript(descent, 'matlab' as never))).toBe('export-unknown-target');
    expect(code(() => exportScript({ ...descent, steps: -1 }, 'numpy'))).toBe('experiment-invalid');
  });
});
