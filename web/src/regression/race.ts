/**
 * The regression race: one row per run (optimizer × regime) with its status, its loss at the
 * epoch shown and at the end, and the epochs it took to settle — the first epoch whose loss
 * changed by at most `tol`·max(1, |loss|) from the one before, the rule of the fit's own
 * `--tol` (StopRule.tolerance), so the table and the CLI agree on what "settled" means. DOM-free.
 */
import type { FitOutcome } from '../../../src/experiment/index.js';
import type { Regime } from '../../../src/train/fit-types.js';

export interface RaceRow {
  /** Index of the run in the result (its colour). */
  run: number;
  /** Index of its optimizer in the experiment (the card that edits it). */
  optimizer: number;
  label: string;
  optimizerEntry: FitOutcome['optimizer'];
  regime: Regime;
  status: FitOutcome['status'];
  /** The loss at the epoch shown (the last one recorded when the run ended earlier). */
  loss: number;
  finalLoss: number;
  /** First epoch within tolerance, or null when none is. */
  settled: number | null;
  divergedAt?: number;
  error?: FitOutcome['error'];
}

/** The first recorded epoch whose loss changed by at most tol·max(1, |loss|) since the previous record. */
export function epochsToTolerance(
  history: readonly { epoch: number; loss: number }[],
  tol: number,
): number | null {
  for (let k = 1; k < history.length; k++) {
    const a = history[k - 1].loss;
    const b = history[k].loss;
    if (Number.isFinite(b) && Math.abs(b - a) <= tol * Math.max(1, Math.abs(b))) return history[k].epoch;
  }
  return null;
}

/** The race's rows at history index `k`, runs in the result's order (optimizers × regimes). */
export function raceRows(runs: readonly FitOutcome[], regimes: number, tol: number, k: number): RaceRow[] {
  return runs.map((r, i) => {
    const h = r.history;
    const at = h[Math.max(0, Math.min(k, h.length - 1))];
    const row: RaceRow = {
      run: i,
      optimizer: Math.floor(i / Math.max(1, regimes)),
      label: r.label,
      optimizerEntry: r.optimizer,
      regime: r.regime,
      status: r.status,
      loss: at?.loss ?? Number.NaN,
      finalLoss: h.at(-1)?.loss ?? Number.NaN,
      settled: r.status === 'error' ? null : epochsToTolerance(h, tol),
    };
    if (r.divergedAt !== undefined) row.divergedAt = r.divergedAt;
    if (r.error) row.error = r.error;
    return row;
  });
}
