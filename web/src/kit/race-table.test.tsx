import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { setLang } from '../i18n.js';
import { OptimizerEditor, optionLabel, renamed } from './optimizer-editor.js';
import { RaceTable } from './race-table.js';

describe('RaceTable', () => {
  it('renders a real table: a caption, a column header per column, a row header per row, each cell labelled for the narrow layout', () => {
    const html = render(
      <RaceTable
        caption="The race at epoch 3"
        rowHeader="optimizer"
        columns={[
          { key: 'reached', label: 'epochs to tolerance', numeric: true },
          { key: 'status', label: 'status' },
        ]}
        rows={[
          {
            key: 'a',
            label: 'Adam',
            colour: '#f00',
            cells: { reached: '12', status: 'diverged at epoch 20' },
          },
        ]}
      />,
    );
    expect(html).toContain('<caption class="sr">The race at epoch 3</caption>');
    expect(html.match(/scope="col"/g)).toHaveLength(3);
    expect(html).toContain('scope="row"');
    expect(html).toContain('data-label="epochs to tolerance"');
    expect(html).toContain('<td class="status" data-label="status">diverged at epoch 20</td>');
  });
});

describe('OptimizerEditor', () => {
  it('names the options in words in Spanish with their symbol, never the camelCase key', () => {
    setLang('es');
    const html = render(
      <OptimizerEditor
        entry={{ name: 'adamw' }}
        colour="#000"
        canRemove
        onChange={() => {}}
        onRemove={() => {}}
      />,
    );
    expect(html).toContain('decaimiento de pesos (λ)');
    expect(html).toContain('decaimiento del primer momento (β₁)');
    expect(html).not.toMatch(/>weightDecay|>beta1/);
    setLang('en');
    expect(optionLabel('weightDecay')).toBe('weight decay (λ)');
  });

  it('renamed(entry, name) keeps the learning rate and the clipping, drops the label and the rest', () => {
    expect(
      renamed({ name: 'sgd', label: 'GD', options: { lr: 0.1, momentum: 0.9, clipNorm: 2 } }, 'adam'),
    ).toEqual({ name: 'adam', options: { lr: 0.1, clipNorm: 2 } });
  });
});
