/**
 * The surface being explored, as the lab needs it: a fast f(x, y), its gradient, a domain and
 * the known minima — from a catalog surface or a typed formula, both through src/.
 */
import { DescensoError } from '../../../src/errors.js';
import { parseFormula } from '../../../src/expr/index.js';
import { LIMITS } from '../../../src/limits.js';
import { getSurface, type Surface2D, surfaceFormula, surfaces } from '../../../src/surfaces/index.js';
import { compileFormula } from '../../../src/train/descend.js';

export type Domain = readonly [readonly [number, number], readonly [number, number]];

export interface Field {
  /** f(x, y); NaN where undefined. */
  f: (x: number, y: number) => number;
  /** [f, ∂f/∂x, ∂f/∂y]. */
  grad: (x: number, y: number) => [number, number, number];
  domain: Domain;
  minima: readonly { point: readonly number[]; value: number; global?: boolean }[];
  xLabel: string;
  yLabel: string;
  /** A key that changes when the function or domain changes (caches of the heat map). */
  key: string;
}

export const surfaces2D: readonly Surface2D[] = surfaces.filter((s): s is Surface2D => s.dims === 2);
export const FORMULA_DOMAIN: Domain = [
  [-3, 3],
  [-3, 3],
];

/** The variable names to give `descend` for a typed surface formula: x, y or w0/w_0, w1/w_1, in that order. */
export function formulaVars(text: string): string[] {
  // kind 'surface' checks the text and gives the positioned error in the user's language.
  const checked = parseFormula(text, { kind: 'surface' });
  void checked;
  const names = parseFormula(text, { kind: 'nd' }).vars;
  const xs = names.filter((n) => n === 'x' || n === 'w0' || n === 'w_0');
  const ys = names.filter((n) => n === 'y' || n === 'w1' || n === 'w_1');
  if (xs.length > 1 || ys.length > 1)
    throw new DescensoError('bad-value', { what: 'variables', value: names.join(', ') });
  const style = (xs[0] ?? ys[0] ?? 'x').replace(/[01]$/, '').replace(/^x$|^y$/, '');
  const x = xs[0] ?? (style === '' ? 'x' : `${style}0`);
  const y = ys[0] ?? (style === '' ? 'y' : `${style}1`);
  if ((x === 'x') !== (y === 'y'))
    throw new DescensoError('bad-value', { what: 'variables', value: names.join(', ') });
  return [x, y];
}

function fromFormulaText(text: string, vars: string[]) {
  const formula = parseFormula(text, { kind: 'nd', vars });
  return compileFormula(formula);
}

/** The field of a catalog surface id, or of a formula with its variables. */
export function makeField(
  source: { surface?: string; formula?: string; vars?: string[] },
  formulaDomain: Domain = FORMULA_DOMAIN,
): Field {
  let c: ReturnType<typeof compileFormula>;
  let domain: Domain = formulaDomain;
  let minima: Field['minima'] = [];
  let xLabel = 'x';
  let yLabel = 'y';
  if (source.surface !== undefined) {
    const s = getSurface(source.surface);
    if (s.dims !== 2) throw new DescensoError('bad-value', { what: 'surface (2-D)', value: s.id });
    c = compileFormula(surfaceFormula(s));
    domain = s.domain;
    minima = s.minima;
    xLabel = 'w₀';
    yLabel = 'w₁';
  } else {
    const vars = source.vars ?? formulaVars(source.formula ?? '');
    c = fromFormulaText(source.formula ?? '', vars);
    xLabel = vars[0].replace(/_?0$/, '₀').replace(/^w₀$/, 'w₀');
    yLabel = vars[1].replace(/_?1$/, '₁');
  }
  const p = [0, 0];
  return {
    f: (x, y) => {
      p[0] = x;
      p[1] = y;
      return c.value(p);
    },
    grad: (x, y) => {
      const [v, g] = c.valueAndGrad([x, y]);
      return [v, g[0], g[1]];
    },
    domain,
    minima,
    xLabel,
    yLabel,
    key: `${source.surface ?? ''}|${source.formula ?? ''}|${domain.flat().join(',')}`,
  };
}

export type DomainFault =
  | { field: 0 | 1 | 2 | 3; problem: 'not-number'; value: string }
  | { field: 0 | 1 | 2 | 3; problem: 'too-large'; value: string }
  | { field: 1 | 3; problem: 'order'; axis: 'x' | 'y' };

/**
 * Reads [x min, x max, y min, y max] as typed: each a finite number within ±LIMITS.domain (the heat map and the axes stay meaningful), each min
 * below its max. Returns the domain or the first fault (which field, what is wrong).
 */
export function readDomain(texts: readonly string[]): { domain: Domain } | { fault: DomainFault } {
  const v: number[] = [];
  for (let i = 0; i < 4; i++) {
    const text = (texts[i] ?? '').trim();
    const x = text === '' ? Number.NaN : Number(text);
    const field = i as 0 | 1 | 2 | 3;
    if (!Number.isFinite(x)) return { fault: { field, problem: 'not-number', value: text } };
    if (Math.abs(x) > LIMITS.domain) return { fault: { field, problem: 'too-large', value: text } };
    v.push(x);
  }
  if (!(v[0] < v[1])) return { fault: { field: 1, problem: 'order', axis: 'x' } };
  if (!(v[2] < v[3])) return { fault: { field: 3, problem: 'order', axis: 'y' } };
  return {
    domain: [
      [v[0], v[1]],
      [v[2], v[3]],
    ],
  };
}
