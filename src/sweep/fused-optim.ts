/**
 * An optimizer's update written out as JavaScript statements for one run's components, for the
 * fused kernel (fused.ts) to place in the same loop as f and ∇f. Each statement is the arithmetic
 * of the optimizer's transforms (optim/transforms.ts) in the same order with the same roundings
 * (Math.fround after every operation in float32), so the updates are those of `makeOptimizer`'s
 * chain bit for bit; fused.test.ts and batch.test.ts check it against the generic path.
 *
 * The optimizer is first built by `makeOptimizer` (which checks every option and fills the
 * defaults); the code is then read off its name, resolved options and its convention's variant.
 * Numbers reach the code as named constants and per-step tables, never as text the user typed.
 * What is not written out here (Newton, a learning rate that fails its checks) returns undefined
 * and takes the generic path.
 */
import { conventions, type Optimizer, type Schedule } from '../optim/index.js';

/** Where the emitted code gets its numbers: constants and per-step tables (index `_at`). */
export interface CodeContext {
  /** A name bound to the number v. */
  constant(v: number): string;
  /** A name bound to a table of one number per step. */
  table(values: Float64Array): string;
  /** Math.fround(e) in float32, e in float64. */
  r(e: string): string;
  n: number;
  steps: number;
  float32: boolean;
}

/** The optimizer's code: per-run state (declared with its initial value) and one step's statements. */
export interface OptimizerCode {
  /**
   * Statements run once per run before its first step (declaring the state with `let`).
   */
  init: string[];
  /**
   * (State names begin with `_z`, apart from the kernel's own.)
   * One step: reads `_g{j}` (the gradient) and `_x{j}` (the point), step index `_at`; leaves the
   * update in `_u{j}` (declared by the caller with `let`).
   */
  step: string[];
}

/** The −lr factor of scaleByLearningRate per step (a table), or undefined when a value fails lr's check. */
function lrFactor(lr: number | Schedule, ctx: CodeContext): string | undefined {
  const round = ctx.float32 ? Math.fround : (x: number) => x;
  if (typeof lr === 'number') return ctx.constant(round(-lr));
  const k = new Float64Array(ctx.steps);
  for (let at = 0; at < ctx.steps; at++) {
    const v = lr(at);
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return undefined;
    k[at] = round(-v);
  }
  return `${ctx.table(k)}[_at]`;
}

/** The decoupled decay factor −lr·λ per step, rounded as addDecayedWeights rounds it. */
function decayFactor(lr: number | Schedule, wd: number, ctx: CodeContext): string | undefined {
  const round = ctx.float32 ? Math.fround : (x: number) => x;
  if (typeof lr === 'number') return ctx.constant(round(-lr * wd));
  const k = new Float64Array(ctx.steps);
  for (let at = 0; at < ctx.steps; at++) {
    const v = lr(at);
    if (typeof v !== 'number') return undefined;
    k[at] = round(-v * wd);
  }
  return `${ctx.table(k)}[_at]`;
}

/** Per component j: statements over `u` (the update so far), with `${name}` state names suffixed by j. */
type Block = { init: (j: number) => string[]; step: (j: number) => string[] };

const each = (ctx: CodeContext, f: (j: number) => string[]) =>
  Array.from({ length: ctx.n }, (_x, j) => f(j)).flat();

/** sign with sign(0) = 0 and NaN kept (optim/arrays.ts). */
const signOf = (e: string) => `(${e} > 0 ? 1 : ${e} < 0 ? -1 : ${e} === 0 ? 0 : ${e})`;

/** ema: r(r(decay·old) + r(keep·x)), the form of transforms.ts's `ema`. */
const ema = (ctx: CodeContext, decay: string, keep: string, old: string, x: string) =>
  ctx.r(`${ctx.r(`${decay} * ${old}`)} + ${ctx.r(`${keep} * ${x}`)}`);

function scaleBlock(k: string, ctx: CodeContext): Block {
  return { init: () => [], step: (j) => [`_u${j} = ${ctx.r(`${k} * _u${j}`)};`] };
}

/** trace: PyTorch's momentum buffer (first step b = g), Nesterov's look-ahead. */
function traceBlock(
  ctx: CodeContext,
  o: { decay: number; dampening: number; nesterov: boolean },
  tag: string,
): Block {
  const round = ctx.float32 ? Math.fround : (x: number) => x;
  const mu = ctx.constant(round(o.decay));
  const keep = ctx.constant(round(1 - o.dampening));
  return {
    init: (j) => [`let _zb${tag}${j} = 0;`],
    step: (j) => {
      const b = `_zb${tag}${j}`;
      const x = `_u${j}`;
      const add = o.dampening === 0 ? x : ctx.r(`${keep} * ${x}`);
      const lines = [`${b} = _at === 0 ? ${x} : ${ctx.r(`${ctx.r(`${mu} * ${b}`)} + ${add}`)};`];
      lines.push(`${x} = ${o.nesterov ? ctx.r(`${x} + ${ctx.r(`${mu} * ${b}`)}`) : b};`);
      return lines;
    },
  };
}

/** x / (√s + ε), or x / √(s + ε) when ε is inside the root. */
const divideByRoot = (ctx: CodeContext, x: string, s: string, eps: string, inside: boolean) =>
  ctx.r(
    `${x} / ${inside ? ctx.r(`Math.sqrt(${ctx.r(`${s} + ${eps}`)})`) : ctx.r(`${ctx.r(`Math.sqrt(${s})`)} + ${eps}`)}`,
  );

function adagradBlock(ctx: CodeContext, o: Record<string, unknown>, inside: boolean): Block {
  const round = ctx.float32 ? Math.fround : (x: number) => x;
  const eps = ctx.constant(round(o.eps as number));
  const s0 = ctx.constant(round(o.initialAccumulator as number));
  return {
    init: (j) => [`let _zs${j} = ${s0};`],
    step: (j) => [
      `_zs${j} = ${ctx.r(`_zs${j} + ${ctx.r(`_u${j} * _u${j}`)}`)};`,
      `_u${j} = ${divideByRoot(ctx, `_u${j}`, `_zs${j}`, eps, inside)};`,
    ],
  };
}

function rmsBlock(ctx: CodeContext, o: Record<string, unknown>, inside: boolean): Block {
  const round = ctx.float32 ? Math.fround : (x: number) => x;
  const rho = ctx.constant(round(o.rho as number));
  const c = ctx.constant(round(1 - (o.rho as number)));
  const eps = ctx.constant(round(o.eps as number));
  const centered = o.centered === true;
  return {
    init: (j) => [`let _zq${j} = 0;`, ...(centered ? [`let _za${j} = 0;`] : [])],
    step: (j) => {
      const x = `_u${j}`;
      const lines = [`_zq${j} = ${ema(ctx, rho, c, `_zq${j}`, ctx.r(`${x} * ${x}`))};`];
      if (centered) lines.push(`_za${j} = ${ema(ctx, rho, c, `_za${j}`, x)};`);
      const v = centered ? `Math.max(0, ${ctx.r(`_zq${j} - ${ctx.r(`_za${j} * _za${j}`)}`)})` : `_zq${j}`;
      lines.push(`{ const _v = ${v}; ${x} = ${divideByRoot(ctx, x, '_v', eps, inside)}; }`);
      return lines;
    },
  };
}

function adadeltaBlock(ctx: CodeContext, o: Record<string, unknown>): Block {
  const round = ctx.float32 ? Math.fround : (x: number) => x;
  const rho = ctx.constant(round(o.rho as number));
  const c = ctx.constant(round(1 - (o.rho as number)));
  const eps = ctx.constant(round(o.eps as number));
  const sqrt = (e: string) => ctx.r(`Math.sqrt(${ctx.r(`${e} + ${eps}`)})`);
  return {
    init: (j) => [`let _zq${j} = 0;`, `let _zd${j} = 0;`],
    step: (j) => {
      const x = `_u${j}`;
      return [
        `_zq${j} = ${ema(ctx, rho, c, `_zq${j}`, ctx.r(`${x} * ${x}`))};`,
        `${x} = ${ctx.r(`${ctx.r(`${sqrt(`_zd${j}`)} / ${sqrt(`_zq${j}`)}`)} * ${x}`)};`,
        `_zd${j} = ${ema(ctx, rho, c, `_zd${j}`, ctx.r(`${x} * ${x}`))};`,
      ];
    },
  };
}

/** Per-step numbers of a step count t = at + 1, computed as the transform computes them. */
function perStep(ctx: CodeContext, f: (t: number) => number): string {
  const a = new Float64Array(ctx.steps);
  for (let at = 0; at < ctx.steps; at++) a[at] = f(at + 1);
  return `${ctx.table(a)}[_at]`;
}

function adamBlock(ctx: CodeContext, o: Record<string, unknown>, before: boolean): Block {
  const round = ctx.float32 ? Math.fround : (x: number) => x;
  const [b1, b2] = [o.beta1 as number, o.beta2 as number];
  const eps = ctx.constant(round(o.eps as number));
  const [rb1, rb2, c1, c2] = [round(b1), round(b2), round(1 - b1), round(1 - b2)].map((v) => ctx.constant(v));
  const amsgrad = o.amsgrad === true;
  const k = before ? perStep(ctx, (t) => round(Math.sqrt(1 - b2 ** t) / (1 - b1 ** t))) : '';
  const rbc1 = before ? '' : perStep(ctx, (t) => round(1 - b1 ** t));
  const rsbc2 = before ? '' : perStep(ctx, (t) => round(Math.sqrt(1 - b2 ** t)));
  return {
    init: (j) => [`let _zm${j} = 0;`, `let _zv${j} = 0;`, ...(amsgrad ? [`let _zw${j} = 0;`] : [])],
    step: (j) => {
      const x = `_u${j}`;
      const lines = [
        `_zm${j} = ${ema(ctx, rb1, c1, `_zm${j}`, x)};`,
        `_zv${j} = ${ema(ctx, rb2, c2, `_zv${j}`, ctx.r(`${x} * ${x}`))};`,
      ];
      if (amsgrad) lines.push(`_zw${j} = Math.max(_zw${j}, _zv${j});`);
      const second = amsgrad ? `_zw${j}` : `_zv${j}`;
      const root = ctx.r(`Math.sqrt(${second})`);
      lines.push(
        before
          ? `${x} = ${ctx.r(`${ctx.r(`_zm${j} * ${k}`)} / ${ctx.r(`${root} + ${eps}`)}`)};`
          : `${x} = ${ctx.r(`${ctx.r(`_zm${j} / ${rbc1}`)} / ${ctx.r(`${ctx.r(`${root} / ${rsbc2}`)} + ${eps}`)}`)};`,
      );
      return lines;
    },
  };
}

function adamaxBlock(ctx: CodeContext, o: Record<string, unknown>, inside: boolean): Block {
  const round = ctx.float32 ? Math.fround : (x: number) => x;
  const b1 = o.beta1 as number;
  const b2 = ctx.constant(round(o.beta2 as number));
  const eps = ctx.constant(round(o.eps as number));
  const [rb1, c1] = [ctx.constant(round(b1)), ctx.constant(round(1 - b1))];
  const bc1 = perStep(ctx, (t) => round(1 - b1 ** t));
  return {
    init: (j) => [`let _zm${j} = 0;`, `let _zn${j} = 0;`],
    step: (j) => {
      const x = `_u${j}`;
      const g = inside ? ctx.r(`Math.abs(${x}) + ${eps}`) : `Math.abs(${x})`;
      const u = inside ? `_zn${j}` : ctx.r(`_zn${j} + ${eps}`);
      return [
        `_zm${j} = ${ema(ctx, rb1, c1, `_zm${j}`, x)};`,
        `_zn${j} = Math.max(${ctx.r(`${b2} * _zn${j}`)}, ${g});`,
        `${x} = ${ctx.r(`_zm${j} / ${ctx.r(`${bc1} * ${u}`)}`)};`,
      ];
    },
  };
}

function nadamBlock(ctx: CodeContext, o: Record<string, unknown>): Block {
  const round = ctx.float32 ? Math.fround : (x: number) => x;
  const [b1, b2, psi] = [o.beta1 as number, o.beta2 as number, o.momentumDecay as number];
  const eps = ctx.constant(round(o.eps as number));
  const [rb1, rb2, c1, c2] = [round(b1), round(b2), round(1 - b1), round(1 - b2)].map((v) => ctx.constant(v));
  const mu = (t: number) => b1 * (1 - 0.5 * 0.96 ** (t * psi));
  // Π, the product of the momentum schedule, is the same for every run: one table per step.
  const cg = new Float64Array(ctx.steps);
  const cm = new Float64Array(ctx.steps);
  let product = 1;
  for (let at = 0; at < ctx.steps; at++) {
    const t = at + 1;
    const muT = mu(t);
    const muNext = mu(t + 1);
    product = round(product * muT);
    cg[at] = round((1 - muT) / (1 - product));
    cm[at] = round(muNext / (1 - product * muNext));
  }
  const [tcg, tcm] = [`${ctx.table(cg)}[_at]`, `${ctx.table(cm)}[_at]`];
  const bc2 = perStep(ctx, (t) => round(1 - b2 ** t));
  return {
    init: (j) => [`let _zm${j} = 0;`, `let _zv${j} = 0;`],
    step: (j) => {
      const x = `_u${j}`;
      const den = ctx.r(`${ctx.r(`Math.sqrt(${ctx.r(`_zv${j} / ${bc2}`)})`)} + ${eps}`);
      return [
        `_zm${j} = ${ema(ctx, rb1, c1, `_zm${j}`, x)};`,
        `_zv${j} = ${ema(ctx, rb2, c2, `_zv${j}`, ctx.r(`${x} * ${x}`))};`,
        `${x} = ${ctx.r(`${ctx.r(`${ctx.r(`${tcg} * ${x}`)} + ${ctx.r(`${tcm} * _zm${j}`)}`)} / ${den}`)};`,
      ];
    },
  };
}

function lionBlock(ctx: CodeContext, o: Record<string, unknown>): Block {
  const round = ctx.float32 ? Math.fround : (x: number) => x;
  const [b1, b2] = [o.beta1 as number, o.beta2 as number];
  const [rb1, rb2, c1, c2] = [round(b1), round(b2), round(1 - b1), round(1 - b2)].map((v) => ctx.constant(v));
  return {
    init: (j) => [`let _zm${j} = 0;`],
    step: (j) => {
      const x = `_u${j}`;
      return [
        `{ const _s = ${ema(ctx, rb1, c1, `_zm${j}`, x)}; _zm${j} = ${ema(ctx, rb2, c2, `_zm${j}`, x)}; ${x} = ${signOf('_s')}; }`,
      ];
    },
  };
}

/** The core blocks of an optimizer, learning rate included (optimizers.ts's coreBlocks). */
function coreBlocks(built: Optimizer, lr: string, ctx: CodeContext): Block[] | undefined {
  const o = built.options;
  const variant = conventions[built.name][built.convention].variant;
  const eps = variant.epsilon;
  const lrBlock = scaleBlock(lr, ctx);
  const withMomentum = (direction: Block[], momentum: Block | null): Block[] => {
    if (!momentum) return [...direction, lrBlock];
    return variant.lrInsideMomentum ? [...direction, lrBlock, momentum] : [...direction, momentum, lrBlock];
  };
  const momentum = o.momentum as number;
  switch (built.name) {
    case 'sgd': {
      const trace =
        momentum > 0
          ? traceBlock(
              ctx,
              { decay: momentum, dampening: o.dampening as number, nesterov: o.nesterov as boolean },
              't',
            )
          : null;
      return withMomentum([], trace);
    }
    case 'sign':
      return [{ init: () => [], step: (j) => [`_u${j} = ${signOf(`_u${j}`)};`] }, lrBlock];
    case 'adagrad':
      return [adagradBlock(ctx, o, eps === 'inside-sqrt'), lrBlock];
    case 'rmsprop': {
      const trace =
        momentum > 0 ? traceBlock(ctx, { decay: momentum, dampening: 0, nesterov: false }, 't') : null;
      return withMomentum([rmsBlock(ctx, o, eps === 'inside-sqrt')], trace);
    }
    case 'adadelta':
      return [adadeltaBlock(ctx, o), lrBlock];
    case 'adam':
    case 'adamw':
      return [adamBlock(ctx, o, eps === 'before-correction'), lrBlock];
    case 'adamax':
      return [adamaxBlock(ctx, o, eps === 'inside-max'), lrBlock];
    case 'nadam':
      return [nadamBlock(ctx, o), lrBlock];
    case 'lion':
      return [lionBlock(ctx, o), lrBlock];
    default:
      return undefined;
  }
}

/** Clipping first (by value, then by the run's global norm), as optimizers.ts's clipBlocks. */
function clipStatements(built: Optimizer, ctx: CodeContext): string[] {
  const o = built.options;
  const lines: string[] = [];
  if (typeof o.clipValue === 'number') {
    const l = ctx.constant(o.clipValue);
    lines.push(...each(ctx, (j) => [`_u${j} = Math.min(${l}, Math.max(-${l}, _u${j}));`]));
  }
  if (typeof o.clipNorm === 'number') {
    const limit = ctx.constant(o.clipNorm);
    // The squares are summed unrounded, as clipByGlobalNorm sums them.
    const sum = each(ctx, (j) => [`_sq += _u${j} * _u${j};`]);
    const scaled = each(ctx, (j) => [`_u${j} = ${ctx.r(`_u${j} * _k`)};`]);
    lines.push(
      `{ let _sq = 0; ${sum.join(' ')} const _norm = Math.sqrt(_sq);`,
      `  if (_norm > ${limit}) { const _k = ${ctx.r(`${limit} / _norm`)}; ${scaled.join(' ')} } }`,
    );
  }
  return lines;
}

/** The optimizer's statements for the fused kernel, or undefined when it takes the generic path. */
export function optimizerCode(built: Optimizer, ctx: CodeContext): OptimizerCode | undefined {
  const o = built.options;
  const variant = conventions[built.name]?.[built.convention]?.variant;
  if (variant === undefined) return undefined;
  const lr = lrFactor(o.lr, ctx);
  if (lr === undefined) return undefined;
  const core = coreBlocks(built, lr, ctx);
  if (core === undefined) return undefined;
  const wd = typeof o.weightDecay === 'number' ? o.weightDecay : 0;
  const blocks: Block[] = [];
  const round = ctx.float32 ? Math.fround : (x: number) => x;
  if (wd > 0 && variant.weightDecay === 'coupled') {
    const k = ctx.constant(round(wd));
    blocks.push({
      init: () => [],
      step: (j) => [`_u${j} = ${ctx.r(`_u${j} + ${ctx.r(`${k} * _x${j}`)}`)};`],
    });
  }
  blocks.push(...core);
  if (wd > 0 && variant.weightDecay === 'decoupled') {
    const k = decayFactor(o.lr, wd, ctx);
    if (k === undefined) return undefined;
    blocks.push({
      init: () => [],
      step: (j) => [`_u${j} = ${ctx.r(`_u${j} + ${ctx.r(`${k} * _x${j}`)}`)};`],
    });
  }
  return {
    init: each(ctx, (j) => blocks.flatMap((b) => b.init(j))),
    step: [
      ...each(ctx, (j) => [`_u${j} = _g${j};`]),
      ...clipStatements(built, ctx),
      ...each(ctx, (j) => blocks.flatMap((b) => b.step(j))),
    ],
  };
}
