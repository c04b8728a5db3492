/**
 * The terms of one update of the gradient methods (sgd … lion), computed the way transforms.ts
 * computes them, operation for operation and rounding for rounding, from the state the run had
 * before the step. The moments and accumulators shown are the run's own states after the step;
 * explain.test.ts checks that what is recomputed here equals them and the run's Δp bit for bit.
 */
import {
  at,
  type ExplainTerm,
  eq,
  type StepInput,
  sign,
  stateWith,
  type Terms,
  term,
} from './explain-parts.js';
import type {
  AdadeltaState,
  AdagradState,
  AdamaxState,
  AdamState,
  LionState,
  NadamState,
  RmsState,
  TraceState,
} from './transforms.js';

/** One coordinate's road from g to the core's direction: its terms and its running value. */
interface Lane {
  readonly terms: ExplainTerm[];
  x: number;
}

const num = (s: StepInput, key: string): number => s.o[key] as number;

/** Clipping (value, then global norm) and coupled weight decay: the gradient the core sees. */
function preprocess(s: StepInput, shared: ExplainTerm[]): Lane[] {
  const { r } = s;
  const lanes: Lane[] = Array.from(s.g, (x) => ({ terms: [term('g', '∇f(p)', [], x)], x }));
  const clipValue = s.o.clipValue;
  if (typeof clipValue === 'number')
    for (const lane of lanes) {
      const x = Math.min(clipValue, Math.max(-clipValue, lane.x));
      lane.terms.push(term('g', 'clip(g, −c, c)', eq`clip(${lane.x}, −${clipValue}, ${clipValue})`, x));
      lane.x = x;
    }
  const clipNorm = s.o.clipNorm;
  if (typeof clipNorm === 'number') {
    let sq = 0;
    for (const lane of lanes) sq += lane.x * lane.x;
    const norm = Math.sqrt(sq);
    shared.push(term('‖g‖', '√(Σ g²)', [], norm));
    if (norm > clipNorm) {
      const k = r(clipNorm / norm);
      for (const lane of lanes) {
        const x = r(lane.x * k);
        lane.terms.push(term('g', 'g·c/‖g‖', eq`${lane.x}·${clipNorm}/${norm}`, x));
        lane.x = x;
      }
    }
  }
  const wd = typeof s.o.weightDecay === 'number' ? s.o.weightDecay : 0;
  if (wd > 0 && s.entry.variant.weightDecay === 'coupled') {
    const k = r(wd);
    lanes.forEach((lane, j) => {
      const x = r(lane.x + r(k * s.p[j]));
      lane.terms.push(term('g', 'g + λ·p', eq`${lane.x} + ${wd}·${s.p[j]}`, x));
      lane.x = x;
    });
  }
  return lanes;
}

/** −lr·d: the learning rate's block, as scale(−lr) computes it. */
function lrStep(s: StepInput, lane: Lane, d: number, formula = '−lr·d'): number {
  const delta = s.r(s.r(-s.lr) * d);
  lane.terms.push(term('Δp', formula, eq`−${s.lr}·${d}`, delta));
  return delta;
}

/** The effective learning rate lr/den, shown for the methods that divide by a running scale. */
function effective(s: StepInput, lane: Lane, den: number, formula: string): void {
  lane.terms.push(term('ηₑ', formula, eq`${s.lr}/${den}`, s.lr / den));
}

/** A momentum buffer, PyTorch's b ← μ·b + (1 − τ)·u (b ← u at first) or Keras's v ← μ·v − lr·g. */
function momentum(
  s: StepInput,
  lane: Lane,
  j: number,
  u: number,
  o: { mu: number; damp: number; symbol: string; formula: string; first: string },
): number {
  const { r } = s;
  const before = stateWith<TraceState>(s.before, 'buf') as TraceState;
  if (!before.started) {
    lane.terms.push(term(o.symbol, o.first, [], u));
    return u;
  }
  const prev = at(before.buf, j);
  const keep = r(1 - o.damp);
  const b = r(r(r(o.mu) * prev) + (o.damp === 0 ? u : r(keep * u)));
  const filled = o.damp === 0 ? eq`${o.mu}·${prev} + ${u}` : eq`${o.mu}·${prev} + ${keep}·${u}`;
  lane.terms.push(term(o.symbol, o.formula, filled, b));
  return b;
}

function sgdCore(s: StepInput, lane: Lane, j: number): number {
  const mu = num(s, 'momentum');
  const nesterov = s.o.nesterov === true;
  const { r } = s;
  if (!(mu > 0)) return lrStep(s, lane, lane.x, '−lr·g');
  if (!s.entry.variant.lrInsideMomentum) {
    const b = momentum(s, lane, j, lane.x, {
      mu,
      damp: num(s, 'dampening'),
      symbol: 'b',
      formula: num(s, 'dampening') === 0 ? 'μ·b + g' : 'μ·b + (1 − τ)·g',
      first: 'g',
    });
    if (!nesterov) return lrStep(s, lane, b, '−lr·b');
    const d = r(lane.x + r(r(mu) * b));
    lane.terms.push(term('d', 'g + μ·b', eq`${lane.x} + ${mu}·${b}`, d));
    return lrStep(s, lane, d);
  }
  const u = r(r(-s.lr) * lane.x);
  lane.terms.push(term('−lr·g', '', eq`−${s.lr}·${lane.x}`, u));
  const v = momentum(s, lane, j, u, { mu, damp: 0, symbol: 'v', formula: 'μ·v − lr·g', first: '−lr·g' });
  const delta = nesterov ? r(u + r(r(mu) * v)) : v;
  lane.terms.push(term('Δp', nesterov ? 'μ·v − lr·g' : 'v', nesterov ? eq`${mu}·${v} + ${u}` : [], delta));
  return delta;
}

/** √s + ε (outside) or √(s + ε) (inside): the denominators of Adagrad and RMSprop. */
function rootDenominator(s: StepInput, x: number, eps: number): [number, string] {
  const { r } = s;
  const inside = s.entry.variant.epsilon === 'inside-sqrt';
  return inside ? [r(Math.sqrt(r(x + eps))), '√(s + ε)'] : [r(r(Math.sqrt(x)) + eps), '√s + ε'];
}

function adagradCore(s: StepInput, lane: Lane, j: number): number {
  const { r } = s;
  const before = stateWith<AdagradState>(s.before, 'sum') as AdagradState;
  const prev = at(before.sum, j);
  const sum = r(prev + r(lane.x * lane.x));
  lane.terms.push(term('s', 's + g²', eq`${prev} + ${lane.x}²`, sum));
  const eps = r(num(s, 'eps'));
  const [den, text] = rootDenominator(s, sum, eps);
  lane.terms.push(term(text, '', [], den));
  effective(s, lane, den, `lr/(${text})`);
  const d = r(lane.x / den);
  lane.terms.push(term('d', `g/(${text})`, eq`${lane.x}/${den}`, d));
  return lrStep(s, lane, d);
}

function rmspropCore(s: StepInput, lane: Lane, j: number): number {
  const { r } = s;
  const before = stateWith<RmsState>(s.before, 'sq', 'avg') as RmsState;
  const rho = r(num(s, 'rho'));
  const c = r(1 - num(s, 'rho'));
  const eps = r(num(s, 'eps'));
  const prev = at(before.sq, j);
  const v = r(r(rho * prev) + r(c * r(lane.x * lane.x)));
  lane.terms.push(term('v', 'ρ·v + (1 − ρ)·g²', eq`${num(s, 'rho')}·${prev} + ${c}·${lane.x}²`, v));
  let second = v;
  if (before.avg) {
    const a0 = at(before.avg, j);
    const avg = r(r(rho * a0) + r(c * lane.x));
    lane.terms.push(term('ḡ', 'ρ·ḡ + (1 − ρ)·g', eq`${num(s, 'rho')}·${a0} + ${c}·${lane.x}`, avg));
    second = Math.max(0, r(v - r(avg * avg)));
    lane.terms.push(term('v′', 'v − ḡ²', eq`${v} − ${avg}²`, second));
  }
  const [den, text] = rootDenominator(s, second, eps);
  lane.terms.push(term(text.replace('s', 'v′'), '', [], den));
  effective(s, lane, den, `lr/(${text.replace('s', 'v′')})`);
  const d = r(lane.x / den);
  lane.terms.push(term('d', `g/(${text.replace('s', 'v′')})`, eq`${lane.x}/${den}`, d));
  const mu = num(s, 'momentum');
  if (!(mu > 0)) return lrStep(s, lane, d);
  if (!s.entry.variant.lrInsideMomentum) {
    const b = momentum(s, lane, j, d, { mu, damp: 0, symbol: 'b', formula: 'μ·b + d', first: 'd' });
    return lrStep(s, lane, b, '−lr·b');
  }
  const u = r(r(-s.lr) * d);
  lane.terms.push(term('−lr·d', '', eq`−${s.lr}·${d}`, u));
  const b = momentum(s, lane, j, u, { mu, damp: 0, symbol: 'b', formula: 'μ·b − lr·d', first: '−lr·d' });
  lane.terms.push(term('Δp', 'b', [], b));
  return b;
}

function adadeltaCore(s: StepInput, lane: Lane, j: number): number {
  const { r } = s;
  const before = stateWith<AdadeltaState>(s.before, 'sq', 'delta') as AdadeltaState;
  const rho = r(num(s, 'rho'));
  const c = r(1 - num(s, 'rho'));
  const eps = r(num(s, 'eps'));
  const [v0, u0] = [at(before.sq, j), at(before.delta, j)];
  const v = r(r(rho * v0) + r(c * r(lane.x * lane.x)));
  lane.terms.push(term('v', 'ρ·v + (1 − ρ)·g²', eq`${num(s, 'rho')}·${v0} + ${c}·${lane.x}²`, v));
  const top = r(Math.sqrt(r(u0 + eps)));
  const den = r(Math.sqrt(r(v + eps)));
  const d = r(r(top / den) * lane.x);
  lane.terms.push(term('d', '√(u + ε)/√(v + ε)·g', eq`${top}/${den}·${lane.x}`, d));
  const u = r(r(rho * u0) + r(c * r(d * d)));
  lane.terms.push(term('u', 'ρ·u + (1 − ρ)·d²', eq`${num(s, 'rho')}·${u0} + ${c}·${d}²`, u));
  return lrStep(s, lane, d);
}

/** m ← β₁·m + (1 − β₁)·g and v ← β₂·v + (1 − β₂)·g², as Adam, Nadam and Adamax keep them. */
function moments(s: StepInput, lane: Lane, m0: number, v0?: number): { m: number; v: number } {
  const { r } = s;
  const [b1, b2] = [num(s, 'beta1'), num(s, 'beta2')];
  const [c1, c2] = [r(1 - b1), r(1 - b2)];
  const m = r(r(r(b1) * m0) + r(c1 * lane.x));
  lane.terms.push(term('m', 'β₁·m + (1 − β₁)·g', eq`${b1}·${m0} + ${c1}·${lane.x}`, m));
  if (v0 === undefined) return { m, v: Number.NaN };
  const v = r(r(r(b2) * v0) + r(c2 * r(lane.x * lane.x)));
  lane.terms.push(term('v', 'β₂·v + (1 − β₂)·g²', eq`${b2}·${v0} + ${c2}·${lane.x}²`, v));
  return { m, v };
}

function adamCore(s: StepInput, lane: Lane, j: number, shared: ExplainTerm[]): number {
  const { r } = s;
  const before = stateWith<AdamState>(s.before, 'm', 'v', 'vmax') as AdamState;
  const t = before.count + 1;
  const [b1, b2, eps] = [num(s, 'beta1'), num(s, 'beta2'), r(num(s, 'eps'))];
  const bc1 = 1 - b1 ** t;
  const bc2 = 1 - b2 ** t;
  const { m, v } = moments(s, lane, at(before.m, j), at(before.v, j));
  let second = v;
  if (before.vmax) {
    const prev = at(before.vmax, j);
    second = Math.max(prev, v);
    lane.terms.push(term('v̄', 'max(v̄, v)', eq`max(${prev}, ${v})`, second));
  }
  if (j === 0) shared.push(term('t', 'K + 1', [], t), term('1 − β₁ᵗ', '', eq`1 − ${b1}^${t}`, bc1));
  if (s.entry.variant.epsilon === 'before-correction') {
    const k = r(Math.sqrt(bc2) / bc1);
    if (j === 0) shared.push(term('αₜ/lr', '√(1 − β₂ᵗ)/(1 − β₁ᵗ)', eq`√(1 − ${b2}^${t})/${bc1}`, k));
    const den = r(r(Math.sqrt(second)) + eps);
    lane.terms.push(term('√v + ε', '', eq`√${second} + ${eps}`, den));
    effective(s, lane, den / k, 'αₜ/(√v + ε)');
    const d = r(r(m * k) / den);
    lane.terms.push(term('d', 'm·√(1 − β₂ᵗ)/(1 − β₁ᵗ)/(√v + ε)', eq`${m}·${k}/${den}`, d));
    return lrStep(s, lane, d);
  }
  const [rbc1, rsbc2] = [r(bc1), r(Math.sqrt(bc2))];
  if (j === 0) shared.push(term('√(1 − β₂ᵗ)', '', eq`√(1 − ${b2}^${t})`, rsbc2));
  const mhat = r(m / rbc1);
  lane.terms.push(term('m̂', 'm/(1 − β₁ᵗ)', eq`${m}/${rbc1}`, mhat));
  const root = r(r(Math.sqrt(second)) / rsbc2);
  lane.terms.push(term('√v̂', '√v/√(1 − β₂ᵗ)', eq`√${second}/${rsbc2}`, root));
  const den = r(root + eps);
  effective(s, lane, den, 'lr/(√v̂ + ε)');
  const d = r(mhat / den);
  lane.terms.push(term('d', 'm̂/(√v̂ + ε)', eq`${mhat}/(${root} + ${eps})`, d));
  return lrStep(s, lane, d);
}

function adamaxCore(s: StepInput, lane: Lane, j: number, shared: ExplainTerm[]): number {
  const { r } = s;
  const before = stateWith<AdamaxState>(s.before, 'm', 'u') as AdamaxState;
  const t = before.count + 1;
  const [b1, b2, eps] = [num(s, 'beta1'), r(num(s, 'beta2')), r(num(s, 'eps'))];
  const bc1 = r(1 - b1 ** t);
  if (j === 0) shared.push(term('t', 'K + 1', [], t), term('1 − β₁ᵗ', '', eq`1 − ${b1}^${t}`, bc1));
  const { m } = moments(s, lane, at(before.m, j));
  const inside = s.entry.variant.epsilon === 'inside-max';
  const u0 = at(before.u, j);
  const abs = inside ? r(Math.abs(lane.x) + eps) : Math.abs(lane.x);
  const u = Math.max(r(b2 * u0), abs);
  lane.terms.push(
    term('u', inside ? 'max(β₂·u, |g| + ε)' : 'max(β₂·u, |g|)', eq`max(${b2}·${u0}, ${abs})`, u),
  );
  const den = r(bc1 * (inside ? u : r(u + eps)));
  effective(s, lane, den, inside ? 'lr/((1 − β₁ᵗ)·u)' : 'lr/((1 − β₁ᵗ)·(u + ε))');
  const d = r(m / den);
  lane.terms.push(term('d', inside ? 'm/((1 − β₁ᵗ)·u)' : 'm/((1 − β₁ᵗ)·(u + ε))', eq`${m}/${den}`, d));
  return lrStep(s, lane, d);
}

function nadamCore(s: StepInput, lane: Lane, j: number, shared: ExplainTerm[]): number {
  const { r } = s;
  const before = stateWith<NadamState>(s.before, 'muProduct') as NadamState;
  const t = before.count + 1;
  const [b1, b2, eps, psi] = [num(s, 'beta1'), num(s, 'beta2'), r(num(s, 'eps')), num(s, 'momentumDecay')];
  const mu = (k: number) => b1 * (1 - 0.5 * 0.96 ** (k * psi));
  const [muT, muNext] = [mu(t), mu(t + 1)];
  const product = r(before.muProduct * muT);
  const cg = r((1 - muT) / (1 - product));
  const cm = r(muNext / (1 - product * muNext));
  const bc2 = r(1 - b2 ** t);
  if (j === 0)
    shared.push(
      term('t', 'K + 1', [], t),
      term('μₜ', 'β₁·(1 − ½·0.96^(t·ψ))', eq`${b1}·(1 − ½·0.96^(${t}·${psi}))`, muT),
      term('Πₜ', 'Πₜ₋₁·μₜ', eq`${before.muProduct}·${muT}`, product),
      term('cg', '(1 − μₜ)/(1 − Πₜ)', eq`(1 − ${muT})/(1 − ${product})`, cg),
      term('cm', 'μₜ₊₁/(1 − Πₜ·μₜ₊₁)', eq`${muNext}/(1 − ${product}·${muNext})`, cm),
    );
  const { m, v } = moments(s, lane, at(before.m, j), at(before.v, j));
  const den = r(r(Math.sqrt(r(v / bc2))) + eps);
  lane.terms.push(term('√v̂ + ε', '√(v/(1 − β₂ᵗ)) + ε', eq`√(${v}/${bc2}) + ${eps}`, den));
  effective(s, lane, den, 'lr/(√v̂ + ε)');
  const d = r(r(r(cg * lane.x) + r(cm * m)) / den);
  lane.terms.push(term('d', '(cg·g + cm·m)/(√v̂ + ε)', eq`(${cg}·${lane.x} + ${cm}·${m})/${den}`, d));
  return lrStep(s, lane, d);
}

function lionCore(s: StepInput, lane: Lane, j: number): number {
  const { r } = s;
  const before = stateWith<LionState>(s.before, 'm') as LionState;
  const [b1, b2] = [num(s, 'beta1'), num(s, 'beta2')];
  const m0 = at(before.m, j);
  const c = r(r(r(b1) * m0) + r(r(1 - b1) * lane.x));
  lane.terms.push(term('c', 'β₁·m + (1 − β₁)·g', eq`${b1}·${m0} + ${r(1 - b1)}·${lane.x}`, c));
  const d = sign(c);
  lane.terms.push(term('d', 'sign(c)', eq`sign(${c})`, d));
  const m = r(r(r(b2) * m0) + r(r(1 - b2) * lane.x));
  lane.terms.push(term('m', 'β₂·m + (1 − β₂)·g', eq`${b2}·${m0} + ${r(1 - b2)}·${lane.x}`, m));
  return lrStep(s, lane, d);
}

type Core = (s: StepInput, lane: Lane, j: number, shared: ExplainTerm[]) => number;

const cores: Partial<Record<string, Core>> = {
  sgd: sgdCore,
  sign: (s, lane) => {
    const d = sign(lane.x);
    lane.terms.push(term('d', 'sign(g)', eq`sign(${lane.x})`, d));
    return lrStep(s, lane, d);
  },
  adagrad: adagradCore,
  rmsprop: rmspropCore,
  adadelta: adadeltaCore,
  adam: adamCore,
  adamw: adamCore,
  adamax: adamaxCore,
  nadam: nadamCore,
  lion: lionCore,
};

/** Whether the terms of this optimizer are written here (the gradient methods). */
export function hasGradientTerms(name: string): boolean {
  return Object.hasOwn(cores, name);
}

/** The terms of one step of a gradient method: preprocessing, its core, decoupled decay, p′. */
export function gradientTerms(s: StepInput): Terms {
  const shared: ExplainTerm[] = [term('lr', typeof s.o.lr === 'number' ? '' : 'lr(K)', [], s.lr)];
  const lanes = preprocess(s, shared);
  const core = cores[s.name] as Core;
  const wd = typeof s.o.weightDecay === 'number' ? s.o.weightDecay : 0;
  const coords = lanes.map((lane, j) => {
    let delta = core(s, lane, j, shared);
    if (wd > 0 && s.entry.variant.weightDecay === 'decoupled') {
      const k = s.r(-s.lr * wd);
      const next = s.r(delta + s.r(k * s.p[j]));
      lane.terms.push(term('Δp', 'Δp − lr·λ·p', eq`${delta} − ${s.lr}·${wd}·${s.p[j]}`, next));
      delta = next;
    }
    return lane.terms;
  });
  return { shared, coords };
}
