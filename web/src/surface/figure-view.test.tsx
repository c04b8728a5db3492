import { render } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { type DescendExperiment, defaultExperiment } from '../../../src/experiment/index.js';
import { setLang } from '../i18n.js';
import { createPlayback } from '../kit/playback.js';
import { runColors, SurfaceFigure } from './figure-view.js';
import { createSurfaceStore } from './store.js';

afterEach(() => setLang('en'));

// The map itself (a heat map on a canvas) is checked in the browser: test/e2e/embed.test.ts.
describe('SurfaceFigure', () => {
  it('SurfaceFigure of an address whose formula does not parse says where, in place of the map, in Spanish', () => {
    setLang('es');
    const e: DescendExperiment = {
      ...defaultExperiment,
      surface: undefined,
      formula: 'x^2 + (y',
      vars: ['x', 'y'],
      optimizers: [{ name: 'adam' }],
    };
    const playback = createPlayback({ frame: () => 1, cancel: () => {}, now: () => 0 });
    // runs that never come back: the figure is drawn before any
    const store = createSurfaceStore(e, {
      notify: () => {},
      compute: () => ({ promise: new Promise(() => {}), cancel: () => {} }),
      playback,
    });
    const html = render(<SurfaceFigure store={store} />);
    expect(html).toMatch(
      /<pre class="figure-fault" role="alert">x\^2 \+ \(y\n {6}\^\neste «\(» no se cierra/,
    );
    expect(html).not.toContain('class="surface-map"');
    // the rest of the figure stays: the optimizer's colour and the transport
    expect(html).toContain('</span>adam</li>');
    expect(html).toContain('id="play"');
    expect(html).toContain('aria-label="Reproducir"');
  });

  it('runColors gives the palette per run, and the tutorial’s yellow to a lone run in its look', () => {
    expect(runColors(2, 'modern')).toHaveLength(2);
    expect(runColors(1, 'tutorial')).toEqual(['#ffff00']);
    expect(runColors(2, 'tutorial')).toEqual(runColors(2, 'modern'));
  });
});
