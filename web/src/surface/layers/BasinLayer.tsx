/**
 * The surface lab's basin layer: `<BasinLayer>` a canvas under the paths drawing the basins of
 * attraction of one optimizer (basin-draw.ts) — redrawn when a chunk of rows lands, the map's
 * frame or the optimizer shown changes, never per animation frame; `<BasinToggle>` the button
 * that turns it on and off; `<BasinLegend>` what its colours mean, which optimizer is shown, how
 * far the computation is, and the same in words for screen readers.
 */
import { useMemo } from 'preact/hooks';
import { fmt, getLang, tr } from '../../i18n.js';
import { CanvasLayer, type Size } from '../../kit/canvas-layer.js';
import { LiveText, Select } from '../../kit/fields.js';
import type { SurfaceStore } from '../types.js';
import { BASIN_DIVERGED, BASIN_PALETTE, BASIN_UNSETTLED, drawBasins } from './basin-draw.js';
import { basinStateOf } from './basin-state.js';
import { mapFrame } from './geometry.js';
import './basin.css';

export function BasinLayer({ store }: { store: SurfaceStore }) {
  const state = basinStateOf(store);
  const draw = useMemo(
    () => (ctx: CanvasRenderingContext2D, size: Size) => {
      state.version.value;
      const spec = state.spec.value;
      const map = state.maps.value[state.shown.value];
      const field = store.field.value;
      if (!spec || !map || !field) return;
      const f = mapFrame(size.width, field.domain, store.view.value.style);
      drawBasins(ctx, map, spec.grid, f.rect);
    },
    [store],
  );
  if (!state.on.value) return null;
  return <CanvasLayer class="map-basins" draw={draw} />;
}

export function BasinToggle({ store }: { store: SurfaceStore }) {
  const state = basinStateOf(store);
  const on = state.on.value;
  return (
    <button
      type="button"
      id="toggle-basins"
      class="view-toggle"
      aria-pressed={on}
      onClick={() => state.toggle()}
    >
      {tr(on ? 'basin-hide' : 'basin-show')}
    </button>
  );
}

function Swatch({ color }: { color: string }) {
  return <span class="basin-swatch" style={{ background: color }} aria-hidden="true" />;
}

export function BasinLegend({ store }: { store: SurfaceStore }) {
  const state = basinStateOf(store);
  if (!state.on.value) return null;
  const status = state.status.value;
  const spec = state.spec.value;
  const labels = store.experiment.value.optimizers.map((o) => o.label ?? o.name);
  const map = state.maps.value[state.shown.value];
  const minima = state.minima.value;
  const progress = spec ? tr('basin-progress', { rows: state.rows.value, total: spec.grid }) : '';
  const words =
    status === 'done' && spec
      ? tr('basin-text', {
          optimizer: labels[state.shown.value] ?? '',
          minima: minima.length,
          grid: spec.grid,
          steps: spec.steps,
        })
      : '';
  return (
    <div class="basin-legend" data-basins={status} data-rows={state.rows.value}>
      {status === 'unavailable' && <p class="help">{tr('basin-unavailable')}</p>}
      {spec && labels.length > 1 && (
        <Select
          id="basin-optimizer"
          label={tr('basin-of')}
          value={String(state.shown.value)}
          options={labels.map((l, k) => ({ value: String(k), label: l }))}
          onChange={(v: string) => state.show(Number(v))}
        />
      )}
      {spec && (
        <ul class="basin-keys">
          {minima.map((m, k) => (
            <li key={k}>
              <Swatch color={BASIN_PALETTE[k % BASIN_PALETTE.length]} />
              {tr('basin-minimum', { x: fmt(m[0], 3), y: fmt(m[1], 3) })}
            </li>
          ))}
          <li>
            <Swatch color={BASIN_DIVERGED} />
            {tr('basin-diverged')}
          </li>
          <li>
            <Swatch color={BASIN_UNSETTLED} />
            {tr('basin-unsettled')}
          </li>
        </ul>
      )}
      {spec && (
        <p class="help">
          {status === 'running' ? progress : tr('basin-note', { grid: spec.grid, steps: spec.steps })}
          {map?.error ? ` ${map.error.message[getLang()]}` : ''}
        </p>
      )}
      <LiveText text={words} />
    </div>
  );
}
