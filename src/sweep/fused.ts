/**
 * The fused kernel: one generated function per (function, optimizer, options, stop rule) that
 * runs descents start to finish, one run after another, with f, ∇f, the optimizer's update and
 * `descend`'s checks in one loop over plain local variables — no array, object or closure per
 * step, nothing in memory but what is recorded. A batch calls it over a range of starts and gets
 * each run's summary in its GroupResult arrays; `descend` (train/descend-fast.ts) calls it on one
 * start with a recorder, which keeps every K-th step in preallocated typed arrays.
 *
 * f and ∇f are the statements the engine compiles for one point (compile.ts with scalar
 * arguments): the same expressions, so the same numbers as `compileFormula`. The optimizer's
 * statements come from fused-optim.ts. The loop follows `descend`'s exactly (train/descend.ts):
 * record, a non-finite gradient diverges, the gradient-norm stop, the update, f and ∇f at the new
 * point, its judgement (diverged, left the domain), best, the value-change stop. A run is thus
 * the one `descend` makes, bit for bit (fused.test.ts, batch.test.ts, descend-fast.test.ts).
 *
 * The generated text holds only names made here and the engine's own code; every number a user
 * gave reaches it as an element of the constant array C or of a per-step table T.
 */

import { exp } from '../autodiff/exp.js';
import { compile, type DType } from '../autodiff/index.js';
import { type Formula, formulaFunction } from '../expr/index.js';
import type { Optimizer } from '../optim/index.js';
import type { StopSpec } from '../train/descend.js';
import { CONVERGED, DIVERGED, type GroupResult, LEFT_DOMAIN, UNDEFINED_START } from './batch-types.js';
import { type CodeContext, optimizerCode } from './fused-optim.js';

type Domain = readonly (readonly [number, number])[];

export interface FusedSpec {
  formula: Formula;
  dtype: DType;
  /** Built by makeOptimizer, options checked. */
  optimizer: Optimizer;
  steps: number;
  stop: StopSpec;
  domain?: Domain;
  /** `descend`'s DIVERGENCE (passed in: train imports this module). */
  divergence: { value: number; coordinate: number };
  /** Whether the kernel keeps rows of the path (descend) or only each run's summary (batch). */
  record: boolean;
  /**
   * The optimizer as it was asked for ({ name, options, convention }, checked by makeOptimizer):
   * with it, the kernel made for a spec is kept and handed out again for the same spec, so a loop
   * of descents from different starts generates and compiles its code once.
   */
  optimizerSpec?: unknown;
}

/** Where a recording kernel keeps its rows: steps 0, K, 2K, … and the last, n coordinates each. */
export interface Recorder {
  every: number;
  points: Float64Array;
  values: Float64Array;
  norms: Float64Array;
  /**
   * Evaluations of f and ∇f so far (one of each per point computed; a step that lands exactly
   * where it stood is not computed again, as descend's counter (train/evaluations.ts) keeps it).
   */
  evaluations: Float64Array;
}

/**
 * Runs lo … hi − 1 of `starts` (run-major, already rounded to the dtype) into `out`; with a
 * recorder, the rows of the last run made; returns how many rows it recorded (0 without).
 */
export type FusedKernel = (
  starts: Float64Array,
  out: GroupResult,
  lo: number,
  hi: number,
  recorder: Recorder | null,
  onStep: ((done: number, total: number) => void) | undefined,
) => number;

/** The scalar value-and-gradient statements of a formula, and the expressions of f and each ∂f/∂xⱼ. */
interface Body {
  lines: string[];
  outs: string[];
}

const bodies = new Map<string, Body | null>();
const factories = new Map<
  string,
  (C: number[], T: Float64Array[], EXP: (x: number) => number) => FusedKernel
>();
/** Both caches are bounded: a long session of formulas keeps the latest few. */
const CACHE_SIZE = 64;

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}

/**
 * The statements compile.ts emits for f and ∇f at one point (arguments a0 … aₙ₋₁), read from its
 * source: `const vK = …;` lines, then `OUT[k] = …;`. A formula whose code needs constant arrays or
 * buffers (a header before the function) has no scalar body here: null, the generic path.
 */
/** A formula as a key (its variables and AST), kept per Formula object: the catalog's are parsed once. */
const formulaKeys = new WeakMap<Formula, string>();
function formulaKey(formula: Formula): string {
  let key = formulaKeys.get(formula);
  if (key === undefined) {
    key = `${formula.vars.join(',')}|${JSON.stringify(formula.ast)}`;
    formulaKeys.set(formula, key);
  }
  return key;
}

function bodyOf(formula: Formula, dtype: DType): Body | null {
  const key = `${dtype}|${formulaKey(formula)}`;
  const known = bodies.get(key);
  if (known !== undefined) return known;
  const n = formula.vars.length;
  const c = compile(
    formulaFunction(formula),
    formula.vars.map(() => []),
    { dtype },
  );
  const lines = c.source.valueAndGrad.split('\n').map((l) => l.trim());
  const open = lines.indexOf(
    `return function compiled(${formula.vars.map((_v, i) => `a${i}`).join(', ')}) {`,
  );
  const body: string[] = [];
  const outs: string[] = [];
  let ok = open >= 0 && lines.slice(0, open).every((l) => l === '');
  for (const line of lines.slice(open + 1)) {
    if (!ok || line === 'return OUT;') break;
    const out = /^OUT\[(\d+)\] = (.+);$/.exec(line);
    if (out) outs[Number(out[1])] = out[2];
    else if (/^const v\d+ = .+;$/.test(line) && outs.length === 0) body.push(line);
    else ok = false;
  }
  ok &&= outs.length === n + 1 && !body.some((l) => /\b[KB]\d*\[/.test(l) || /\bOUT\b/.test(l));
  return remember(bodies, key, ok ? { lines: body, outs } : null);
}

/** Names for the numbers the code reads: constants in C, per-step tables in T. */
function context(n: number, steps: number, float32: boolean) {
  const C: number[] = [];
  const T: Float64Array[] = [];
  const ctx: CodeContext = {
    constant(v) {
      C.push(v);
      return `c${C.length - 1}`;
    },
    table(values) {
      T.push(values);
      return `T${T.length - 1}`;
    },
    r: float32 ? (e) => `Math.fround(${e})` : (e) => `(${e})`,
    n,
    steps,
    float32,
  };
  return { C, T, ctx };
}

const range = (n: number) => Array.from({ length: n }, (_x, j) => j);

/** f and ∇f at the point `x{j}`, into `f` and `g{j}`, in a block of their own. */
function evaluate(body: Body, n: number, x: string, f: string, g: string): string[] {
  const args = range(n).map((j) => `a${j} = ${x}${j}`);
  return [
    `{ const ${args.join(', ')};`,
    ...body.lines.map((l) => `  ${l}`),
    `  ${f} = ${body.outs[0]}; ${range(n)
      .map((j) => `${g}${j} = ${body.outs[j + 1]};`)
      .join(' ')} }`,
  ];
}

/**
 * The judgement of a point `q{j}` with value `_v` into `_o` (0, DIVERGED, LEFT_DOMAIN): descend's
 * outcomeRule, the limits drawn once per run from its start.
 */
function judgement(spec: FusedSpec, n: number, ctx: CodeContext): string[] {
  const { stop, domain } = spec;
  const lines = ['let _o = 0;'];
  const valueOff =
    stop.maxValue !== undefined
      ? `Math.abs(_v) > ${ctx.constant(stop.maxValue)}`
      : 'Math.abs(_v - _f0) > _vlim';
  lines.push(`if (!Number.isFinite(_v) || ${valueOff}) _o = ${DIVERGED};`);
  const mc = stop.maxCoordinate !== undefined ? ctx.constant(stop.maxCoordinate) : '';
  for (const j of range(n)) {
    const off = mc ? `Math.abs(_q${j}) > ${mc}` : `Math.abs(_q${j} - _s${j}) > _clim`;
    lines.push(`else if (!Number.isFinite(_q${j}) || ${off}) _o = ${DIVERGED};`);
  }
  const outside = domainTest(domain, n, '_q', ctx);
  if (outside) lines.push(`if (_o === 0 && _jd && (${outside})) _o = ${LEFT_DOMAIN};`);
  return lines;
}

/** leftDomain(p, domain) over `p{j}`: a coordinate farther outside its range than the range is wide. */
function domainTest(domain: Domain | undefined, n: number, p: string, ctx: CodeContext): string {
  if (domain === undefined) return '';
  const dims = Math.min(domain.length, n);
  return range(dims)
    .map((i) => {
      const [lo, hi] = domain[i];
      const w = hi - lo;
      return `${p}${i} < ${ctx.constant(lo - w)} || ${p}${i} > ${ctx.constant(hi + w)}`;
    })
    .join(' || ');
}

const hypot = (n: number, g: string) =>
  `Math.hypot(${range(n)
    .map((j) => `${g}${j}`)
    .join(', ')})`;

/** Before a step: a non-finite gradient diverges, a small one has converged (descend's order). */
function checksBefore(spec: FusedSpec, n: number, ctx: CodeContext): string[] {
  const finite = range(n)
    .map((j) => `Number.isFinite(_g${j})`)
    .join(' && ');
  const lines = [`if (!(${finite})) { _status = ${DIVERGED}; _dAt = _at; break; }`];
  const tol = spec.stop.gradNorm;
  if (tol !== undefined) {
    // √Σg² is within a few ulps of hypot unless a square overflows or underflows (batch.ts's
    // `within`): clearly above tol, the answer is no without the slower hypot.
    const t = ctx.constant(tol);
    const k = ctx.constant(tol * (1 + 1e-9));
    const sq = range(n)
      .map((j) => `_g${j} * _g${j}`)
      .join(' + ');
    lines.push(
      `if (!(Math.sqrt(${sq}) > ${k}) && ${hypot(n, '_g')} <= ${t}) { _status = ${CONVERGED}; break; }`,
    );
  }
  return lines;
}

/** A row of the path: the point, f and ‖∇f‖. */
function row(n: number, norm: string): string[] {
  return [
    `{ const _k = _rows++; ${range(n)
      .map((j) => `RP[_k * ${n} + ${j}] = _x${j};`)
      .join(' ')} RV[_k] = _f; RN[_k] = ${norm}; RE[_k] = _ev; _recAt = _at; }`,
  ];
}

function stepLoop(spec: FusedSpec, body: Body, step: string[], n: number, ctx: CodeContext): string[] {
  const { stop, record } = spec;
  const round = ctx.r;
  const lines = ['for (;;) {', '  if (_at >= _steps) break;'];
  if (record) lines.push(`  if (_at % _every === 0) ${row(n, hypot(n, '_g'))[0]}`);
  lines.push(...checksBefore(spec, n, ctx).map((l) => `  ${l}`));
  lines.push(...step.map((l) => `  ${l}`));
  lines.push(
    `  ${range(n)
      .map((j) => `const _q${j} = ${round(`_x${j} + _u${j}`)};`)
      .join(' ')}`,
  );
  lines.push(
    `  let _v = 0, ${range(n)
      .map((j) => `_h${j} = 0`)
      .join(', ')};`,
  );
  if (record)
    lines.push(
      `  if (!(${range(n)
        .map((j) => `_q${j} === _x${j}`)
        .join(' && ')})) _ev++;`,
    );
  lines.push(...evaluate(body, n, '_q', '_v', '_h').map((l) => `  ${l}`));
  lines.push(...judgement(spec, n, ctx).map((l) => `  ${l}`));
  lines.push(`  if (_o === ${DIVERGED}) { _status = ${DIVERGED}; _dAt = _at + 1; break; }`);
  lines.push(
    `  ${range(n)
      .map((j) => `_x${j} = _q${j}; _g${j} = _h${j};`)
      .join(' ')}`,
    '  const _change = Math.abs(_v - _f);',
    '  _f = _v;',
    '  _at++;',
  );
  if (record) lines.push('  if (onStep !== undefined) onStep(_at, _steps);');
  lines.push(`  if (_o === ${LEFT_DOMAIN}) { _status = ${LEFT_DOMAIN}; _lAt = _at; break; }`);
  lines.push(
    `  if (_f < _bv) { _bs = _at; _bv = _f; ${range(n)
      .map((j) => `_b${j} = _x${j};`)
      .join(' ')} }`,
  );
  if (stop.valueChange !== undefined)
    lines.push(`  if (_change <= ${ctx.constant(stop.valueChange)}) { _status = ${CONVERGED}; break; }`);
  lines.push('}');
  return lines;
}

/** The summary of run _r into the output arrays (batch-types.ts's GroupResult). */
function store(n: number, norm: string): string[] {
  return [
    `O.status[_r] = _status; O.steps[_r] = _at; O.values[_r] = _f; O.gradNorms[_r] = ${norm};`,
    `O.divergedAt[_r] = _dAt; O.leftDomainAt[_r] = _lAt;`,
    `O.bestStep[_r] = _bs; O.bestValues[_r] = _bv;`,
    range(n)
      .map((j) => `O.points[_r * ${n} + ${j}] = _x${j}; O.bestPoints[_r * ${n} + ${j}] = _b${j};`)
      .join(' '),
  ];
}

/** The start of run _r: f and ∇f there, the limits of the divergence rule, the first judgement. */
function startOf(spec: FusedSpec, body: Body, n: number, ctx: CodeContext): string[] {
  const xs = range(n);
  const dv = ctx.constant(spec.divergence.value);
  const dc = ctx.constant(spec.divergence.coordinate);
  const outside = domainTest(spec.domain, n, '_s', ctx);
  const finite = ['_f', ...xs.map((j) => `_g${j}`)].map((v) => `Number.isFinite(${v})`).join(' && ');
  return [
    `let ${xs.map((j) => `_x${j} = S[_r * ${n} + ${j}]`).join(', ')};`,
    `const ${xs.map((j) => `_s${j} = _x${j}`).join(', ')};`,
    `let _f = 0, ${xs.map((j) => `_g${j} = 0`).join(', ')};`,
    ...evaluate(body, n, '_x', '_f', '_g'),
    `let _status = 0, _at = 0, _dAt = -1, _lAt = -1, _bs = 0, _bv = _f, _recAt = -1, _ev = 1;`,
    `let ${xs.map((j) => `_b${j} = _x${j}`).join(', ')};`,
    `const _f0 = _f, _vlim = ${dv} * Math.max(1, Math.abs(_f0));`,
    `const _clim = ${dc} * ${xs.reduce((m, j) => `Math.max(${m}, Math.abs(_s${j}))`, '1')};`,
    `const _jd = ${outside ? `!(${outside})` : 'false'};`,
    `if (!(${finite})) { _status = ${UNDEFINED_START}; _bs = -1; ${store(n, 'NaN').join(' ')} continue; }`,
    // Only the stop's absolute limits can judge a start (descend says the same).
    `{ const _v = _f; ${xs.map((j) => `const _q${j} = _x${j};`).join(' ')}`,
    ...judgement(spec, n, ctx).map((l) => `  ${l}`),
    `  if (_o === ${DIVERGED}) { _status = ${DIVERGED}; _dAt = 0; _bs = -1;${spec.record ? ` ${row(n, 'NaN')[0]}` : ''} ${store(n, 'NaN').join(' ')} continue; } }`,
  ];
}

function source(
  spec: FusedSpec,
  body: Body,
  code: { init: string[]; step: string[] },
  n: number,
  ctx: CodeContext,
) {
  const loop = stepLoop(spec, body, code.step, n, ctx);
  const start = startOf(spec, body, n, ctx);
  const norm = hypot(n, '_g');
  const kernel = [
    'return function fused(S, O, lo, hi, REC, onStep) {',
    '  const _steps = c0;',
    ...(spec.record
      ? [
          '  const _every = REC.every, RP = REC.points, RV = REC.values, RN = REC.norms, RE = REC.evaluations;',
          '  let _rows = 0;',
        ]
      : ['  const _rows = 0;']),
    '  for (let _r = lo; _r < hi; _r++) {',
    ...start.map((l) => `    ${l}`),
    ...code.init.map((l) => `    ${l}`),
    `    let ${range(n)
      .map((j) => `_u${j} = 0`)
      .join(', ')};`,
    ...loop.map((l) => `    ${l}`),
    `    const _norm = ${norm};`,
    ...(spec.record ? [`    if (_recAt !== _at) ${row(n, '_norm')[0]}`] : []),
    ...store(n, '_norm').map((l) => `    ${l}`),
    '  }',
    '  return _rows;',
    '};',
  ];
  return kernel;
}

/**
 * The fused kernel of a spec, or undefined when its function or optimizer is not written out
 * here (it then takes the generic path).
 */
export function fusedKernel(spec: FusedSpec): FusedKernel | undefined {
  if (spec.optimizerSpec === undefined) return made(spec).kernel;
  const { formula, dtype, steps, stop, domain, record, optimizerSpec, divergence } = spec;
  // −0 spelled out: JSON would print it as 0.
  const json = (v: unknown) => JSON.stringify(v, (_k, x) => (Object.is(x, -0) ? '-0' : x));
  const key = `${formulaKey(formula)}|${dtype}|${steps}|${record}|${json([optimizerSpec, stop, domain ?? null, divergence])}`;
  const known = kernels.get(key);
  if (known !== undefined) return known ?? undefined;
  const { kernel, tables } = made(spec);
  // A kernel holds its per-step tables: long ones are not kept.
  if (tables <= MAX_KEPT_TABLES) remember(kernels, key, kernel ?? null);
  return kernel;
}

/** Kernels already made, by spec; kept only when their tables hold this many numbers or fewer. */
const kernels = new Map<string, FusedKernel | null>();
const MAX_KEPT_TABLES = 100_000;

function made(spec: FusedSpec): { kernel: FusedKernel | undefined; tables: number } {
  const none = { kernel: undefined, tables: 0 };
  const body = bodyOf(spec.formula, spec.dtype);
  if (!body) return none;
  const n = spec.formula.vars.length;
  const { C, T, ctx } = context(n, spec.steps, spec.dtype === 'float32');
  ctx.constant(spec.steps); // c0: the steps asked for
  const code = optimizerCode(spec.optimizer, ctx);
  if (!code) return none;
  const kernel = source(spec, body, code, n, ctx);
  const header = [
    ...C.map((_c, k) => `const c${k} = C[${k}];`),
    ...T.map((_t, k) => `const T${k} = T[${k}];`),
  ];
  // Strict: a name the generator forgot to declare is an error, not a global.
  const text = ["'use strict';", ...header, ...kernel].join('\n');
  let factory = factories.get(text);
  if (!factory) {
    factory = new Function('C', 'T', 'EXP', text) as NonNullable<typeof factory>;
    remember(factories, text, factory);
  }
  return { kernel: factory(C, T, exp), tables: T.reduce((s, t) => s + t.length, 0) };
}
