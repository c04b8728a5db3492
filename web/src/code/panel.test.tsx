import { signal } from '@preact/signals';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { Experiment } from '../../../src/experiment/index.js';
import { CodePanel, nextTarget, scriptOf } from './panel.js';

const descent: Experiment = {
  kind: 'descend',
  version: 2,
  surface: 'peaks',
  steps: 5,
  optimizers: [{ name: 'adam', options: { lr: 0.1 } }],
};

describe('CodePanel', () => {
  it('renders four tabs, NumPy selected, and the NumPy script of the experiment', () => {
    const html = renderToString(<CodePanel experiment={signal(descent)} onClose={() => {}} />);
    for (const t of ['numpy', 'pytorch', 'tensorflow', 'jax']) expect(html).toContain(`id="code-tab-${t}"`);
    expect(html).toMatch(/id="code-tab-numpy"[^>]*aria-selected="true"/);
    expect(html).toContain('def grad_f(x, y):');
  });
});

describe('scriptOf(experiment, target, lang)', () => {
  it('gives each framework its script, and a derivative study the reason in the language asked', () => {
    expect(scriptOf(descent, 'jax', 'en').script).toContain('jax.value_and_grad');
    const derivative = {
      kind: 'derivative',
      version: 2,
      formula: 'x^2',
      x: 1,
      h: 0.1,
      lr: 0.1,
      steps: 3,
    } as Experiment;
    expect(scriptOf(derivative, 'numpy', 'es').error).toMatch(/^un estudio de derivada no tiene guion/);
    expect(scriptOf(null, 'numpy', 'en')).toEqual({});
  });

  it('writes the script in the language asked: Spanish comments in es, the English script in en', () => {
    const es = scriptOf(descent, 'numpy', 'es').script ?? '';
    expect(es).toContain('# ---- La función y su gradiente');
    expect(es).not.toContain('The function and its gradient');
    expect(scriptOf(descent, 'numpy', 'en').script).toContain('# ---- The function and its gradient');
  });
});

describe('nextTarget(key, current)', () => {
  it('moves along the four targets with the arrows, wrapping, and to the ends with Home and End', () => {
    expect(nextTarget('ArrowRight', 'numpy')).toBe('pytorch');
    expect(nextTarget('ArrowLeft', 'numpy')).toBe('jax');
    expect(nextTarget('ArrowDown', 'jax')).toBe('numpy');
    expect(nextTarget('End', 'pytorch')).toBe('jax');
    expect(nextTarget('Home', 'tensorflow')).toBe('numpy');
    expect(nextTarget('a', 'numpy')).toBe(null);
    expect(nextTarget('constructor', 'numpy')).toBe(null);
  });
  it('renders only the selected tab in the Tab order, its panel labelled by it', () => {
    const html = renderToString(<CodePanel experiment={signal(descent)} onClose={() => {}} />);
    expect(html).toMatch(/id="code-tab-numpy"[^>]*tabindex="0"/);
    expect(html).toMatch(/id="code-tab-jax"[^>]*tabindex="-1"/);
    expect(html).toMatch(/role="tabpanel"[^>]*aria-labelledby="code-tab-numpy"/);
  });
});
