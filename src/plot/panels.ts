/**
 * panels: several finished charts in one SVG, in a grid (side by side by default, stacked with
 * `columns: 1`) — e.g. the contour map beside the value-vs-step chart of the same run.
 */
import { DescensoError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { showValue } from '../text.js';
import { label } from './labels.js';
import { FONT, num, svgDocument, text } from './svg.js';

export interface PanelsOptions {
  /** Charts per row; default all in one row. */
  columns?: number;
  /** Space between charts in px. */
  gap?: number;
  /** A title over the whole figure. */
  title?: string;
  lang?: Lang;
}

export const panelsDefaults = { gap: 0, titleSize: FONT.title + 2, lang: 'en' as Lang };

const ROOT = /^\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="([\d.]+)" height="([\d.]+)"/;

/** A chart's own size, read from its root element. */
function sizeOf(svg: string, i: number): { width: number; height: number } {
  const m = ROOT.exec(svg);
  if (!m) throw new DescensoError('plot-bad-input', { what: 'panel', value: String(i + 1) });
  return { width: Number(m[1]), height: Number(m[2]) };
}

/**
 * Ids must stay unique in the combined document: every chart names its clip path the same, so
 * each panel's ids and references get a panel prefix. Only attribute values are touched (text
 * content cannot contain `="`, which escaping turns into `=&quot;`).
 */
function prefixIds(svg: string, prefix: string): string {
  return svg
    .replace(/ id="/g, ` id="${prefix}`)
    .replace(/="url\(#/g, `="url(#${prefix}`)
    .replace(/href="#/g, `href="#${prefix}`);
}

/** The charts laid out in a grid, as one SVG string. */
export function panels(charts: readonly string[], options: PanelsOptions = {}): string {
  if (!Array.isArray(charts) || !charts.every((c) => typeof c === 'string'))
    throw new DescensoError('plot-bad-input', { what: 'panels', value: showValue(charts) });
  const badOptions = () =>
    new DescensoError('plot-bad-input', { what: 'panels-options', value: showValue(options) });
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw badOptions();
  for (const k of ['columns', 'gap', 'titleSize'] as const) {
    const v = (options as Record<string, unknown>)[k];
    if (v !== undefined && !(typeof v === 'number' && Number.isFinite(v) && v >= 0)) throw badOptions();
  }
  const o = { ...panelsDefaults, ...options };
  if (charts.length === 0) throw new DescensoError('plot-bad-input', { what: 'panels', value: '[]' });
  const columns = Math.max(1, Math.min(charts.length, Math.floor(o.columns ?? charts.length)));
  const sizes = charts.map(sizeOf);
  const rows = Math.ceil(charts.length / columns);
  const colW = Array.from({ length: columns }, (_, c) =>
    Math.max(...sizes.filter((_, i) => i % columns === c).map((s) => s.width)),
  );
  const rowH = Array.from({ length: rows }, (_, r) =>
    Math.max(...sizes.filter((_, i) => Math.floor(i / columns) === r).map((s) => s.height)),
  );
  const top = o.title ? o.titleSize + 16 : 0;
  const width = colW.reduce((a, b) => a + b, 0) + o.gap * (columns - 1);
  const height = top + rowH.reduce((a, b) => a + b, 0) + o.gap * (rows - 1);
  const placed = charts.map((svg, i) => {
    const c = i % columns;
    const r = Math.floor(i / columns);
    const x = colW.slice(0, c).reduce((a, b) => a + b, 0) + o.gap * c;
    const y = top + rowH.slice(0, r).reduce((a, b) => a + b, 0) + o.gap * r;
    // A nested <svg> keeps the chart's own viewBox, font and clipping; the namespace is inherited.
    return prefixIds(svg.trim(), `p${i + 1}-`).replace(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
      `<svg x="${num(x)}" y="${num(y)}"`,
    );
  });
  const heading = o.title
    ? text(width / 2, 10 + o.titleSize * 0.8, o.title, {
        class: 'suptitle',
        'text-anchor': 'middle',
        'font-size': o.titleSize,
      })
    : '';
  return svgDocument(width, height, o.title || label(o.lang, 'plot-figure'), heading + placed.join(''));
}
