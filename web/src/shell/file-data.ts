/**
 * Uploaded data too large for the address: kept in this tab (memory, and sessionStorage when it
 * fits) and marked in the address as `data=file`. A shared link does not carry it; a reload of
 * the same tab finds it again.
 */
import type { Experiment } from '../../../src/experiment/index.js';
import { MAX_CSV_ROWS } from '../kit/limits.js';

export const SESSION_DATA = 'descenso-lab-data';

export interface XY {
  x: number[];
  y: number[];
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface FileData {
  /** Keeps `x`, `y` (the same arrays again cost nothing). */
  keep(x: number[], y: number[]): void;
  /** The data kept in memory, else the stored one if it is usable, else null. */
  stored(): XY | null;
}

const numbers = (a: unknown): a is number[] =>
  Array.isArray(a) && a.length <= MAX_CSV_ROWS && a.every((n) => typeof n === 'number' && Number.isFinite(n));

export function createFileData(storage: Store | null): FileData {
  let kept: XY | null = null;
  return {
    keep(x, y) {
      if (kept?.x === x && kept.y === y) return;
      kept = { x, y };
      try {
        storage?.setItem(SESSION_DATA, JSON.stringify(kept));
      } catch {
        // over the storage quota: kept in memory only, for as long as the page lives
        storage?.removeItem(SESSION_DATA);
      }
    },
    stored() {
      if (kept) return kept;
      try {
        const d = JSON.parse(storage?.getItem(SESSION_DATA) ?? 'null') as { x?: unknown; y?: unknown } | null;
        if (d && numbers(d.x) && numbers(d.y) && d.x.length === d.y.length && d.x.length > 0)
          return { x: d.x, y: d.y };
      } catch {
        /* nothing usable stored */
      }
      return null;
    },
  };
}

/**
 * `data=file` applied: the fit's data from this tab's upload. What cannot be applied (another
 * mark, not a fit, nothing stored) is named in `errors` (already translated by `say`).
 */
export function withFileData(
  e: Experiment,
  view: Map<string, string>,
  data: FileData,
  errors: string[],
  say: { setting(s: string): string; missing(): string },
): Experiment {
  const mark = view.get('data');
  if (mark === undefined) return e;
  if (mark !== 'file' || e.kind !== 'fit') {
    errors.push(say.setting(`data=${mark.slice(0, 60)}`));
    return e;
  }
  const d = data.stored();
  if (!d) {
    errors.push(say.missing());
    return e;
  }
  return { ...e, data: { ...e.data, x: d.x, y: d.y } };
}
