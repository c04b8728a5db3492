import { render } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { type DescendExperiment, defaultExperiment } from '../../../../src/experiment/index.js';
import { setLang } from '../../i18n.js';
import { createPlayback } from '../../kit/playback.js';
import { descentsOf } from '../../work/descents.js';
import { curvatureStateOf } from '../layers/curvature-state.js';
import { createSurfaceStore, type Job } from '../store.js';
import { CurvaturePanel } from './curvature-panel.js';

function storeOf(e: DescendExperiment) {
  const compute = (x: DescendExperiment): Job => ({
    promise: Promise.resolve(descentsOf(x)),
    cancel: () => {},
  });
  const playback = createPlayback({ frame: () => 1, cancel: () => {}, now: () => 0 });
  return createSurfaceStore(e, { notify: () => {}, compute, playback });
}

afterEach(() => setLang('en'));

describe('CurvaturePanel', () => {
  it('on the rotated bowl shows H, λ = 2 and 20, κ = 10 and both one-click buttons naming GD and Momentum', () => {
    setLang('en');
    const store = storeOf({ ...defaultExperiment, surface: 'bowl-rotated', start: [1, 0.5] });
    const html = render(<CurvaturePanel store={store} />);
    expect(html).toContain('id="curvature-h-01" data-value="-9"');
    expect(html).toContain('id="curvature-lambda-1" data-value="2"');
    expect(html).toContain('id="curvature-lambda-2" data-value="20"');
    expect(html).toContain('id="curvature-kappa" data-value="10"');
    expect(html).toContain('(0.7071, 0.7071)');
    expect(html).toMatch(/id="curvature-use-lr"[^>]*>Use the fastest lr<span class="target"> \(GD\)/);
    expect(html).toMatch(
      /id="curvature-use-momentum"[^>]*>Use the fastest momentum<span class="target"> \(Momentum\)/,
    );
    store.dispose();
  });
  it('in Spanish writes decimal commas and separates coordinates with semicolons', () => {
    setLang('es');
    const store = storeOf(defaultExperiment);
    curvatureStateOf(store).picked.value = [0.3, -0.7];
    const html = render(<CurvaturePanel store={store} />);
    expect(html).toContain('en el punto que elegiste');
    expect(html).toMatch(/id="curvature-lambda-1" data-value="[^"]+">−?\d+,\d+</);
    const v1 = /id="curvature-v-1"[^>]*>(\([^)]*\))/.exec(html)?.[1] ?? '';
    expect(v1).toMatch(/^\(−?[\d,]+; −?[\d,]+\)$/);
    expect(v1).toContain(',');
    // peaks is no quadratic: the note instead of buttons
    expect(html).not.toContain('curvature-use-lr');
    expect(html).toContain('no es una cuadrática');
    store.dispose();
  });
  it('with Adam selected on a bowl the buttons are disabled and say to select an SGD optimizer', () => {
    setLang('en');
    const store = storeOf({ ...defaultExperiment, surface: 'bowl-round' });
    store.selected.value = 2;
    const html = render(<CurvaturePanel store={store} />);
    expect(html).toMatch(/id="curvature-use-lr" disabled/);
    expect(html).toContain('Select an SGD optimizer in the race to set it in one click.');
    store.dispose();
  });
  it('where f is not defined says so in one line instead of numbers', () => {
    setLang('en');
    const store = storeOf({
      ...defaultExperiment,
      surface: undefined,
      formula: 'log(x) + y^2',
      vars: ['x', 'y'],
      start: [1, 1],
    });
    curvatureStateOf(store).picked.value = [-1, 0];
    const html = render(<CurvaturePanel store={store} />);
    expect(html).toContain('No curvature here: f or its derivatives are not finite at (-1, 0)');
    expect(html).not.toContain('curvature-kappa');
    store.dispose();
  });
});
