/**
 * The map in words, for screen readers: the step shown and where each run is (its position and
 * value), or how it ended; while runs are computed, how far along that is.
 */
import { fmt, fmtInt, tr } from '../../i18n.js';
import { statusText } from '../../kit/run-end.js';
import type { LabRun } from '../../work/descents.js';

export function describeMap(
  runs: readonly LabRun[],
  step: number,
  last: number,
  computing: number | null,
): string {
  if (computing !== null) return tr('map-computing', { percent: fmtInt(Math.round(computing * 100)) });
  const k = Math.max(0, Math.floor(step));
  const parts = [tr('map-now', { k: fmtInt(k), n: fmtInt(last) })];
  for (const r of runs) {
    if (r.error) parts.push(tr('map-run-ended', { name: r.label, status: tr('lab-status-error') }));
    else if (k >= r.steps) parts.push(tr('map-run-ended', { name: r.label, status: statusText(r) }));
    if (r.error || r.points.length === 0) continue;
    const i = Math.min(k, r.points.length - 1);
    const p = r.points[i];
    parts.push(tr('map-run', { name: r.label, x: fmt(p[0], 3), y: fmt(p[1], 3), f: fmt(r.values[i], 4) }));
  }
  return parts.join(' ');
}
