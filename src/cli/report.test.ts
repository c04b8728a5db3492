import { describe, expect, it } from 'vitest';
import type { DescendRun } from '../train/descend.js';
import type { HistoryEntry } from '../train/fit.js';
import { printedEpochs, printedRows } from './report.js';

/** A run of `rows` recorded rows over `steps` steps, the engine keeping every `k`-th. */
const run = (rows: number, steps: number, k?: number) =>
  ({
    points: Array.from({ length: rows }, (_, i) => [i]),
    steps,
    ...(k ? { recordEvery: k } : {}),
  }) as unknown as DescendRun;

describe('printedRows', () => {
  it('printedRows of an unthinned run: steps 0, N, 2N, … and the last', () => {
    expect(printedRows(run(11, 10), 4)).toEqual([
      [0, 0],
      [4, 4],
      [8, 8],
      [10, 10],
    ]);
    expect(printedRows(run(3, 2), 1)).toHaveLength(3);
  });

  it('printedRows of a run the engine kept every 3rd step of: each row at its step, the last at run.steps', () => {
    // record.every 3 over 10 steps keeps steps 0, 3, 6, 9 and 10.
    expect(printedRows(run(5, 10, 3), 3)).toEqual([
      [0, 0],
      [1, 3],
      [2, 6],
      [3, 9],
      [4, 10],
    ]);
    expect(printedRows(run(5, 10, 3), 6)).toEqual([
      [0, 0],
      [2, 6],
      [4, 10],
    ]);
  });
});

describe('printedEpochs', () => {
  const entry = (epoch: number) => ({ epoch, loss: 1 / (epoch + 1) }) as HistoryEntry;

  it('printedEpochs chooses by epoch, so a full or a thinned history print the same rows', () => {
    const full = Array.from({ length: 11 }, (_, i) => entry(i));
    const thinned = [0, 5, 10].map(entry);
    expect(printedEpochs({ history: full }, 5).map((h) => h.epoch)).toEqual([0, 5, 10]);
    expect(printedEpochs({ history: thinned }, 5).map((h) => h.epoch)).toEqual([0, 5, 10]);
    expect(printedEpochs({ history: full }, 4).map((h) => h.epoch)).toEqual([0, 4, 8, 10]);
  });
});
