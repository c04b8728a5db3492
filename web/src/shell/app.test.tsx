import { render } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n.js';
import { App } from './app.js';
import { createShell } from './store.js';
import { testLoaders } from './testing.js';

afterEach(() => setLang('en'));

describe('App', () => {
  it('App shows a skip link, the tabs with the shown one pressed, the language and the lab’s panel', async () => {
    const shell = createShell(testLoaders());
    await shell.show('regression');
    const html = render(<App shell={shell} />);
    expect(html.startsWith('<button type="button" class="skip">Skip to the lab</button>')).toBe(true);
    expect(html).toContain('id="tab-regression" class="tab on" aria-pressed="true"');
    expect(html).toContain('id="tab-surface" class="tab" aria-pressed="false"');
    expect(html).toContain('<label for="lang">Language</label>');
    // issue 16: the header's actions start with the Embed button (its dialog loads on demand)
    expect(html).toContain('<div class="header-actions"><button type="button" id="embed"');
    expect(html).toContain('aria-haspopup="dialog">Embed</button></div>');
    expect(html).toContain('<main id="main" tabindex="-1"><div class="regression-lab" data-ready="true">');
  });
  it('App with an embed mark shows no header, tabs or notices bar while the embed mode loads', async () => {
    const shell = createShell(testLoaders());
    await shell.show('surface');
    const html = render(<App shell={shell} embed="1" />);
    expect(html).toBe('<p class="loading" aria-busy="true">loading…</p>');
  });
  it('App in Spanish, while the lab loads, says so; notices are listed with a dismiss button', () => {
    setLang('es');
    const shell = createShell(testLoaders());
    shell.notices.notify('algo falló', 'error');
    const html = render(<App shell={shell} />);
    expect(html).toContain('<h1>laboratorio descenso</h1>');
    expect(html).toContain('<option value="es" selected>Español</option>');
    expect(html).toContain('<p class="loading" aria-busy="true">cargando…</p>');
    expect(html).toContain('<div class="notice error" data-text="algo falló"><span>algo falló</span>');
    expect(html).toContain('aria-label="Cerrar"');
  });
});
