/**
 * The study's figure: a canvas layer drawn from the store's signals (the rows as they arrive, the
 * metric, the best) through draw.ts, its height following the layout for the box's width. A click
 * on a cell or a point opens that run in its lab; the keyboard does the same — the figure takes
 * the focus, the arrows move a cursor over the cells, Enter opens the one under it. A text
 * alternative says what the figure shows (how far it is, the best per optimizer, the cursor's row).
 */
import { computed, signal, useSignalEffect } from '@preact/signals';
import { useMemo, useRef } from 'preact/hooks';
import { fmt, tr } from '../i18n.js';
import { CanvasLayer, type Size } from '../kit/canvas-layer.js';
import { LiveText } from '../kit/fields.js';
import { rowText, summary } from './describe.js';
import { curveY, drawStudy, metricRange } from './draw.js';
import { rowAt, studyLayout } from './layout.js';
import { cellOf, indexOf } from './rows.js';
import type { StudyStore } from './store.js';

function useFigure(store: StudyStore) {
  return useMemo(() => {
    const width = signal(0);
    const cursor = signal(-1);
    const layout = computed(() =>
      studyLayout(store.shape.value, store.study.value.vary.length === 2, width.value),
    );
    const bestRows = computed(() => {
      const set = new Set<object>();
      const best = store.best.value;
      const vary = store.study.value.vary;
      for (const r of store.table.value.rows) {
        if (!r || !Object.hasOwn(best, r.optimizer)) continue;
        const b = best[r.optimizer];
        if (b.options && vary.every((v) => r.options[v.option] === b.options?.[v.option]) && !set.has(b))
          set.add(r);
      }
      return set as Set<never>;
    });
    const draw = (ctx: CanvasRenderingContext2D, _size: Size) => {
      const s = store.study.value;
      drawStudy(ctx, {
        layout: layout.value,
        shape: store.shape.value,
        study: s,
        rows: store.table.value.rows,
        metric: store.metric.value,
        best: bestRows.value,
        cursor: cursor.value,
        labels: {
          optimizers: s.base.optimizers.map((o) => o.label ?? o.name),
          metric: tr(`study-metric-${store.metric.value}`),
        },
        fmt: (v) => fmt(v),
      });
    };
    return { width, cursor, layout, draw };
  }, [store]);
}

export function StudyFigure({ store }: { store: StudyStore }) {
  const box = useRef<HTMLButtonElement>(null);
  const f = useFigure(store);
  useSignalEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver((entries) => {
      const w = Math.floor(entries[entries.length - 1]?.contentRect.width ?? 0);
      if (w !== f.width.peek()) f.width.value = w;
    });
    observer.observe(el);
    return () => observer.disconnect();
  });
  const yOf = (index: number) => {
    const p = f.layout.peek().plots[0];
    const range = metricRange(store.table.peek().rows, store.metric.peek());
    return curveY(
      p,
      { rows: store.table.peek().rows, metric: store.metric.peek() },
      index,
      cellOf(store.shape.peek(), index).k,
      range,
    );
  };
  const onClick = (ev: PointerEvent) => {
    const r = (ev.currentTarget as HTMLElement).getBoundingClientRect();
    const index = rowAt(f.layout.peek(), store.shape.peek(), ev.clientX - r.left, ev.clientY - r.top, yOf);
    if (index !== null) store.openRow(index);
  };
  const onKey = (ev: KeyboardEvent) => {
    const s = store.shape.peek();
    const c = f.cursor.peek() < 0 ? { k: 0, i: 0, j: 0 } : cellOf(s, f.cursor.peek());
    const moves: Record<string, [number, number, number]> = {
      ArrowRight: [0, 1, 0],
      ArrowLeft: [0, -1, 0],
      ArrowUp: [0, 0, 1],
      ArrowDown: [0, 0, -1],
      PageDown: [1, 0, 0],
      PageUp: [-1, 0, 0],
    };
    if (ev.key === 'Enter' && f.cursor.peek() >= 0) {
      ev.preventDefault();
      store.openRow(f.cursor.peek());
      return;
    }
    const m = moves[ev.key];
    if (!m) return;
    ev.preventDefault();
    const clamp = (v: number, n: number) => Math.max(0, Math.min(n - 1, v));
    const started = f.cursor.peek() >= 0;
    f.cursor.value = indexOf(
      s,
      clamp(c.k + (started ? m[0] : 0), s.optimizers),
      clamp(c.i + (started ? m[1] : 0), s.outer),
      clamp(c.j + (started ? m[2] : 0), s.inner),
    );
  };
  const height = f.layout.value.height;
  const cursorRow = f.cursor.value >= 0 ? store.table.value.rows[f.cursor.value] : null;
  const text = store.state.value === 'running' ? '' : summary(store);
  return (
    <div class="study-figure">
      <button
        type="button"
        ref={box}
        class="study-canvas"
        style={{ height: `${height}px` }}
        aria-label={tr('study-figure-label')}
        aria-describedby="study-figure-text"
        onKeyDown={onKey}
        onPointerUp={onClick}
      >
        <CanvasLayer class="study-layer" draw={f.draw} />
      </button>
      <p class="help">{tr('study-figure-help')}</p>
      <LiveText id="study-figure-text" text={cursorRow ? rowText(cursorRow) : text} />
    </div>
  );
}
