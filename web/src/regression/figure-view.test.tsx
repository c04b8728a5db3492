import { render } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultFit, type FitExperiment } from '../../../src/experiment/index.js';
import { setLang } from '../i18n.js';
import { createPlayback } from '../kit/playback.js';
import { fitWork } from '../work/fit-work.js';
import { RegressionFigure } from './figure-view.js';
import { createRegressionStore } from './store.js';

afterEach(() => setLang('en'));

describe('RegressionFigure', () => {
  it('RegressionFigure shows the data and the loss with each run’s colour and an epoch transport, and no settings', async () => {
    const e: FitExperiment = { ...defaultFit, epochs: 10 };
    const playback = createPlayback({ frame: () => 1, cancel: () => {}, now: () => 0 });
    const store = createRegressionStore(e, {
      compute: (x) => ({ promise: Promise.resolve(fitWork(x)), cancel: () => {} }),
      playback,
    });
    for (let i = 0; i < 5; i++) await Promise.resolve();
    const html = render(<RegressionFigure store={store} />);
    expect(html).toContain('class="figure-frame regression-figure" data-ready="true" data-step="0"');
    expect(html).toContain('class="chart layers data-plot"');
    expect(html).toContain('class="chart layers loss-plot"');
    expect(html.match(/class="figure-swatch"/g)).toHaveLength(store.runs.value.length);
    for (const id of ['r-play', 'r-timeline', 'r-speed']) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('epoch 0 of');
    expect(html).not.toMatch(/landscape-plot|r-export|id="r-model/);
  });
});
