/**
 * The frame of a lab's Figure (what `#embed=1` and a lesson show): a line of legend, the figure's
 * area and the transport under it. The frame fills the box it is given, and the area is a size
 * container holding what is left once the legend and the transport have their lines, so what is
 * inside sizes itself to it (the surface map takes the largest square, two charts share it side
 * by side or one above the other) and its canvases redraw at the new size.
 */
import type { ReadonlySignal } from '@preact/signals';
import type { ComponentChildren, JSX } from 'preact';
import './figure-frame.css';

export interface FigureFrameProps {
  /** The lab's class for its own rules (`surface-figure`…). */
  class: string;
  /** What the colours mean: one line over the figure. */
  legend?: ComponentChildren;
  /** The transport (absent for a lab that does not animate). */
  transport?: ComponentChildren;
  /** 'true' once the figure shows its runs (what the browser tests wait on). */
  ready?: ReadonlySignal<string> | string;
  /** The step shown, as an attribute bound to the signal (no re-render per frame). */
  step?: ReadonlySignal<string>;
  children: ComponentChildren;
}

export function FigureFrame(p: FigureFrameProps): JSX.Element {
  return (
    <div class={`figure-frame ${p.class}`} data-ready={p.ready} data-step={p.step}>
      {p.legend && <div class="figure-legend">{p.legend}</div>}
      <div class="figure-area">{p.children}</div>
      {p.transport && <div class="figure-transport">{p.transport}</div>}
    </div>
  );
}

export interface LegendItem {
  color: string;
  label: string;
}

/** The colours of the figure's lines and what each is. */
export function FigureLegend({ items }: { items: readonly LegendItem[] }): JSX.Element {
  return (
    <ul class="figure-key">
      {items.map((it, i) => (
        <li key={`${i}:${it.label}`}>
          <span class="figure-swatch" style={{ background: it.color }} aria-hidden="true" />
          {it.label}
        </li>
      ))}
    </ul>
  );
}

/** Two views sharing the area: side by side in a wide area, one above the other in a tall one. */
export function FigurePair({ children }: { children: ComponentChildren }): JSX.Element {
  return <div class="figure-pair">{children}</div>;
}

/** One view of a pair: its title on one small line, the view filling the rest. */
export function FigureCell(p: { title: string; class?: string; children: ComponentChildren }): JSX.Element {
  return (
    <figure class={`figure-cell${p.class ? ` ${p.class}` : ''}`}>
      <figcaption>{p.title}</figcaption>
      {p.children}
    </figure>
  );
}
