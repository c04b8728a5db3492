/**
 * A canvas layer: a <canvas> that fills its box, its backing store sized for the screen's pixel
 * density, drawn by `draw(ctx, size)` from an effect. The effect runs again when — and only when —
 * a signal `draw` read changes, the box changes size, or a new `draw` function is passed; so a
 * layer that reads `playback.step` redraws per frame and one that reads the runs redraws per run.
 * Pass a stable `draw` (a module function or `useCallback`) to redraw only on signals and size.
 */
import { effect, signal } from '@preact/signals';
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';

export interface Size {
  /** CSS pixels. */
  width: number;
  height: number;
  /** Backing-store pixels per CSS pixel. */
  dpr: number;
}

export type Draw = (ctx: CanvasRenderingContext2D, size: Size) => void;

type PointerHandler = (ev: PointerEvent) => void;

export interface CanvasLayerProps {
  draw: Draw;
  /** The canvas's accessible name (then it is an image); absent: decorative, hidden from readers. */
  label?: string;
  class?: string;
  /** Caps the density (2 by default: sharper costs fill rate for nothing visible). */
  maxDpr?: number;
  onPointerDown?: PointerHandler;
  onPointerMove?: PointerHandler;
  onPointerUp?: PointerHandler;
  onPointerLeave?: PointerHandler;
  onPointerCancel?: PointerHandler;
  /** The canvas element, for layers that read pixels or export. */
  canvasRef?: (c: HTMLCanvasElement | null) => void;
}

/** The backing store for a box of w×h CSS pixels at density `dpr` (at least 1×1). */
export function backingSize(width: number, height: number, dpr: number): { w: number; h: number } {
  return { w: Math.max(1, Math.round(width * dpr)), h: Math.max(1, Math.round(height * dpr)) };
}

/** Whether two sizes draw the same pixels (a resize that changes nothing is not a redraw). */
export function sameSize(a: Size | null, b: Size): boolean {
  return a !== null && a.width === b.width && a.height === b.height && a.dpr === b.dpr;
}

export function CanvasLayer(props: CanvasLayerProps): JSX.Element {
  const ref = useRef<HTMLCanvasElement>(null);
  // the size and the draw function as signals, so the one effect below tracks them with the rest
  const state = useMemo(() => ({ size: signal<Size | null>(null), draw: signal<Draw>(props.draw) }), []);
  state.draw.value = props.draw;
  const maxDpr = props.maxDpr ?? 2;

  useEffect(() => {
    const c = ref.current;
    if (!c) return;
    props.canvasRef?.(c);
    const measure = (width: number, height: number) => {
      const next = { width, height, dpr: Math.min(maxDpr, window.devicePixelRatio || 1) };
      if (!sameSize(state.size.peek(), next)) state.size.value = next;
    };
    const box = c.getBoundingClientRect();
    measure(box.width, box.height);
    const observer = new ResizeObserver((entries) => {
      const r = entries[entries.length - 1]?.contentRect;
      if (r) measure(r.width, r.height);
    });
    observer.observe(c);
    const stop = effect(() => {
      const size = state.size.value;
      const draw = state.draw.value;
      if (!size || size.width === 0 || size.height === 0) return;
      const { w, h } = backingSize(size.width, size.height, size.dpr);
      if (c.width !== w || c.height !== h) {
        c.width = w;
        c.height = h;
      }
      const ctx = c.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(size.dpr, 0, 0, size.dpr, 0, 0);
      ctx.clearRect(0, 0, size.width, size.height);
      draw(ctx, size);
    });
    return () => {
      stop();
      observer.disconnect();
      props.canvasRef?.(null);
    };
  }, []);

  return (
    <canvas
      ref={ref}
      class={`layer${props.class ? ` ${props.class}` : ''}`}
      role={props.label ? 'img' : undefined}
      aria-label={props.label}
      aria-hidden={props.label ? undefined : 'true'}
      onPointerDown={props.onPointerDown}
      onPointerMove={props.onPointerMove}
      onPointerUp={props.onPointerUp}
      onPointerLeave={props.onPointerLeave}
      onPointerCancel={props.onPointerCancel}
    />
  );
}
