/**
 * compile(f, shapes): trace f once on placeholders, differentiate the trace symbolically, and emit
 * straight-line JavaScript for the value and the gradient.
 *
 * Scheduling. Elementwise operations over arrays of the same size are fused into one loop; a
 * value used only inside its loop lives in a local constant, never in memory. A reduction (sum)
 * accumulates inside the loop of its operand, and anything that needs the finished sum runs in a
 * later *stage*. Structured operations (matmul, transpose, axis sums) run between loops on
 * materialised buffers. All buffers are allocated once, at compile time: a call allocates nothing.
 *
 * Safety. The code text comes only from the graph (numbers printed by `numLit`, buffer names made
 * here) and from the fixed expressions of the operation table; no user text is ever emitted.
 */
import { badArgument, DescensoError } from '../errors.js';
import { showValue } from '../text.js';
import { checkFunction, checkObject } from './args.js';
import { gradients, topoOrder } from './backward.js';
import { exp } from './exp.js';
import { attrsKey, type Fr, fround, identity, numberKey, numLit, ops } from './ops.js';
import {
  allocate,
  checkDtype,
  type Data,
  type DType,
  MAX_TENSOR_SIZE,
  placeholder,
  type Shape,
  shapeText,
  sizeOf,
  symbolic,
  type Tensor,
} from './tensor.js';

export type ArgValue = number | Data | ArrayLike<number>;
export type OutValue = number | Data;

export interface CompileOptions {
  /** Arguments to differentiate (default: all). */
  argnums?: number | readonly number[];
  dtype?: DType;
}

export interface Compiled {
  readonly shapes: readonly Shape[];
  readonly argnums: readonly number[];
  /** f(args). An array result is a buffer owned by this object and overwritten by the next call. */
  value(...args: ArgValue[]): OutValue;
  /** [f(args), gradients], in a result object that is reused (and overwritten) by every call. */
  valueAndGrad(...args: ArgValue[]): { value: OutValue; grads: OutValue[] };
  /** The emitted JavaScript, for reading and for tests. */
  readonly source: { value: string; valueAndGrad: string };
}

/** Compiles a function of tensors of the given shapes (`[]` scalar, `[n]` vector, `[r, c]` matrix). */
export function compile(
  f: (...args: Tensor[]) => Tensor,
  shapes: readonly Shape[],
  options: CompileOptions = {},
): Compiled {
  checkFunction('compile', 1, f);
  if (!Array.isArray(shapes as unknown)) throw badArgument('compile', 2, shapes, 'shapes');
  checkObject('compile', 3, options);
  const dtype = checkDtype(options.dtype) ?? 'float64';
  shapes.forEach((s, i) => {
    // A shape the engine cannot run (rank > 2, a zero or fractional size, not a list at all) or
    // one too large to allocate, refused before any placeholder is made.
    const ok =
      Array.isArray(s) &&
      s.length <= 2 &&
      s.every((d) => Number.isInteger(d) && d >= 1) &&
      sizeOf(s) <= MAX_TENSOR_SIZE;
    if (!ok) {
      const shape = Array.isArray(s) && s.every((d) => typeof d === 'number') ? shapeText(s) : showValue(s);
      throw new DescensoError('autodiff-arg-shape', { index: i, shape });
    }
  });
  const argnums =
    options.argnums === undefined
      ? shapes.map((_s, i) => i)
      : typeof options.argnums === 'number'
        ? [options.argnums]
        : [...options.argnums];
  for (const i of argnums)
    if (!Number.isInteger(i) || i < 0 || i >= shapes.length)
      throw new DescensoError('autodiff-bad-argnum', { index: Number(i), count: shapes.length });

  const args = shapes.map((s, i) => placeholder(s, dtype, `arg${i}`));
  const { y, grads } = symbolic(() => {
    const y = f(...args);
    const grads = gradients(
      y,
      argnums.map((i) => args[i]),
    );
    return { y, grads };
  });
  // The value alone is emitted on first use: most callers only ever ask for valueAndGrad.
  let valueFn: Emitted | undefined;
  const valueCode = () => {
    valueFn ??= emit([y], args, dtype);
    return valueFn;
  };
  const gradFn = emit([y, ...grads], args, dtype);
  const result = { value: 0 as OutValue, grads: grads.map(() => 0 as OutValue) };

  // -1 for a scalar argument, else the length its array must have (checked on every call, cheaply)
  const sizes = shapes.map((s) => (s.length === 0 ? -1 : sizeOf(s)));
  const check = (xs: ArgValue[]) => {
    if (xs.length !== sizes.length)
      throw new DescensoError('autodiff-arg-count', { expected: shapes.length, got: xs.length });
    for (let i = 0; i < sizes.length; i++) {
      const x = xs[i];
      const ok = sizes[i] < 0 ? typeof x === 'number' : typeof x !== 'number' && x.length === sizes[i];
      if (!ok) throw new DescensoError('autodiff-arg-value', { index: i, shape: shapeText(shapes[i]) });
    }
  };
  // float32: arguments are rounded on entry, as the interpreter rounds them when it makes tensors
  // (arrays that are not Float32Array are copied into buffers allocated here, once).
  const staging = shapes.map((s) =>
    dtype === 'float32' && s.length > 0 ? new Float32Array(sizeOf(s)) : null,
  );
  const entry: ArgValue[] = shapes.map(() => 0);
  const prepare = (xs: ArgValue[]): ArgValue[] => {
    if (dtype !== 'float32') return xs;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      const buffer = staging[i];
      if (typeof x === 'number') entry[i] = Math.fround(x);
      else if (x instanceof Float32Array || buffer === null) entry[i] = x;
      else {
        buffer.set(x);
        entry[i] = buffer;
      }
    }
    return entry;
  };
  return {
    shapes,
    argnums,
    value(...xs) {
      check(xs);
      return valueCode().run(prepare(xs))[0];
    },
    valueAndGrad(...xs) {
      check(xs);
      const outs = gradFn.run(prepare(xs));
      result.value = outs[0];
      for (let i = 0; i < grads.length; i++) result.grads[i] = outs[i + 1];
      return result;
    },
    get source() {
      return { value: valueCode().source, valueAndGrad: gradFn.source };
    },
  };
}

interface Emitted {
  run(args: ArgValue[]): OutValue[];
  source: string;
}

type Kind = 'arg' | 'const' | 'scalar' | 'loop' | 'reduce' | 'kernel';
interface Info {
  node: Tensor;
  kind: Kind;
  /** Name in the emitted code: a local, a buffer, an argument, or a literal. */
  name: string;
  /** Stage after whose pre-section (scalars, kernels) or loops the value exists. */
  stage: number;
  size: number;
  materialised: boolean;
}

function emit(outputs: Tensor[], args: Tensor[], dtype: DType): Emitted {
  const fr: Fr = dtype === 'float32' ? fround : identity;
  const argIndex = new Map(args.map((a, i) => [a, i]));
  const consts: Data[] = [];
  const buffers: Data[] = [];

  // Common subexpressions: the same operation on the same operands is one value.
  const rep = new Map<Tensor, Tensor>();
  const byKey = new Map<string, Tensor>();
  const order: Tensor[] = [];
  for (const t of topoOrder(outputs)) {
    if (t.op === null || (t.rank === 0 && t.hasData)) {
      rep.set(t, t);
      order.push(t);
      continue;
    }
    // Scalar constants are keyed by value, so `2 * x` written twice is computed once.
    const operand = (i: Tensor) => {
      const r = rep.get(i)!;
      return r.rank === 0 && r.hasData && !argIndex.has(r) ? `c${numberKey(r.data[0])}` : `#${r.id}`;
    };
    const key = `${t.op}|${attrsKey(t.attrs)}|${t.inputs.map(operand).join(',')}`;
    const found = byKey.get(key);
    if (found) rep.set(t, found);
    else {
      byKey.set(key, t);
      rep.set(t, t);
      order.push(t);
    }
  }
  const R = (t: Tensor) => rep.get(t)!;

  const info = new Map<Tensor, Info>();
  const stageOfLoop = (x: Info, size: number) =>
    x.kind === 'loop' && x.size === size ? x.stage : availability(x);
  function availability(x: Info): number {
    return x.kind === 'loop' || x.kind === 'reduce' ? x.stage + 1 : x.stage;
  }
  let counter = 0;
  for (const t of order) {
    const size = sizeOf(t.shape);
    const i: Info = { node: t, kind: 'scalar', name: '', stage: 0, size, materialised: false };
    if (argIndex.has(t)) {
      i.kind = 'arg';
      i.name = `a${argIndex.get(t)}`;
    } else if (t.op === null || (t.rank === 0 && t.hasData)) {
      i.kind = 'const';
      if (t.rank === 0) i.name = numLit(t.data[0]);
      else {
        if (!t.hasData) throw new DescensoError('autodiff-placeholder', { op: 'compile' });
        i.name = `K${consts.length}`;
        consts.push(t.data);
      }
    } else {
      const def = ops[t.op];
      const ins = t.inputs.map((x) => info.get(R(x))!);
      i.name = `v${counter++}`;
      if (def.kind === 'kernel') {
        i.kind = 'kernel';
        i.stage = Math.max(0, ...ins.map(availability));
      } else if (def.kind === 'reduce') {
        i.kind = 'reduce';
        i.stage = stageOfLoop(ins[0], ins[0].size);
      } else if (t.rank === 0) {
        i.kind = 'scalar';
        i.stage = Math.max(0, ...ins.map(availability));
      } else {
        i.kind = 'loop';
        i.stage = Math.max(
          0,
          ...ins.map((x) => (x.size === 1 && x.node.rank === 0 ? availability(x) : stageOfLoop(x, size))),
        );
      }
    }
    info.set(t, i);
  }

  // A loop value is stored when something outside its own loop reads it.
  const outputReps = outputs.map(R);
  for (const t of order) {
    const i = info.get(t)!;
    if (i.kind === 'const' || i.kind === 'arg') continue;
    for (const x of t.inputs) {
      const xi = info.get(R(x))!;
      if (xi.kind !== 'loop') continue;
      const sameLoop =
        (i.kind === 'loop' || i.kind === 'reduce') &&
        i.stage === xi.stage &&
        (i.kind === 'reduce' || i.size === xi.size);
      if (!sameLoop) xi.materialised = true;
    }
  }
  for (const o of outputReps) {
    const oi = info.get(o)!;
    if (oi.kind === 'loop') oi.materialised = true;
  }
  const bufferName = new Map<Tensor, string>();
  for (const t of order) {
    const i = info.get(t)!;
    if ((i.kind === 'loop' && i.materialised) || i.kind === 'kernel') {
      bufferName.set(t, `B${buffers.length}`);
      buffers.push(allocate(dtype, i.size));
    }
  }

  /** How a consumer inside a loop over `size` at `stage` reads x (element i), or a scalar. */
  const readIn = (x: Info, stage: number, size: number): string => {
    if (x.node.rank === 0) {
      if (x.kind === 'kernel') return `${bufferName.get(x.node)}[0]`;
      if (x.kind === 'arg') return x.name;
      return x.name;
    }
    if (x.kind === 'arg' || (x.kind === 'const' && x.node.rank > 0)) return `${x.name}[i]`;
    if (x.kind === 'loop' && x.stage === stage && x.size === size) return x.name;
    return `${bufferName.get(x.node)}[i]`;
  };
  /** How code outside loops reads x: a scalar name, or an array name. */
  const readOut = (x: Info): string => {
    if (x.kind === 'kernel' || (x.kind === 'loop' && x.materialised)) {
      const b = bufferName.get(x.node)!;
      return x.node.rank === 0 ? `${b}[0]` : b;
    }
    return x.name;
  };

  // A loop, not Math.max(...order): a formula of 50,000 terms has more nodes than a call takes arguments.
  let maxStage = 0;
  for (const t of order) maxStage = Math.max(maxStage, info.get(t)!.stage);
  const lines: string[] = [];
  for (let s = 0; s <= maxStage; s++) {
    // Pre-section: scalars and kernels of this stage.
    for (const t of order) {
      const i = info.get(t)!;
      if (i.stage !== s) continue;
      const def = ops[t.op ?? 'add'];
      if (i.kind === 'scalar' && def.kind === 'elementwise') {
        const [a, b] = t.inputs.map((x) => readOut(info.get(R(x))!));
        lines.push(`const ${i.name} = ${fr(def.expr(a, b ?? '', t.attrs))};`);
      } else if (i.kind === 'kernel' && def.kind === 'kernel') {
        const ins = t.inputs.map((x) => info.get(R(x))!);
        const names = ins.map((x) => {
          if (x.node.rank === 0 && x.kind !== 'kernel')
            throw new DescensoError('shape-mismatch', { op: t.op!, a: '[]', b: shapeText(t.shape) });
          return readOut(x);
        });
        lines.push(
          `{ ${def.kernel(
            bufferName.get(t)!,
            names,
            t.inputs.map((x) => x.shape),
            t.shape,
            t.attrs,
            fr,
          )} }`,
        );
      }
    }
    // Loops of this stage, one per size, in order of first appearance.
    const sizes: number[] = [];
    for (const t of order) {
      const i = info.get(t)!;
      if (i.stage !== s) continue;
      const size = i.kind === 'loop' ? i.size : i.kind === 'reduce' ? info.get(R(t.inputs[0]))!.size : -1;
      if (size > 0 && !sizes.includes(size)) sizes.push(size);
    }
    for (const size of sizes) {
      const body: string[] = [];
      const accs: string[] = [];
      // Each array element the loop reads is loaded once, at the top of the loop body: V8 does
      // not always merge repeated typed-array loads (bounds checks), and peaks reads x[i] 7 times.
      const loads = new Map<string, string>();
      const read = (x: Info): string => {
        const r = readIn(x, s, size);
        if (!r.endsWith('[i]')) return r;
        let name = loads.get(r);
        if (name === undefined) {
          name = `e${loads.size}`;
          loads.set(r, name);
        }
        return name;
      };
      for (const t of order) {
        const i = info.get(t)!;
        if (i.stage !== s) continue;
        if (i.kind === 'loop' && i.size === size) {
          const def = ops[t.op!];
          if (def.kind !== 'elementwise') continue;
          const [a, b] = t.inputs.map((x) => read(info.get(R(x))!));
          body.push(`const ${i.name} = ${fr(def.expr(a, b ?? '', t.attrs))};`);
          if (i.materialised) body.push(`${bufferName.get(t)}[i] = ${i.name};`);
        } else if (i.kind === 'reduce' && info.get(R(t.inputs[0]))!.size === size) {
          accs.push(i.name);
          body.push(`${i.name} = ${fr(`${i.name} + ${read(info.get(R(t.inputs[0]))!)}`)};`);
        }
      }
      body.unshift(...[...loads].map(([src, name]) => `const ${name} = ${src};`));
      if (accs.length > 0) lines.push(`let ${accs.map((a) => `${a} = 0`).join(', ')};`);
      lines.push(`for (let i = 0; i < ${size}; i++) {`, ...body.map((l) => `  ${l}`), '}');
    }
  }

  // Outputs: scalars by value; arrays in their own buffers (copied when the value is an input).
  const outExprs: string[] = [];
  outputReps.forEach((o, k) => {
    const i = info.get(o)!;
    if (o.rank === 0) {
      outExprs.push(i.kind === 'const' ? i.name : readOut(i));
      return;
    }
    const own = i.kind === 'loop' && !outputReps.slice(0, k).includes(o);
    if (own) {
      outExprs.push(bufferName.get(o)!);
      return;
    }
    const name = `O${k}`;
    const src = i.kind === 'const' || i.kind === 'arg' ? i.name : readOut(i);
    lines.push(
      `const ${name} = B[${buffers.length}];`,
      `for (let i = 0; i < ${i.size}; i++) ${name}[i] = ${src}[i];`,
    );
    buffers.push(allocate(dtype, i.size));
    outExprs.push(name);
  });
  lines.push(
    `OUT[0] = ${outExprs[0]};`,
    ...outExprs.slice(1).map((e, k) => `OUT[${k + 1}] = ${e};`),
    'return OUT;',
  );

  const header = [
    ...consts.map((_c, k) => `const K${k} = K[${k}];`),
    ...[...bufferName.entries()]
      .filter(([, n]) => n.startsWith('B'))
      .map(([, n]) => `const ${n} = B[${n.slice(1)}];`),
  ];
  const params = args.map((_a, k) => `a${k}`).join(', ');
  const source = `${header.join('\n')}\nreturn function compiled(${params}) {\n${lines.map((l) => `  ${l}`).join('\n')}\n};`;
  const OUT: OutValue[] = outputs.map(() => 0);
  const fn = new Function('K', 'B', 'OUT', 'EXP', source)(consts, buffers, OUT, exp) as (
    ...a: ArgValue[]
  ) => OutValue[];
  return { run: (xs) => fn(...xs), source };
}
