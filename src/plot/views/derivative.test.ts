import { describe, expect, it } from 'vitest';
import { runDerivative } from '../../experiment/derivative.js';
import type { DerivativeExperiment } from '../../experiment/types.js';
import { xmlProblem } from '../xml.js';
import {
  derivativeChainView,
  derivativeDescentView,
  derivativeErrorView,
  derivativeFigure,
  derivativeTangentView,
} from './derivative.js';

/** The lab's default study: the derivatives tutorial's f at x = 2, h = 0.5, α = 0.01, 250 steps. */
const tutorial: DerivativeExperiment = {
  kind: 'derivative',
  version: 2,
  formula: '2*x^2 - 3*x + 4',
  x: 2,
  h: 0.5,
  lr: 0.01,
  steps: 250,
  inner: '2*x^2 - x - 2',
  outer: '3*u + 1',
};
const run = runDerivative(tutorial);

/** The names of the legend entries and marks of a chart. */
const names = (svg: string) => [...svg.matchAll(/data-name="([^"]*)"/g)].map((m) => m[1]);

describe('derivativeTangentView', () => {
  it('derivativeTangentView(tutorial) draws f, the tangent of slope 5 and the secant of slope 6', async () => {
    const svg = derivativeTangentView(tutorial, run);
    expect(xmlProblem(svg)).toBeNull();
    expect(names(svg)).toEqual(['f(x)', 'tangent at x = 2 (slope 5)', 'secant, h = 0.5 (slope 6)']);
    await expect(svg).toMatchFileSnapshot('./__snapshots__/derivative-tangent.svg');
  });

  it('derivativeTangentView with h = 1e-4 keeps the run’s forward quotient, not one between samples', () => {
    // The samples lie 0.025 apart: a secant read off them would have the slope of one segment.
    const e = { ...tutorial, h: 0.0001 };
    const svg = derivativeTangentView(e, runDerivative(e));
    expect(names(svg)).toContain('secant, h = 0.0001 (slope 5.0002)');
  });

  it('derivativeTangentView where f is undefined at x draws f alone, with no tangent', () => {
    const e = { ...tutorial, formula: 'log(x)', x: 0 };
    const svg = derivativeTangentView(e, runDerivative(e));
    expect(xmlProblem(svg)).toBeNull();
    expect(names(svg)).toEqual(['f(x)']);
  });
});

describe('derivativeErrorView', () => {
  it('derivativeErrorView(tutorial) draws both errors against h on log–log axes and marks h = 0.5', async () => {
    const svg = derivativeErrorView(tutorial, run);
    expect(xmlProblem(svg)).toBeNull();
    expect(names(svg).slice(0, 2)).toEqual(['forward (f(x+h) − f(x)) / h', 'central (f(x+h) − f(x−h)) / 2h']);
    // forward at h = 0.5 is off by 1 (a circle); central is exact, 0 has no place on a log axis.
    expect(svg.match(/<g class="points"><circle/g)).toHaveLength(1);
    await expect(svg).toMatchFileSnapshot('./__snapshots__/derivative-error.svg');
  });
});

describe('derivativeDescentView', () => {
  it('derivativeDescentView(tutorial) draws x against step for gradient descent and the sign step', async () => {
    const svg = derivativeDescentView(tutorial, run);
    expect(xmlProblem(svg)).toBeNull();
    expect(names(svg)).toEqual(['gradient descent x − α·f′(x)', 'sign step x − α·sign(f′(x))']);
    expect(svg).toContain('Descent from x: gradient against sign (α = 0.01)');
    await expect(svg).toMatchFileSnapshot('./__snapshots__/derivative-descent.svg');
  });

  it('derivativeDescentView with quantity value draws f(x) against step, in the experiment’s language', () => {
    const e = { ...tutorial, view: { lang: 'es' as const } };
    const svg = derivativeDescentView(e, runDerivative(e), { quantity: 'value' });
    expect(svg).toContain('>f(x)</text>');
    expect(names(svg)).toEqual(['descenso del gradiente x − α·f′(x)', 'paso por signo x − α·sign(f′(x))']);
  });

  it('derivativeDescentView of descents that could not start says there is no data', () => {
    const e = { ...tutorial, formula: 'log(x)', x: 0 };
    const svg = derivativeDescentView(e, runDerivative(e));
    expect(xmlProblem(svg)).toBeNull();
    expect(svg).toContain('no data to plot');
  });
});

describe('derivativeChainView and derivativeFigure', () => {
  it('derivativeChainView(tutorial) lists u = 4, du/dx = 7, y = 13, dy/du = 3 and both dy/dx = 21', async () => {
    const svg = derivativeChainView(tutorial, run)!;
    expect(xmlProblem(svg)).toBeNull();
    const values = [...svg.matchAll(/class="n">([^<]*)</g)].map((m) => m[1]);
    expect(values).toEqual(['2*x^2 - x - 2 = 4', '7', '3*u + 1 = 13', '3', '21', '21']);
    await expect(svg).toMatchFileSnapshot('./__snapshots__/derivative-chain.svg');
  });

  it('derivativeChainView without inner and outer is null', () => {
    const { inner: _i, outer: _o, ...bare } = tutorial;
    expect(derivativeChainView(bare, runDerivative(bare))).toBeNull();
  });

  it('derivativeFigure(tutorial) holds the four panels under the study’s title', async () => {
    const svg = derivativeFigure(tutorial, run);
    expect(xmlProblem(svg)).toBeNull();
    expect(svg.match(/<svg x=/g)).toHaveLength(4);
    expect(svg).toContain('f(x) = 2*x^2 - 3*x + 4 at x = 2');
    await expect(svg).toMatchFileSnapshot('./__snapshots__/derivative-figure.svg');
  });

  it('derivativeFigure of a formula that does not parse is still a well-formed figure, in Spanish', () => {
    const e = { ...tutorial, formula: '2*x^2 - ', view: { lang: 'es' as const } };
    const svg = derivativeFigure(e, runDerivative(e));
    expect(xmlProblem(svg)).toBeNull();
    expect(svg).toContain('no hay datos que dibujar');
    expect(svg).toContain('Regla de la cadena en x = 2');
  });

  it('derivativeFigure of hostile formula text keeps the SVG well formed', () => {
    const e = { ...tutorial, formula: 'x</text><script>\u0001', inner: 'x\n+1' };
    expect(xmlProblem(derivativeFigure(e, runDerivative(e)))).toBeNull();
  });
});
