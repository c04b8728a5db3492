/**
 * The surface lab's whole panel: the controls (what is descended, how it runs, the optimizers, the
 * view, exports), the stage (the map from the layers, the transport, a text alternative of what the
 * map shows) and the side (the value chart and the race). Each part reads only the signals it shows.
 */
import { useSignalEffect } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { isDescensoError } from '../../../src/errors.js';
import { experimentFromJson } from '../../../src/experiment/index.js';
import { getLang, tr } from '../i18n.js';
import { experimentJson } from '../kit/download.js';
import { ExportMenu } from '../kit/export-menu.js';
import { Section } from '../kit/fields.js';
import { ImportButton } from '../kit/import-button.js';
import { Transport } from '../kit/transport.js';
import type { LabContext } from '../shell/lab.js';
import { exported } from './experiment.js';
import { mapFigure, trajectoriesCsv, valueFigure } from './figure.js';
import { BasinToggle } from './layers/BasinLayer.js';
import { CurvatureSlot, CurvatureToggle } from './layers/curvature-toggle.js';
import { MapArea } from './map-area.js';
import { ExplainSlot } from './panels/explain-slot.js';
import { FunctionPanel } from './panels/function-panel.js';
import { OptimizersPanel } from './panels/optimizers-panel.js';
import { RacePanel } from './panels/race-panel.js';
import { RunPanel } from './panels/run-panel.js';
import { ViewPanel } from './panels/view-panel.js';
import type { SurfaceLabStore } from './store.js';

export interface SurfaceLabProps {
  store: SurfaceLabStore;
  ctx: LabContext;
}

function Exports({ store, ctx }: SurfaceLabProps) {
  const onText = (text: string) => {
    if (ctx.importLesson?.(text)) return;
    try {
      ctx.open(experimentFromJson(text));
    } catch (err) {
      ctx.notify(isDescensoError(err) ? err.messageIn(getLang()) : String(err), 'error');
    }
  };
  return (
    <div class="buttons">
      <ExportMenu
        name="surface-data"
        title={tr('lab-export')}
        json={() => experimentJson(exported(store.shown.peek(), store.view.peek()))}
        csv={() => trajectoriesCsv(store.runs.peek())}
        ids={{ json: 'export-json', csv: 'export-csv' }}
        files={{ json: 'descenso-experiment.json', csv: 'descenso-trajectories.csv' }}
        labels={{ json: tr('lab-export-json'), csv: tr('lab-export-csv') }}
      />
      <ImportButton id="import-file" onText={onText} />
    </div>
  );
}

function Stage({ store }: { store: SurfaceLabStore }) {
  const on3d = store.show3d.value;
  const figure = () => {
    const f = store.field.peek();
    return f ? mapFigure(store.shown.peek(), store.runs.peek(), store.playback.whole.peek(), f) : '';
  };
  return (
    <Section
      id="surface-stage"
      title={tr('lab-map-title')}
      class="stage"
      actions={
        <>
          <button
            type="button"
            id="toggle-3d"
            class="view-toggle"
            aria-pressed={on3d}
            onClick={() => {
              store.show3d.value = !on3d;
            }}
          >
            {on3d ? tr('lab-view-2d') : tr('lab-view-3d')}
          </button>
          {!on3d && <BasinToggle store={store} />}
          {!on3d && <CurvatureToggle store={store} />}
          <ExportMenu name="surface-map" title={tr('lab-map-title')} svg={figure} />
        </>
      }
    >
      <MapArea store={store} />
      <Transport playback={store.playback} onSpeed={(s) => store.setView({ speed: s })} />
      <CurvatureSlot store={store} part="Panel" />
    </Section>
  );
}

function Side({ store }: { store: SurfaceLabStore }) {
  const figure = () =>
    valueFigure(store.shown.peek(), store.runs.peek(), store.playback.whole.peek(), tr('lab-value-chart'));
  return (
    <Section
      id="surface-side"
      title={tr('lab-value-chart')}
      class="side"
      actions={<ExportMenu name="surface-values" title={tr('lab-value-chart')} svg={figure} />}
    >
      <RacePanel store={store} />
      <ExplainSlot store={store} />
    </Section>
  );
}

export function SurfaceLab({ store, ctx }: SurfaceLabProps) {
  const root = useRef<HTMLDivElement>(null);
  // the attributes the browser tests and the benchmark wait on, set without re-rendering the lab
  useSignalEffect(() => {
    const el = root.current;
    if (!el) return;
    // written only when changed: an attribute write on the lab's root costs a style pass of the page
    const set = (name: 'step' | 'ready' | 'runs', v: string) => {
      if (el.dataset[name] !== v) el.dataset[name] = v;
    };
    set('step', String(store.playback.whole.value));
    set('ready', String(store.runs.value.length > 0 && !store.computing.value));
    set('runs', String(store.runs.value.length));
  });
  return (
    <div ref={root} class="lab surface-lab">
      <div class="panel controls">
        <h2>{tr('surface-function')}</h2>
        <FunctionPanel store={store} />
        <h2>{tr('surface-run')}</h2>
        <RunPanel store={store} />
        <h2>{tr('lab-optimizers')}</h2>
        <OptimizersPanel store={store} />
        <h2>{tr('surface-view')}</h2>
        <ViewPanel store={store} />
        <h2>{tr('lab-export')}</h2>
        <Exports store={store} ctx={ctx} />
        <p class="help">{tr('lab-keyboard')}</p>
      </div>
      <Stage store={store} />
      <Side store={store} />
    </div>
  );
}
