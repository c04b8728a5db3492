/**
 * The regression lab's Figure: the data with the fitted models at the epoch shown and the loss per
 * epoch (side by side in a wide box, one above the other in a tall one), the runs' colours and the
 * transport — no settings, no landscape, no race. What `#embed=1` shows and a lesson may show.
 */
import { useComputed } from '@preact/signals';
import type { JSX } from 'preact';
import { lang, tr } from '../i18n.js';
import { FigureCell, FigureFrame, FigureLegend, FigurePair } from '../kit/figure-frame.js';
import { LineChart } from '../kit/line-chart.js';
import { Transport } from '../kit/transport.js';
import { useDataChart, useLossChart } from './charts.js';
import type { RegressionStore } from './store.js';

function Legend({ store }: { store: RegressionStore }): JSX.Element {
  const { spec } = useLossChart(store);
  return (
    <FigureLegend items={spec.value.series.map((s) => ({ color: s.color ?? '#000', label: s.name ?? '' }))} />
  );
}

export function RegressionFigure({ store }: { store: RegressionStore }): JSX.Element {
  const data = useDataChart(store);
  const loss = useLossChart(store);
  const ready = useComputed(() => String(store.done.value > 0 || store.fault.value !== null));
  const epoch = useComputed(() => String(store.playback.whole.value));
  const fault = store.fault.value;
  return (
    <FigureFrame
      class="regression-figure"
      ready={ready}
      step={epoch}
      legend={<Legend store={store} />}
      transport={
        <Transport
          playback={store.playback}
          idPrefix="r-"
          onSpeed={(v) => store.setView({ speed: v })}
          stepText={(k, n) => tr('lab-epoch-of', { k, n })}
        />
      }
    >
      {fault ? (
        <pre class="figure-fault" role="alert">
          {fault.message[lang.value]}
        </pre>
      ) : (
        <FigurePair>
          <FigureCell title={data.title}>
            <LineChart spec={data.spec} label={data.title} class="data-plot" />
          </FigureCell>
          <FigureCell title={loss.title}>
            <LineChart spec={loss.spec} cursor={loss.cursor} label={loss.title} class="loss-plot" />
          </FigureCell>
        </FigurePair>
      )}
    </FigureFrame>
  );
}
