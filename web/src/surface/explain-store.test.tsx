import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { type DescendExperiment, defaultExperiment } from '../../../src/experiment/index.js';
import { explainDescent } from '../../../src/train/explain-descent.js';
import { setLang } from '../i18n.js';
import { createPlayback } from '../kit/playback.js';
import { descentsOf } from '../work/descents.js';
import { createExplainStore } from './explain-store.js';
import { ExplainPanel } from './panels/explain-panel.js';
import { createSurfaceStore } from './store.js';

/** A surface store whose runs are computed at once and whose frames never come. */
function setup(initial: DescendExperiment = defaultExperiment) {
  const compute = (e: DescendExperiment) => ({ promise: Promise.resolve(descentsOf(e)), cancel: () => {} });
  const playback = createPlayback({ frame: () => 1, cancel: () => {}, now: () => 0 });
  return createSurfaceStore(initial, { notify: () => {}, compute, playback });
}

const settle = () => new Promise((ok) => setTimeout(ok, 0));

describe('createExplainStore', () => {
  it('createExplainStore(store) explains the shown step of the chosen run, follows the transport and the race selected row', async () => {
    const store = setup();
    await settle();
    const ex = createExplainStore(store);
    ex.index.value = 2;
    store.playback.seek(4);
    const x = ex.explained.value;
    expect(x.kind).toBe('step');
    const expected = explainDescent(
      {
        surface: 'peaks',
        start: defaultExperiment.start,
        steps: defaultExperiment.steps,
        optimizer: { name: 'adam', options: { lr: 0.1 } },
      },
      4,
      store.runs.value[2].steps,
    );
    if (x.kind === 'step') expect(x.e.delta).toEqual(expected.delta);
    expect(store.inspect().explain).toMatchObject({ index: 2, optimizer: 'adam', step: 4 });
    // scrubbing back replays from a kept state: the same numbers as a fresh explanation
    store.playback.seek(40);
    store.playback.seek(3);
    expect((store.inspect().explain as { after: number[] }).after).toEqual(store.runs.value[2].points[4]);
    store.selected.value = 0;
    expect(store.inspect().explain).toMatchObject({ index: 0, label: 'GD', step: 3 });
    ex.dispose();
    expect(store.inspect().explain).toBeNull();
  });

  it('createExplainStore at the last step explains the last update, and setConvention reruns under Keras', async () => {
    const store = setup();
    await settle();
    const ex = createExplainStore(store);
    ex.index.value = 1;
    const steps = store.runs.value[1].steps;
    store.playback.seek(steps);
    expect(store.inspect().explain).toMatchObject({ step: steps - 1 });
    ex.setConvention(1, 'keras');
    expect(store.experiment.value.optimizers[1].convention).toBe('keras');
    await settle();
    await settle();
    expect(store.inspect().explain).toMatchObject({ convention: 'keras', other: { convention: 'pytorch' } });
    ex.dispose();
  });

  it('ExplainPanel renders the terms with the decimal comma in Spanish', async () => {
    setLang('es');
    const store = setup();
    await settle();
    store.playback.seek(2);
    const html = render(<ExplainPanel store={store} />);
    expect(html).toContain('id="explain-heading"');
    expect(html).toContain('paso 2 (convención PyTorch)');
    expect(html).toMatch(/data-symbol="Δp"[^>]*>.*?0,\d/s);
    setLang('en');
  });
});
