import { render } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n.js';
import { Checkbox, FormulaField, LiveText, Section, Select } from './fields.js';
import { NumberField, readNumber, Slider, sliderPosition, sliderValue } from './number-field.js';

afterEach(() => setLang('en'));

describe('readNumber', () => {
  it('readNumber("0,03", es) is 0.03; in English the same text is refused with a sentence naming the field', () => {
    setLang('es');
    expect(readNumber('0,03', 'es', 'lr')).toEqual({ value: 0.03 });
    setLang('en');
    expect(readNumber('abc', 'en', 'lr')).toEqual({ error: 'lr: “abc” is not a number' });
  });
  it('readNumber refuses values out of bounds and fractions where a whole number is due, in Spanish too', () => {
    setLang('es');
    expect(readNumber('-1', 'es', 'pasos', { min: 0 })).toEqual({
      error: 'pasos debe ser al menos 0 (se encontró -1)',
    });
    expect(readNumber('2,5', 'es', 'pasos', { integer: true })).toEqual({
      error: 'pasos debe ser un número entero (se encontró 2,5)',
    });
    expect('error' in readNumber('11', 'es', 'x', { max: 10 })).toBe(true);
    expect(readNumber('10', 'es', 'x', { max: 10 })).toEqual({ value: 10 });
  });
});

describe('NumberField', () => {
  it('NumberField shows the value with the language’s decimal mark, labelled, not marked invalid', () => {
    setLang('es');
    const html = render(<NumberField id="lr" label="tasa" value={0.05} onCommit={() => {}} />);
    expect(html).toContain('<label for="lr">tasa</label>');
    expect(html).toContain('value="0,05"');
    expect(html).toContain('inputmode="decimal"');
    expect(html).not.toContain('aria-invalid');
    setLang('en');
    expect(render(<NumberField id="lr" label="lr" value={0.05} onCommit={() => {}} />)).toContain(
      'value="0.05"',
    );
  });
});

describe('Slider', () => {
  it('sliderPosition and sliderValue invert each other on a log scale (to 3 digits)', () => {
    const p = sliderPosition(0.01, 1e-4, 1, true);
    expect(p).toBe(500);
    expect(sliderValue(p, 1e-4, 1, true)).toBe(0.01);
    expect(sliderValue(1000, 0, 10, false, 1)).toBe(10);
    expect(sliderPosition(-5, 0, 10)).toBe(0);
  });
  it('Slider renders a labelled range and a number field for the same value', () => {
    const html = render(<Slider id="beta" label="β₁" value={0.9} min={0} max={1} onCommit={() => {}} />);
    expect(html).toContain('<label for="beta-range">β₁</label>');
    expect(html).toContain('id="beta-range"');
    expect(html).toContain('value="900"');
    expect(html).toContain('id="beta"');
  });
});

describe('FormulaField', () => {
  it('FormulaField with an error shows it in #<id>-error and names it as the field’s description', () => {
    const html = render(
      <FormulaField id="formula" label="f" value="x +" error={'x +\n  ^\nbad'} onInput={() => {}} />,
    );
    expect(html).toContain('aria-describedby="formula-error"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toMatch(
      /<pre id="formula-error" class="formula-error" role="alert">x \+\n {2}\^\nbad<\/pre>/,
    );
  });
  it('FormulaField without an error hides the error box and is not invalid', () => {
    const html = render(
      <FormulaField id="f" label="f" value="x" error={null} onInput={() => {}} help="help" />,
    );
    expect(html).toContain('aria-invalid="false"');
    expect(html).toContain('aria-describedby="f-help"');
    expect(html).toMatch(/<pre id="f-error"[^>]*hidden/);
  });
});

describe('Select, Checkbox, Section, LiveText', () => {
  it('Select marks the current option selected and labels the select', () => {
    const html = render(
      <Select
        id="cm"
        label="Colours"
        value="b"
        options={[
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ]}
        onChange={() => {}}
      />,
    );
    expect(html).toContain('<label for="cm">Colours</label>');
    expect(html).toMatch(/<option value="b" selected>B<\/option>/);
    expect(html).not.toMatch(/<option value="a" selected/);
  });
  it('Checkbox renders a checked box with its label after it', () => {
    const html = render(<Checkbox id="log" label="log" checked onChange={() => {}} />);
    expect(html).toMatch(/<input id="log" type="checkbox" checked\/?><label for="log">log<\/label>/);
  });
  it('Section is a region named by its heading, with its actions beside the title', () => {
    const html = render(
      <Section id="race" title="Race" actions={<button type="button">x</button>}>
        <p>body</p>
      </Section>,
    );
    expect(html).toContain('<section id="race" class="panel" aria-labelledby="race-title">');
    expect(html).toContain('<h2 id="race-title">Race</h2>');
    expect(html).toContain('<span class="panel-actions"><button type="button">x</button></span>');
  });
  it('LiveText is a visually hidden polite live region holding the text', () => {
    expect(render(<LiveText text="step 3 of 10" />)).toBe(
      '<p class="sr" aria-live="polite" aria-atomic="true">step 3 of 10</p>',
    );
  });
});
