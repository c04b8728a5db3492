import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { createExplainer, equationText, explainStep, type StepFunction, termText } from './explain.js';

/** f(x) = x² from x = 1, by hand: ∇f = 2x, no noise. */
const square: StepFunction = {
  start: [1],
  vars: ['x'],
  dtype: 'float64',
  gradient: (p) => [p[0] * p[0], [2 * p[0]]],
  value: (p) => p[0] * p[0],
  valueAndGrad: (p) => [p[0] * p[0], [2 * p[0]]],
  hessian: () => Float64Array.of(2),
};

const termValue = (terms: readonly { symbol: string; value: number }[], symbol: string) =>
  terms.filter((t) => t.symbol === symbol).at(-1)?.value;

describe('explainStep', () => {
  it('explainStep(sgd lr 0.25, x² from 1, step 1) is x₁ = 0.5, g = 1, Δp = −0.25 (by hand)', () => {
    // x₁ = 1 − 0.25·2 = 0.5; at step 1: g = 2·0.5 = 1, Δp = −0.25·1, x₂ = 0.25
    const e = explainStep({ name: 'sgd', options: { lr: 0.25 } }, square, 1, 5);
    expect(e.before).toEqual([0.5]);
    expect(termValue(e.coords[0], 'g')).toBe(1);
    expect(termValue(e.coords[0], 'Δp')).toBe(-0.25);
    expect(e.after).toEqual([0.25]);
    expect(e.other).toMatchObject({ convention: 'keras', delta: [-0.25], difference: [0] });
  });

  it('explainStep(sgd momentum 0.5, PyTorch) shows b ← g first, then b = μ·b + g (by hand: b₁ = 0.5·2 + 1)', () => {
    const spec = { name: 'sgd', options: { lr: 0.25, momentum: 0.5 } };
    const first = explainStep(spec, square, 0, 5);
    expect(termValue(first.coords[0], 'b')).toBe(2);
    // x₁ = 1 − 0.25·2 = 0.5, g = 1, b = 0.5·2 + 1 = 2
    const second = explainStep(spec, square, 1, 5);
    expect(termValue(second.coords[0], 'b')).toBe(2);
    expect(termValue(second.coords[0], 'Δp')).toBe(-0.5);
  });

  it('explainStep(newton, x²) solves H·d = g: d = g/2 and one step lands on 0 (to rounding)', () => {
    const e = explainStep({ name: 'newton' }, square, 0, 3);
    // through the Cholesky factor √2: exact to rounding, not bit for bit
    expect(termValue(e.coords[0], 'd')).toBeCloseTo(1, 15);
    expect(e.after[0]).toBeCloseTo(0, 15);
    expect(e.after[0]).toBe(e.before[0] + e.delta[0]);
  });

  it('createExplainer(…).explain(K) past the steps taken throws explain-step-range naming the last step', () => {
    const x = createExplainer({ name: 'adam' }, square, 4);
    expect(() => x.explain(4)).toThrow(DescensoError);
    expect(() => x.explain(-1)).toThrow(/0 to 3/);
    expect(() => createExplainer({ name: 'adam' }, square, 0).explain(0)).toThrow(/no step/);
  });

  it('equationText puts a negative number after an operator in parentheses; termText joins the sides', () => {
    const f = (x: number) => String(x);
    expect(equationText([0.9, '·', -2, ' + ', 0.1, '·', 3], f)).toBe('0.9·(-2) + 0.1·3');
    expect(equationText([-2, '/', 4], f)).toBe('-2/4');
    const t = { symbol: 'm', formula: 'β₁·m + (1 − β₁)·g', equation: [0.9, '·', 1], value: 0.9 };
    expect(termText(t, f)).toBe('m = β₁·m + (1 − β₁)·g = 0.9·1 = 0.9');
    expect(termText({ symbol: 'g', formula: '', equation: [], value: 2 }, f)).toBe('g = 2');
  });
});
