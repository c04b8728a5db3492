/**
 * The surface lab's Figure: the map with its paths (or the 3-D view), the optimizers' colours and
 * the transport, and nothing else — what `#embed=1` shows in an iframe and a lesson beside its
 * text. The map takes the largest square of the area it is given (figure-frame.css) and redraws
 * at that size; a formula that does not parse is said in one line where the map would be.
 */
import { useComputed } from '@preact/signals';
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { categoricalColor } from '../../../src/plot/index.js';
import { FigureFrame, FigureLegend } from '../kit/figure-frame.js';
import { formulaMessage } from '../kit/formula-message.js';
import { Transport } from '../kit/transport.js';
import type { FigureProps } from '../shell/lab.js';
import { makeField } from './field.js';
import { TUTORIAL } from './layers/markers.js';
import { SurfaceMap } from './layers/SurfaceMap.js';
import type { SurfaceLabStore } from './store.js';

/** Each optimizer's colour on the map (the tutorial's yellow for a lone run in its look). */
export function runColors(n: number, style: 'modern' | 'tutorial'): string[] {
  return Array.from({ length: n }, (_v, i) =>
    style === 'tutorial' && n === 1 ? TUTORIAL.path : categoricalColor(i),
  );
}

function Legend({ store }: { store: SurfaceLabStore }): JSX.Element {
  const optimizers = store.experiment.value.optimizers;
  const colors = runColors(optimizers.length, store.view.value.style);
  return <FigureLegend items={optimizers.map((o, i) => ({ color: colors[i], label: o.label ?? o.name }))} />;
}

/** Why the store has no function to draw: the formula as typed, else the experiment's own. */
function useFault(store: SurfaceLabStore) {
  return useComputed(() => {
    if (store.field.value !== null) return null;
    const typed = store.formulaError.value;
    if (typed) return typed;
    const e = store.experiment.value;
    try {
      makeField(e, store.view.value.domain);
      return null;
    } catch (err) {
      return formulaMessage(err, e.formula ?? '');
    }
  });
}

export function SurfaceFigure({ store, view3d }: { store: SurfaceLabStore } & FigureProps): JSX.Element {
  useEffect(() => {
    if (view3d) store.show3d.value = true;
  }, [store, view3d]);
  const ready = useComputed(() => String(store.runs.value.length > 0 && !store.computing.value));
  const step = useComputed(() => String(store.playback.whole.value));
  const fault = useFault(store).value;
  return (
    <FigureFrame
      class="surface-figure"
      ready={ready}
      step={step}
      legend={<Legend store={store} />}
      transport={<Transport playback={store.playback} onSpeed={(s) => store.setView({ speed: s })} />}
    >
      {fault ? (
        <pre class="figure-fault" role="alert">
          {fault}
        </pre>
      ) : (
        <SurfaceMap store={store} />
      )}
    </FigureFrame>
  );
}
