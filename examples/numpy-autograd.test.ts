import { describe, expect, it } from 'vitest';
import { NUMPY_LOG, TORCH_LOG } from '../src/tutorials/printed-logs.js';
import { runExample } from './lib/run-example.js';

describe('examples/numpy-autograd.ts', () => {
  it('npx tsx examples/numpy-autograd.ts prints both tutorial logs line for line', () => {
    expect(runExample('numpy-autograd')).toEqual([...NUMPY_LOG, '', ...TORCH_LOG]);
  });
});
