/**
 * SVG → PNG through resvg (Node only). Kept out of index.ts so that a browser bundle of the plot
 * module never pulls in the native renderer.
 */
import { Resvg } from '@resvg/resvg-js';
import { DescensoError } from '../errors.js';

export interface PngOptions {
  /** Output width in px (height follows the aspect ratio). Wins over `scale`. */
  width?: number;
  /** Zoom factor over the SVG's own size; default 1. Use 2 for crisp figures on high-DPI screens. */
  scale?: number;
  /** Background painted under transparent areas; default white. */
  background?: string;
}

export const pngDefaults = {
  scale: 1,
  background: '#ffffff',
  /** Installed with fontconfig on most Linux systems; the charts ask for it first. */
  fontFamily: 'DejaVu Sans',
};

/** Renders an SVG document to PNG bytes. Malformed SVG is a DescensoError('plot-bad-input'). */
export function svgToPng(svg: string, options: PngOptions = {}): Uint8Array {
  const o = { ...pngDefaults, ...options };
  if (o.width !== undefined && !(Number.isFinite(o.width) && o.width > 0)) {
    throw new DescensoError('plot-bad-input', { what: 'png-width', value: String(o.width) });
  }
  if (!(Number.isFinite(o.scale) && o.scale > 0)) {
    throw new DescensoError('plot-bad-input', { what: 'png-scale', value: String(o.scale) });
  }
  let renderer: Resvg;
  try {
    renderer = new Resvg(svg, {
      fitTo:
        o.width !== undefined
          ? { mode: 'width', value: Math.round(o.width) }
          : { mode: 'zoom', value: o.scale },
      background: o.background,
      font: { loadSystemFonts: true, defaultFontFamily: o.fontFamily, sansSerifFamily: o.fontFamily },
      logLevel: 'off',
    });
  } catch (e) {
    throw new DescensoError('plot-bad-input', {
      what: 'svg',
      value: e instanceof Error ? e.message : String(e),
    });
  }
  return new Uint8Array(renderer.render().asPng());
}
