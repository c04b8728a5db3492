/**
 * Every export of the lab in one place: SVG and PNG of any view, the experiment as the JSON
 * `descenso run` reads, tables as CSV. A view's SVG is the core's view function (src/plot/views,
 * what `--plot` draws) and its PNG is that SVG rasterised here, the whole figure with its axes,
 * legend and colour bar, not the bare canvas. The labs only say what a view is; the buttons, file
 * names and formats live here.
 */
import { textCell } from '../../src/data/csv.js';
import type { Experiment } from '../../src/experiment/index.js';
import { parseExperiment } from '../../src/experiment/index.js';
import { type XYMark, xyChart } from '../../src/plot/xy.js';
import type { ChartSpec, LineChart } from './chart.js';
import { download, h } from './dom.js';
import { getLang, tr } from './i18n.js';

/** A view that can be saved as a picture: its SVG (a core view), rasterised for the PNG. */
export interface ExportableView {
  /** Prefix of the buttons' ids (`<id>-png`, `<id>-svg`) and of the file names. */
  id: string;
  /** What the view shows, for the buttons' accessible names. */
  title: () => string;
  svg: () => string;
  /**
   * Canvases to save as they are instead (bottom first), when the view has no SVG form at the
   * moment (the 3-D view); null or absent: the SVG is rasterised.
   */
  canvases?: () => HTMLCanvasElement[] | null;
}

/** The PNG pixels per SVG unit: crisp on high-density screens and in print. */
const PNG_SCALE = 2;

/** The size an SVG document declares on its root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1] ?? 640);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1] ?? 420);
  return { width, height };
}

/** An SVG drawn into an image and onto a white canvas: the figure as a PNG. */
export async function svgToPng(svg: string, scale = PNG_SCALE): Promise<Blob | null> {
  if (!svg) return null;
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = Math.round(width * scale);
    c.height = Math.round(height * scale);
    const ctx = c.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, c.width, c.height);
    ctx.drawImage(img, 0, 0, c.width, c.height);
    return await new Promise((ok) => c.toBlob((b) => ok(b), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The canvases stacked into one PNG (they share one size: the first one's). */
export function canvasesToPng(canvases: HTMLCanvasElement[]): Promise<Blob | null> {
  const first = canvases[0];
  if (!first) return Promise.resolve(null);
  const c = document.createElement('canvas');
  c.width = first.width;
  c.height = first.height;
  const ctx = c.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, c.width, c.height);
  for (const layer of canvases) ctx.drawImage(layer, 0, 0, c.width, c.height);
  return new Promise((ok) => c.toBlob((b) => ok(b), 'image/png'));
}

export async function savePng(view: ExportableView): Promise<void> {
  const canvases = view.canvases?.();
  const blob = canvases ? await canvasesToPng(canvases) : await svgToPng(view.svg());
  if (blob) download(`descenso-${view.id}.png`, blob);
}

export function saveSvg(view: ExportableView): void {
  download(`descenso-${view.id}.svg`, view.svg(), 'image/svg+xml');
}

/** The small PNG · SVG buttons shown in a view's head. */
export function exportButtons(view: ExportableView): HTMLElement {
  const title = view.title();
  return h(
    'span',
    { class: 'view-export' },
    h(
      'button',
      {
        type: 'button',
        id: `${view.id}-png`,
        class: 'small-button',
        title: tr('lab-export-view', { format: 'PNG', view: title }),
        'aria-label': tr('lab-export-view', { format: 'PNG', view: title }),
        onclick: () => void savePng(view),
      },
      'PNG',
    ),
    h(
      'button',
      {
        type: 'button',
        id: `${view.id}-svg`,
        class: 'small-button',
        title: tr('lab-export-view', { format: 'SVG', view: title }),
        'aria-label': tr('lab-export-view', { format: 'SVG', view: title }),
        onclick: () => saveSvg(view),
      },
      'SVG',
    ),
  );
}

/** A view's heading with its export buttons beside it. */
export function viewHead(view: ExportableView, ...extra: (Node | null)[]): HTMLElement {
  return h('div', { class: 'chart-head' }, h('h2', null, view.title()), ...extra, exportButtons(view));
}

/** The experiment as the schema writes it: what `descenso run` reads and the address carries. */
export function experimentJson(e: Experiment): string {
  return `${JSON.stringify(parseExperiment(JSON.parse(JSON.stringify(e))), null, 2)}\n`;
}

export function saveExperiment(e: Experiment): string {
  const text = experimentJson(e);
  download('descenso-experiment.json', text, 'application/json');
  return text;
}

/** One CSV cell: numbers as JavaScript prints them (round-trip exact), text by the library's one rule. */
export function csvCell(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (v === undefined || v === null) return '';
  return textCell(typeof v === 'string' ? v : JSON.stringify(v), ',');
}

export function csvText(header: readonly string[], rows: Iterable<readonly unknown[]>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const r of rows) lines.push(r.map(csvCell).join(','));
  return `${lines.join('\n')}\n`;
}

export function saveCsv(name: string, header: readonly string[], rows: Iterable<readonly unknown[]>): string {
  const text = csvText(header, rows);
  download(name, text, 'text/csv');
  return text;
}

/**
 * A canvas chart's spec as an SVG chart of src/plot: lines stay lines, dots become points, log
 * axes stay log. Fixed ranges are kept by letting only the range's corners set the axes.
 */
export function chartSvg(spec: ChartSpec, title: string, size = { width: 640, height: 420 }): string {
  const fixed = spec.xRange !== undefined || spec.yRange !== undefined;
  const marks: XYMark[] = [];
  for (const s of spec.series) {
    const n = s.ys.length;
    const xs = Array.from({ length: n }, (_v, i) => (s.xs ? s.xs[i] : i));
    const ys = Array.from(s.ys);
    if (!s.noLine)
      marks.push({
        kind: 'line',
        name: s.name,
        x: xs,
        y: ys,
        color: s.color,
        width: s.width ?? 1.6,
        dash: s.dash ? '--' : undefined,
        markers: s.dots,
        domain: !fixed,
      });
    else
      marks.push({
        kind: 'points',
        name: s.name,
        x: xs,
        y: ys,
        color: s.color,
        radius: 3,
        domain: !fixed,
      });
  }
  if (fixed) {
    const all = marks.filter((m) => m.domain === false);
    const span = (pick: (m: XYMark) => readonly number[]): [number, number] => {
      let lo = Infinity;
      let hi = -Infinity;
      for (const m of all)
        for (const v of pick(m)) if (Number.isFinite(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
      return lo <= hi ? [lo, hi] : [0, 1];
    };
    const [x0, x1] = spec.xRange ?? span((m) => m.x);
    const [y0, y1] = spec.yRange ?? span((m) => m.y);
    marks.push({ kind: 'points', x: [x0, x1], y: [y0, y1], color: '#ffffff', radius: 0, opacity: 0 });
  }
  return xyChart({
    marks,
    xScale: spec.logX ? 'log' : 'linear',
    yScale: spec.logY ? 'log' : 'linear',
    title,
    description: title,
    xLabel: spec.xLabel,
    yLabel: spec.yLabel,
    width: size.width,
    height: size.height,
    legend: marks.some((m) => m.name) ? 'best' : 'none',
    grid: true,
    lang: getLang(),
  });
}

/** A canvas line chart as an exportable view (its spec drawn by src/plot, for charts no core view draws). */
export function chartView(id: string, chart: LineChart, title: () => string): ExportableView {
  return { id, title, svg: () => chartSvg(chart.current, title()) };
}

/** "Import JSON…": a labelled file picker that hands the file's text to `onText`. */
export function importButton(id: string, onText: (text: string) => void): HTMLElement[] {
  const input = h('input', { type: 'file', accept: 'application/json,.json', class: 'sr', id });
  input.addEventListener('change', () => {
    const f = input.files?.[0];
    if (f) void f.text().then(onText);
    input.value = '';
  });
  return [
    h(
      'label',
      {
        for: id,
        class: 'button',
        tabindex: '0',
        role: 'button',
        onkeydown: (ev: KeyboardEvent) => {
          if (ev.key === 'Enter' || ev.key === ' ') {
            ev.preventDefault();
            input.click();
          }
        },
      },
      tr('lab-import-json'),
    ),
    input,
  ];
}
