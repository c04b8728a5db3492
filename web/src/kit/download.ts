/**
 * Saving files from the lab: text and blobs through a temporary link, CSV cells by the library's
 * one rule, the experiment as `descenso run` reads it, and an SVG figure rasterised to PNG (the
 * same figure — title, legend, colour bar, axes — not a bare canvas).
 */
import { textCell } from '../../../src/data/csv.js';
import { type Experiment, parseExperiment } from '../../../src/experiment/index.js';

/** Saves `content` as a file named `name` through a temporary link. */
export function saveBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // the download has started by the time this runs; the URL is only needed until then
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function saveText(name: string, text: string, type = 'text/plain'): void {
  saveBlob(name, new Blob([text], { type }));
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

/** The experiment as the schema writes it: what `descenso run` reads and the address carries. */
export function experimentJson(e: Experiment): string {
  return `${JSON.stringify(parseExperiment(JSON.parse(JSON.stringify(e))), null, 2)}\n`;
}

/** The size an SVG document declares on its root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1] ?? 640);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1] ?? 420);
  return { width, height };
}

/** The PNG pixels per SVG unit: crisp on high-density screens and in print. */
export const PNG_SCALE = 2;

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
    const ctx = c.getContext('2d');
    if (!ctx) return null;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, c.width, c.height);
    ctx.drawImage(img, 0, 0, c.width, c.height);
    return await new Promise((ok) => c.toBlob((b) => ok(b), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
