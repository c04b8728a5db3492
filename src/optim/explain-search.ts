/**
 * The terms of one step of the classical methods: Newton's solve, the line-search methods'
 * direction and accepted step α (with their trials, and BFGS's pair s, y, ρ), and Nelder–Mead's
 * best vertex. The direction is recomputed with the method's own rule from the state before the
 * step (the rules are pure), α is read from the state after it.
 */
import { bfgsDirection } from './bfgs.js';
import { conjugateDirection, steepestDirection } from './conjugate.js';
import { type ExplainTerm, eq, type StepInput, stateWith, type Terms, term } from './explain-parts.js';
import { lbfgsDirection } from './lbfgs.js';
import type { NelderMeadState } from './nelder-mead.js';
import { newtonDirection } from './newton.js';
import { type DirectionRule, dot, type SearchState } from './search.js';

function newtonTerms(s: StepInput): Terms {
  const { r } = s;
  const n = s.g.length;
  const damping = s.o.damping as number;
  const H = s.hessian as Float64Array;
  const shared: ExplainTerm[] = [term('lr', '', [], s.lr), term('δ', '', [], damping)];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) shared.push(term(`H${i + 1}${j + 1}`, '∂²f', [], H[i * n + j]));
  // Clipping comes before the solve, as makeOptimizer chains it.
  let g = s.g;
  if (typeof s.o.clipValue === 'number' || typeof s.o.clipNorm === 'number') g = clipped(s, g);
  const { direction, modified } = newtonDirection(H, g, damping);
  shared.push(term('A ≻ 0', 'H + δ·I', [], modified ? 0 : 1));
  const coords = Array.from(s.g, (gj, j) => {
    const d = r(direction[j]);
    const delta = r(r(-s.lr) * d);
    return [
      term('g', '∇f(p)', [], gj),
      ...(g[j] !== gj ? [term('g', 'clip(g)', [], g[j])] : []),
      term('d', modified ? 'Q·diag(1/(max(|μᵢ|, η) + δ))·Qᵀ·g' : '(H + δ·I)⁻¹·g', [], d),
      term('Δp', '−lr·d', eq`−${s.lr}·${d}`, delta),
    ];
  });
  return { shared, coords };
}

/** Clipping by value then by global norm, as clipByValue and clipByGlobalNorm compute it. */
function clipped(s: StepInput, g: Float64Array): Float64Array {
  let x = Float64Array.from(g);
  const value = s.o.clipValue;
  if (typeof value === 'number') x = x.map((v) => Math.min(value, Math.max(-value, v)));
  const limit = s.o.clipNorm;
  if (typeof limit === 'number') {
    const norm = Math.sqrt(x.reduce((a, v) => a + v * v, 0));
    if (norm > limit) {
      const k = s.r(limit / norm);
      x = x.map((v) => s.r(v * k));
    }
  }
  return x;
}

function ruleOf(s: StepInput): DirectionRule<unknown> {
  const scaled = s.o.scaled === true;
  switch (s.name) {
    case 'cg-fr':
      return conjugateDirection('fletcher-reeves') as DirectionRule<unknown>;
    case 'cg-pr':
      return conjugateDirection('polak-ribiere') as DirectionRule<unknown>;
    case 'bfgs':
      return bfgsDirection(scaled) as DirectionRule<unknown>;
    case 'lbfgs':
      return lbfgsDirection(s.o.memory as number, scaled) as DirectionRule<unknown>;
    default:
      return steepestDirection as DirectionRule<unknown>;
  }
}

const DIRECTION: Record<string, string> = {
  'gd-armijo': '−g',
  'gd-wolfe': '−g',
  'cg-fr': '−g + β·d₋₁',
  'cg-pr': '−g + β·d₋₁',
  bfgs: '−H·g',
  lbfgs: '−H·g (two loops)',
};

function searchTerms(s: StepInput): Terms {
  const before = stateWith<SearchState<unknown>>(s.before, 'memory', 'alpha') as SearchState<unknown>;
  const after = stateWith<SearchState<unknown>>(s.after, 'memory', 'alpha') as SearchState<unknown>;
  const rule = ruleOf(s);
  const x = s.p;
  const step =
    before.count > 0 && before.alpha > 0
      ? { s: x.map((v, i) => v - before.x[i]), y: s.g.map((v, i) => v - before.g[i]) }
      : null;
  let d = rule.next(before.memory, s.g, step).direction;
  let slope = dot(s.g, d);
  const restarted = !(slope < 0 && Number.isFinite(slope)) && dot(s.g, s.g) > 0;
  if (restarted) {
    d = rule.next(rule.init(x.length), s.g, null).direction;
    slope = dot(s.g, d);
  }
  const alpha = after.alpha;
  const trials = after.trace?.trials?.length ?? 0;
  const shared: ExplainTerm[] = [
    term('lr', '', [], s.lr),
    term('gᵀd', '', [], slope),
    term('α', '', [], alpha),
    term('trials', '', [], trials),
  ];
  const pair = step && (s.name === 'bfgs' || s.name === 'lbfgs');
  if (pair) shared.push(term('ρ', '1/(yᵀs)', eq`1/${dot(step.y, step.s)}`, 1 / dot(step.y, step.s)));
  const coords = Array.from(s.g, (gj, j) => [
    term('g', '∇f(p)', [], gj),
    ...(pair ? [term('s', 'p − p₋₁', [], step.s[j]), term('y', 'g − g₋₁', [], step.y[j])] : []),
    term('d', restarted ? '−g' : (DIRECTION[s.name] ?? '−g'), [], d[j]),
    term('Δp', 'α·d', eq`${alpha}·${d[j]}`, alpha * d[j]),
  ]);
  return { shared, coords };
}

function nelderMeadTerms(s: StepInput): Terms {
  const after = stateWith<NelderMeadState>(s.after, 'simplex', 'values') as NelderMeadState;
  const shared = Array.from(after.values, (v, i) => term(`f(x${i})`, '', [], v));
  const coords = Array.from(s.p, (pj, j) => {
    const best = after.simplex[0][j];
    return [term('x₀', '', [], best), term('Δp', 'x₀ − p', eq`${best} − ${pj}`, s.r(best - pj))];
  });
  return { shared, coords };
}

/** The terms of a classical method's step (newton, the line searches, nelder-mead). */
export function classicalTerms(s: StepInput): Terms {
  if (s.name === 'newton') return newtonTerms(s);
  if (s.name === 'nelder-mead') return nelderMeadTerms(s);
  return searchTerms(s);
}
