/**
 * What the lab says in words at the epoch shown: each run's parameters (a network's weights are
 * counted, not listed), its status, and the text alternative of the canvases — the epoch, each
 * run's loss, parameters and status — that a screen reader reads instead of the pictures.
 * Reads the language signal through tr/fmt, so a component calling these follows it.
 */
import type { FitOutcome } from '../../../src/experiment/index.js';
import { fmt, fmtInt, tr } from '../i18n.js';
import type { ModelInfo } from './model-info.js';

/** A run's parameters after history entry k: "a = 0,349, b = 0,443", or "25 pesos" for a network. */
export function paramsText(run: FitOutcome, k: number, model: ModelInfo): string {
  if (model.random) return tr('rg-params-count', { n: fmtInt(model.size) });
  const h = run.history;
  const p = h[Math.max(0, Math.min(k, h.length - 1))]?.params;
  if (!p) return '';
  return run.paramNames
    .map((n) => {
      const v = p[n];
      return typeof v === 'number' ? `${n} = ${fmt(v, 6)}` : null;
    })
    .filter((s) => s !== null)
    .join(', ');
}

/** A run's name in the user's language: its optimizer's label and, beside other regimes, its regime's. */
export function runLabel(run: Pick<FitOutcome, 'optimizer' | 'regime'>, regimes: number): string {
  const name = run.optimizer.label ?? run.optimizer.name;
  return regimes > 1 ? `${name} (${tr(`lab-regime-${run.regime}`)})` : name;
}

/** A run's status in words: ran every epoch, converged, diverged at epoch k, or could not run. */
export function statusText(run: Pick<FitOutcome, 'status' | 'divergedAt'>): string {
  if (run.status === 'diverged') return tr('lab-status-diverged-epoch', { k: fmtInt(run.divergedAt ?? 0) });
  if (run.status === 'error') return tr('lab-status-error');
  return tr(run.status === 'converged' ? 'rg-status-converged' : 'rg-status-max-steps');
}

/** The canvases in words at history entry k (the `aria-describedby` of the figures). */
export function describeEpoch(runs: readonly FitOutcome[], k: number, model: ModelInfo, regimes = 1): string {
  const parts = runs.map((r) => {
    const h = r.history;
    const at = h[Math.max(0, Math.min(k, h.length - 1))];
    return tr('rg-describe-run', {
      name: runLabel(r, regimes),
      loss: at ? fmt(at.loss, 6) : '—',
      params: paramsText(r, k, model),
      status: statusText(r),
    });
  });
  return tr('rg-describe', { epoch: fmtInt(k), runs: parts.join(' ') });
}
