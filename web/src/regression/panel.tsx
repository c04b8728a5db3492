/**
 * The regression lab's whole panel: the controls (tutorials, data, model, optimizers, training,
 * exports), the stage (the data with the fitted curves, the transport, the race and the text
 * alternative of the canvases) and the side views (landscape, current mini-batch, loss per
 * epoch). The root carries the data attributes the browser tests wait on, bound to signals.
 */
import { useComputed } from '@preact/signals';
import { defaultFit, type FitExperiment } from '../../../src/experiment/index.js';
import { fmtInt, lang, tr } from '../i18n.js';
import { csvText, experimentJson } from '../kit/download.js';
import { ExportMenu } from '../kit/export-menu.js';
import { PlayingLiveText } from '../kit/fields.js';
import { Transport } from '../kit/transport.js';
import type { LabContext } from '../shell/lab.js';
import { BatchPlot, DataPlot, LandscapePlot, LossPlot, labelsOf } from './charts.js';
import { DataPanel } from './data-panel.js';
import { trainingRows } from './exports.js';
import { ModelPanel, Presets } from './model-panel.js';
import { Optimizers } from './optimizers.js';
import { stepShown } from './plots.js';
import { Progress } from './progress.js';
import { Race } from './race-table.js';
import { describeEpoch } from './readout.js';
import type { RegressionStore } from './store.js';
import { TrainingPanel } from './training-panel.js';

type Props = { store: RegressionStore; ctx: LabContext };

/** The experiment as the JSON export writes it: the view's language is the page's, not the experiment's. */
export function exportable(store: RegressionStore) {
  const { view, ...rest } = store.experiment.peek();
  const { lang: _l, ...v } = view ?? {};
  return Object.keys(v).length > 0 ? { ...rest, view: v } : rest;
}

function Exports({ store }: { store: RegressionStore }) {
  const csv = () => {
    const result = store.work.peek()?.result;
    if (!result) return '';
    const { header, rows } = trainingRows(result, labelsOf(store));
    return csvText(header, rows);
  };
  return (
    <section class="group" aria-labelledby="r-export-h">
      <h2 id="r-export-h">{tr('lab-export')}</h2>
      <div class="buttons">
        <ExportMenu
          name="r-export"
          title={tr('lab-training')}
          csv={csv}
          json={() => experimentJson(exportable(store) as FitExperiment)}
          files={{ csv: 'descenso-training.csv', json: 'descenso-experiment.json' }}
          labels={{ csv: tr('lab-export-csv-training'), json: tr('lab-export-json') }}
        />
      </div>
      <p class="help">{tr('lab-keyboard')}</p>
    </section>
  );
}

/** The canvases in words (epoch, each run's loss, parameters, status); while playing, every 1.5 s. */
function Describe({ store }: { store: RegressionStore }) {
  const text = useComputed(() => {
    lang.value;
    const n = store.computed.value?.regimes.length ?? 1;
    return describeEpoch(store.runs.value, store.playback.whole.value, store.model.value, n);
  });
  return <PlayingLiveText id="r-describe" text={text} playing={store.playback.playing} />;
}

export function RegressionPanel({ store, ctx }: Props) {
  const epoch = useComputed(() => String(store.playback.whole.value));
  const batchStep = useComputed(() => {
    const t = stepShown(store.work.value?.replay, store.playback.step.value);
    return t < 0 ? undefined : String(t);
  });
  const ready = useComputed(() => String(store.done.value > 0 || store.fault.value !== null));
  const runs = useComputed(() => String(store.runs.value.length));
  const points = useComputed(() => {
    const d = store.data.value;
    return 'x' in d ? tr('rg-data-points', { n: fmtInt(d.y.length) }) : '';
  });
  return (
    <div
      class="lab regression-lab"
      data-ready={ready}
      data-runs={runs}
      data-epoch={epoch}
      data-batch-step={batchStep}
    >
      <div class="panel controls">
        <Presets store={store} />
        <DataPanel store={store} ctx={ctx} />
        <ModelPanel store={store} />
        <Optimizers store={store} />
        <TrainingPanel store={store} />
        <Exports store={store} />
      </div>
      <div class="panel stage">
        <DataPlot store={store} />
        <p class="help data-count">{points}</p>
        <Transport
          playback={store.playback}
          idPrefix="r-"
          onSpeed={(v) => store.setView({ speed: v })}
          stepText={(k, n) => tr('lab-epoch-of', { k, n })}
        />
        <Progress store={store} ctx={ctx} />
        <Describe store={store} />
        <Race store={store} />
      </div>
      <div class="panel side">
        <LandscapePlot store={store} />
        <BatchPlot store={store} />
        <LossPlot store={store} />
      </div>
    </div>
  );
}

export { defaultFit };
