import { render } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n.js';
import { ExportMenu } from './export-menu.js';
import { ImportButton } from './import-button.js';

afterEach(() => setLang('en'));

describe('ExportMenu', () => {
  it('ExportMenu(svg) gives #<name>-svg and #<name>-png buttons named for the view', () => {
    const html = render(<ExportMenu name="surface-map" title="Map of f" svg={() => '<svg/>'} />);
    expect(html).toContain('id="surface-map-svg"');
    expect(html).toContain('id="surface-map-png"');
    expect(html).toContain('aria-label="Save Map of f as PNG"');
    expect(html).not.toContain('-csv');
  });
  it('ExportMenu(csv, json, ids) gives the CSV and JSON buttons with the ids asked for, in Spanish', () => {
    setLang('es');
    const html = render(
      <ExportMenu
        name="race"
        title="la carrera"
        csv={() => ''}
        json={() => '{}'}
        ids={{ json: 'export-json' }}
      />,
    );
    expect(html).toContain('id="race-csv"');
    expect(html).toContain('id="export-json"');
    expect(html).toContain('aria-label="Guardar la carrera como JSON"');
    expect(html).not.toContain('-png');
  });
});

describe('ImportButton', () => {
  it('ImportButton is a labelled button controlling a hidden JSON file input with the given id', () => {
    const html = render(<ImportButton id="d-import-file" onText={() => {}} />);
    expect(html).toContain(
      '<button type="button" class="button" aria-controls="d-import-file">Import JSON…</button>',
    );
    expect(html).toMatch(
      /<input id="d-import-file" type="file" class="sr" tabindex="-1" accept="application\/json,.json"\/?>/,
    );
  });
});
