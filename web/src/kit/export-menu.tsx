/**
 * A view's export buttons: SVG and PNG of the same figure (the core view's SVG, rasterised in the
 * browser for the PNG — title, legend, colour bar and axes included, never the bare canvas), and,
 * when the view has them, its data as CSV and the experiment as JSON. Ids are `<name>-svg`,
 * `<name>-png`, `<name>-csv`, `<name>-json` (the e2e suite clicks #surface-map-svg), file names
 * `descenso-<name>.<ext>`; `ids` and `files` override either per format.
 */
import type { JSX } from 'preact';
import { tr } from '../i18n.js';
import { saveBlob, saveText, svgToPng } from './download.js';

type Format = 'svg' | 'png' | 'csv' | 'json';

export interface ExportMenuProps {
  /** Prefix of the ids and of the file names. */
  name: string;
  /** What the view shows, for the buttons' accessible names ("Save <title> as PNG"). */
  title: string;
  svg?: () => string;
  csv?: () => string;
  json?: () => string;
  /** An id other than `<name>-<format>` (e.g. the experiment JSON's #export-json). */
  ids?: Partial<Record<Format, string>>;
  /** A file name other than `descenso-<name>.<format>`. */
  files?: Partial<Record<Format, string>>;
  /** Visible text for the CSV and JSON buttons (default "CSV", "JSON"). */
  labels?: Partial<Record<Format, string>>;
}

const TYPES: Record<Format, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  csv: 'text/csv',
  json: 'application/json',
};

/** Saves one format of the view; resolves when the file has been handed to the browser. */
export async function exportAs(p: ExportMenuProps, format: Format): Promise<void> {
  const file = p.files?.[format] ?? `descenso-${p.name}.${format}`;
  if (format === 'png') {
    const blob = p.svg ? await svgToPng(p.svg()) : null;
    if (blob) saveBlob(file, blob);
    return;
  }
  const make = format === 'svg' ? p.svg : format === 'csv' ? p.csv : p.json;
  if (make) saveText(file, make(), TYPES[format]);
}

export function ExportMenu(p: ExportMenuProps): JSX.Element {
  const formats: Format[] = [];
  if (p.svg) formats.push('svg', 'png');
  if (p.csv) formats.push('csv');
  if (p.json) formats.push('json');
  return (
    <span class="view-export">
      {formats.map((f) => {
        const label = tr('lab-export-view', { format: f.toUpperCase(), view: p.title });
        return (
          <button
            key={f}
            type="button"
            id={p.ids?.[f] ?? `${p.name}-${f}`}
            class="small-button"
            title={label}
            aria-label={label}
            onClick={() => void exportAs(p, f)}
          >
            {p.labels?.[f] ?? f.toUpperCase()}
          </button>
        );
      })}
    </span>
  );
}
