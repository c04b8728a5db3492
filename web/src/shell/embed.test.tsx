import { render } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultExperiment } from '../../../src/experiment/index.js';
import { setLang } from '../i18n.js';
import { Embed } from './embed.js';
import { createShell } from './store.js';
import { testLoaders } from './testing.js';

afterEach(() => setLang('en'));

describe('Embed', () => {
  it('Embed shows the shown lab’s Figure alone, with the link to the whole lab at the same address', async () => {
    const shell = createShell(testLoaders());
    await shell.open({ ...defaultExperiment, surface: 'himmelblau' });
    const html = render(<Embed shell={shell} mark="1" page="/" />);
    expect(html).toContain(
      '<main class="embed" data-embed="1" data-lab="surface" aria-label="descenso figure">',
    );
    expect(html).toContain('<div class="surface-figure" data-view3d="false">surface</div>');
    // the whole lab's panel, header and notices are not there
    expect(html).not.toContain('surface-lab');
    expect(html).not.toMatch(/<header|class="notices"|class="tabs"/);
    const href = /<a class="embed-open" href="([^"]*)" target="_blank" rel="noopener"/.exec(html)?.[1];
    expect(href).toBe('/#s=himmelblau&amp;lang=en');
  });

  it('Embed with embed=3d asks the Figure for its 3-D view, and speaks Spanish when the address does', async () => {
    setLang('es');
    const shell = createShell(testLoaders());
    await shell.show('surface');
    const html = render(<Embed shell={shell} mark="3d" page="/" />);
    expect(html).toContain('data-view3d="true"');
    expect(html).toContain('abrir en descenso ↗');
  });

  it('Embed says the first error in one line with how many more, and no info notice', async () => {
    const shell = createShell(testLoaders());
    await shell.show('surface');
    shell.notices.notify('the address setting “zzz=1” is not understood', 'error');
    shell.notices.notify('another fault', 'error');
    shell.notices.notify('imported', 'info');
    const html = render(<Embed shell={shell} mark="1" page="/" />);
    expect(html).toContain('<span>the address setting “zzz=1” is not understood (+1)</span>');
    expect(html).not.toContain('imported');
    expect(html.match(/class="embed-notice/g)).toHaveLength(1);
  });
});
