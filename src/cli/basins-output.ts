/**
 * What a basin map's Run prints as: per optimizer the share of starts each minimum attracts, the
 * JSON of issue 13 (`{ x, y, minima, labels, steps }`, or `maps` for several optimizers) and one
 * CSV line per start. `basins` and `run STUDY.json` both print through these.
 */
import { type Lang, t } from '../i18n/index.js';
import { formatNumber } from '../plot/scales.js';
import type { BasinsResult } from '../sweep/basins.js';

/** The JSON of the issue for one optimizer; with several, `maps` holds each one's labels and steps. */
export function basinsJson(r: BasinsResult) {
  const head = { x: r.x, y: r.y, minima: r.minima };
  if (r.maps.length === 1)
    return { ...head, optimizer: r.maps[0].optimizer, labels: r.maps[0].labels, steps: r.maps[0].steps };
  return { ...head, maps: r.maps.map((m) => ({ optimizer: m.optimizer, labels: m.labels, steps: m.steps })) };
}

/** Per optimizer: the share of starts each minimum attracts, those that diverged or did not settle, and the mean steps. */
export function basinsTable(r: BasinsResult, lang: Lang): string[] {
  const lines: string[] = [];
  const total = r.x.length * r.y.length;
  const pct = (k: number) => `${((100 * k) / total).toFixed(1)}%`;
  for (const m of r.maps) {
    lines.push(t(lang, 'basins-title', { optimizer: m.optimizer }));
    r.minima.forEach((p, k) => {
      const count = m.labels.filter((l) => l === k).length;
      lines.push(
        `  ${t(lang, 'basins-minimum', { index: k, x: formatNumber(p[0], 3), y: formatNumber(p[1], 3) })}: ${pct(count)}`,
      );
    });
    const diverged = m.statuses.filter((s) => s === 'diverged' || s === 'left-domain').length;
    const failed = m.labels.filter((l) => l < 0).length;
    lines.push(`  ${t(lang, 'sweep-diverged-cell', undefined)}: ${pct(diverged)}`);
    lines.push(`  ${t(lang, 'basins-not-converged', undefined)}: ${pct(failed - diverged)}`);
  }
  return lines;
}

/** One CSV line per start and optimizer: where it started, the minimum it reached, its steps. */
export function basinsCsv(r: BasinsResult): string {
  const n = r.x.length;
  const lines = ['optimizer,x,y,label,steps,status'];
  for (const m of r.maps)
    for (let i = 0; i < m.labels.length; i++)
      lines.push(
        [m.optimizer, r.x[i % n], r.y[Math.floor(i / n)], m.labels[i], m.steps[i], m.statuses[i]].join(','),
      );
  return `${lines.join('\n')}\n`;
}
