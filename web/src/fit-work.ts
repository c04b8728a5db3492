/**
 * The regression lab's computation (run in the worker): the fit experiment through
 * `runExperiment`, and the loss as a function of the first parameter, the others held at the
 * first run's final values — each point one `fit` of zero epochs, so the loss is the library's.
 */
import { isDescensoError } from '../../src/errors.js';
import { type FitExperiment, type FitResult, runExperiment } from '../../src/experiment/index.js';
import { fit } from '../../src/train/fit.js';

export interface FitWork {
  result?: FitResult;
  curve?: { param: string; ws: number[]; losses: number[] };
  error?: { code: string; message: string; params?: unknown };
}

export function fitWork(e: FitExperiment): FitWork {
  try {
    const result = runExperiment(e) as FitResult;
    const first = result.runs[0];
    const param = first.paramNames[0];
    const final = first.params;
    const values = first.history
      .map((h) => h.params?.[param])
      .filter((v): v is number => typeof v === 'number');
    let lo = Math.min(...values, typeof final[param] === 'number' ? (final[param] as number) : 0);
    let hi = Math.max(...values, lo + 1e-9);
    const pad = Math.max((hi - lo) * 0.35, 0.5);
    lo -= pad;
    hi += pad;
    const ws: number[] = [];
    const losses: number[] = [];
    const n = 48;
    for (let i = 0; i <= n; i++) {
      const w = lo + ((hi - lo) * i) / n;
      const r = fit({
        model: e.model,
        data: result.data,
        loss: e.loss,
        epochs: 0,
        init: { ...final, [param]: w },
        dtype: e.dtype,
      });
      ws.push(w);
      losses.push(r.history[0].loss);
    }
    return { result, curve: { param, ws, losses } };
  } catch (err) {
    return {
      error: isDescensoError(err)
        ? { code: err.code, message: err.message, params: err.params }
        : { code: 'internal', message: String(err) },
    };
  }
}
