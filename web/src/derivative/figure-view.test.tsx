import { render } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultDerivative } from '../../../src/experiment/index.js';
import { setLang } from '../i18n.js';
import { DerivativeFigure } from './figure-view.js';
import { createDerivativeStore } from './store.js';

afterEach(() => setLang('en'));

describe('DerivativeFigure', () => {
  it('DerivativeFigure shows the tangent and the descent charts with their colours in Spanish, and no transport', () => {
    setLang('es');
    const html = render(<DerivativeFigure store={createDerivativeStore(defaultDerivative)} />);
    expect(html).toContain('class="figure-frame derivative-figure" data-ready="true"');
    expect(html).toContain('class="chart layers d-curve"');
    expect(html).toContain('class="chart layers d-descent"');
    expect(html).toContain('</span>tangente</li>');
    expect(html).not.toContain('class="transport"');
    expect(html).not.toContain('id="d-formula"');
  });

  it('DerivativeFigure of a formula that does not parse says where, instead of the charts', () => {
    const store = createDerivativeStore({ ...defaultDerivative, formula: 'x^^2' });
    const html = render(<DerivativeFigure store={store} />);
    expect(html).toContain('<pre class="figure-fault" role="alert">');
    expect(html).not.toContain('d-curve');
  });
});
