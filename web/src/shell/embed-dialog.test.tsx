import { render } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultExperiment } from '../../../src/experiment/index.js';
import { setLang } from '../i18n.js';
import { EmbedDialog } from './embed-dialog.js';
import { createShell } from './store.js';
import { testLoaders } from './testing.js';

afterEach(() => setLang('en'));

/** The text of the snippet's textarea, as the user reads it. */
const code = (html: string) =>
  (/<textarea id="embed-code"[^>]*>([^<]*)<\/textarea>/.exec(html)?.[1] ?? '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const at = { protocol: 'https:', origin: 'https://example.org', pathname: '/descenso/', search: '' };

describe('EmbedDialog', () => {
  it('EmbedDialog writes the iframe of the shown experiment at the surface lab’s size, and offers the 3-D view', async () => {
    const shell = createShell(testLoaders());
    await shell.open({ ...defaultExperiment, surface: 'himmelblau' });
    const html = render(<EmbedDialog shell={shell} onClose={() => {}} at={at} />);
    expect(code(html)).toBe(
      '<iframe src="https://example.org/descenso/#s=himmelblau&amp;lang=en&amp;embed=1" width="560" height="620" title="descenso: Surface" loading="lazy" style="border:0"></iframe>',
    );
    expect(html).toContain('id="embed-3d"');
    expect(html).toContain(
      '<iframe id="embed-preview" src="https://example.org/descenso/#s=himmelblau&amp;lang=en&amp;embed=1" width="560" height="620"',
    );
  });

  it('EmbedDialog in Spanish for the regression lab: its words, its size, no 3-D choice', async () => {
    setLang('es');
    const shell = createShell(testLoaders());
    await shell.show('regression');
    const html = render(<EmbedDialog shell={shell} onClose={() => {}} at={at} />);
    expect(html).toContain('<h2 id="embed-dialog-h">Insertar esta figura</h2>');
    expect(html).toContain('width="880" height="440" title="descenso: Regresión"');
    expect(html).toContain('>Copiar</button>');
    expect(html).not.toContain('embed-3d');
  });
});
