import { badArgument, DescensoError } from '../errors.js';
import { suggestName } from '../suggest.js';
import * as A from './api.js';
import { gradients } from './backward.js';
import { type Attrs, type OpName, ops } from './ops.js';
import { shown } from './shown.js';

/** Numbers are float64 by default; float32 rounds every operation's result as float32 frameworks do. */
export type DType = 'float64' | 'float32';
/** `[]` a scalar, `[n]` a vector, `[rows, cols]` a matrix (row-major). */
export type Shape = readonly number[];
export type Data = Float64Array | Float32Array;
/** What the public functions accept where a tensor is expected. */
export type TensorLike = Tensor | number | readonly number[] | readonly (readonly number[])[] | Data;

let nextId = 0;
/** While > 0, operations record no inputs (PyTorch's `no_grad`). */
let noGradDepth = 0;
/** While > 0, operations on placeholders only build the graph (used by `compile` to trace). */
let symbolicDepth = 0;
/** Tapes listening to every new node (GradientTape records through this). */
const listeners: ((t: Tensor) => void)[] = [];

/**
 * The most numbers a tensor made from a user-given shape may hold (zeros, reshape, broadcastTo):
 * 2·10⁸ float64 numbers are 1.6 GB, the same budget as a run's (train/budget's MAX_RUN_NUMBERS).
 */
export const MAX_TENSOR_SIZE = 2e8;

export function sizeOf(shape: Shape): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function shapeText(shape: Shape): string {
  return `[${shape.join(', ')}]`;
}

const DTYPES: readonly DType[] = ['float64', 'float32'];

/** The dtype option as given, checked: a misspelt 'float16' must not quietly compute in float64. */
export function checkDtype(dtype: DType | undefined): DType | undefined {
  if (dtype === undefined || DTYPES.includes(dtype)) return dtype;
  const typed = shown(dtype);
  throw new DescensoError('autodiff-bad-dtype', {
    dtype: typed,
    suggestion: suggestName(typed, DTYPES) ?? null,
    known: DTYPES.join(', '),
  });
}

export function allocate(dtype: DType, n: number): Data {
  return dtype === 'float32' ? new Float32Array(n) : new Float64Array(n);
}

/**
 * A value and, when it was computed by an operation, the node of the graph that produced it:
 * the one object of the three idioms (JAX-style functions receive tensors, TensorFlow's tape
 * records them, PyTorch's `.backward()` walks them).
 */
export class Tensor {
  readonly id = nextId++;
  /** The values, row-major. Empty while tracing for `compile` (the graph is all that is needed). */
  data: Data;
  readonly shape: Shape;
  readonly dtype: DType;
  /** The operation that produced this value, or null for a leaf (input, constant, parameter). */
  readonly op: OpName | null;
  readonly inputs: readonly Tensor[];
  readonly attrs: Attrs;
  /** PyTorch style: leaves with requiresGrad receive `.grad` from `.backward()`. */
  requiresGrad: boolean;
  /** TensorFlow style: a trainable variable is watched by every GradientTape automatically. */
  isVariable = false;
  /** A user-given name, used in messages and in gradCheck reports. */
  name: string | undefined;
  grad: Tensor | null = null;

  constructor(
    data: Data,
    shape: Shape,
    dtype: DType,
    op: OpName | null = null,
    inputs: readonly Tensor[] = [],
    attrs: Attrs = {},
    requiresGrad = false,
  ) {
    this.data = data;
    this.shape = shape;
    this.dtype = dtype;
    this.op = op;
    this.inputs = inputs;
    this.attrs = attrs;
    this.requiresGrad = requiresGrad;
  }

  get size(): number {
    return sizeOf(this.shape);
  }
  get rank(): number {
    return this.shape.length;
  }
  /** True when the values are known (always, except for placeholders while tracing). */
  get hasData(): boolean {
    return this.data.length === this.size;
  }

  /** The value of a scalar (or of a one-element array) as a number. */
  item(): number {
    if (this.size !== 1)
      throw new DescensoError('not-scalar', { what: 'item()', shape: shapeText(this.shape) });
    return this.hasData ? this.data[0] : Number.NaN;
  }

  /** Plain JavaScript: a number, an array of numbers, or an array of rows. */
  toJS(): number | number[] | number[][] {
    if (this.rank === 0) return this.item();
    if (this.rank === 1) return Array.from(this.data);
    const [r, c] = this.shape;
    const rows: number[][] = [];
    for (let i = 0; i < r; i++) rows.push(Array.from(this.data.subarray(i * c, (i + 1) * c)));
    return rows;
  }

  /** A leaf with the same values, cut from the graph. */
  detach(): Tensor {
    return new Tensor(this.data.slice() as Data, this.shape, this.dtype);
  }

  // ---- operations as methods (PyTorch style: `((w * x - y) ** 2).mean()` reads `w.mul(x).sub(y).pow(2).mean()`)
  add(b: TensorLike): Tensor {
    return A.add(this, b);
  }
  sub(b: TensorLike): Tensor {
    return A.sub(this, b);
  }
  mul(b: TensorLike): Tensor {
    return A.mul(this, b);
  }
  div(b: TensorLike): Tensor {
    return A.div(this, b);
  }
  pow(b: TensorLike): Tensor {
    return A.pow(this, b);
  }
  neg(): Tensor {
    return A.neg(this);
  }
  square(): Tensor {
    return A.square(this);
  }
  sqrt(): Tensor {
    return A.sqrt(this);
  }
  exp(): Tensor {
    return A.exp(this);
  }
  log(): Tensor {
    return A.log(this);
  }
  abs(): Tensor {
    return A.abs(this);
  }
  sum(axis?: number): Tensor {
    return A.sum(this, axis);
  }
  mean(axis?: number): Tensor {
    return A.mean(this, axis);
  }
  matmul(b: TensorLike): Tensor {
    return A.matmul(this, b);
  }
  dot(b: TensorLike): Tensor {
    return A.dot(this, b);
  }

  // ---- PyTorch style: backward, .grad, zeroing, in-place updates -----------------------------
  /**
   * Accumulates ∂this/∂leaf into `.grad` of every leaf with requiresGrad below this value (for a
   * non-scalar value, the gradient of its sum). `.grad` values are plain leaves, cut from the graph.
   */
  backward(options: { checkFinite?: boolean } = {}): void {
    if (options === null || typeof options !== 'object') throw badArgument('backward', 1, options, 'object');
    const leaves: Tensor[] = [];
    const seen = new Set<Tensor>();
    const stack: Tensor[] = [this];
    while (stack.length > 0) {
      const t = stack.pop()!;
      if (seen.has(t)) continue;
      seen.add(t);
      if (t.op === null) {
        if (t.requiresGrad) leaves.push(t);
      } else stack.push(...t.inputs);
    }
    const grads = gradients(this, leaves, { checkFinite: options.checkFinite ?? true });
    leaves.forEach((leaf, i) => {
      const g = grads[i].detach();
      if (leaf.grad) {
        for (let k = 0; k < g.data.length; k++) leaf.grad.data[k] += g.data[k];
      } else leaf.grad = g;
    });
  }
  /** Sets every value to zero in place (`w.grad.zero_()`). */
  zero_(): Tensor {
    this.data.fill(0);
    return this;
  }
  /** Sets `.grad` to zero (keeps the array). */
  zeroGrad(): void {
    this.grad?.zero_();
  }
  /** this ← this − v in place, outside the graph (PyTorch's `w -= lr * w.grad` under no_grad). */
  sub_(v: TensorLike): Tensor {
    return A.assignSub(this, v);
  }
  add_(v: TensorLike): Tensor {
    return A.assignAdd(this, v);
  }
  /** TensorFlow's `assign` / `assign_sub` on a variable. */
  assign(v: TensorLike): Tensor {
    return A.assign(this, v);
  }
  assignSub(v: TensorLike): Tensor {
    return A.assignSub(this, v);
  }

  /** `Tensor([1,-0,NaN], shape=[3], dtype=float64)`: JSON.stringify would print -0 as 0 and NaN as null. */
  toString(): string {
    const text = (v: number | number[] | number[][]): string =>
      typeof v === 'number' ? (Object.is(v, -0) ? '-0' : String(v)) : `[${v.map(text).join(',')}]`;
    return `Tensor(${text(this.toJS())}, shape=${shapeText(this.shape)}, dtype=${this.dtype})`;
  }
}

/** Runs `fn` without recording the graph: results are constants (PyTorch's `torch.no_grad()`). */
export function noGrad<T>(fn: () => T): T {
  if (typeof fn !== 'function') throw badArgument('noGrad', 1, fn, 'function');
  noGradDepth++;
  try {
    return fn();
  } finally {
    noGradDepth--;
  }
}

export function isGradEnabled(): boolean {
  return noGradDepth === 0;
}

/** Runs `fn` building the graph on placeholders without computing values (for `compile`). */
export function symbolic<T>(fn: () => T): T {
  symbolicDepth++;
  try {
    return fn();
  } finally {
    symbolicDepth--;
  }
}

/** Every node created while `fn` runs is passed to `listener` (how GradientTape records). */
export function listen<T>(listener: (t: Tensor) => void, fn: () => T): T {
  listeners.push(listener);
  try {
    return fn();
  } finally {
    listeners.splice(listeners.lastIndexOf(listener), 1);
  }
}

/** A placeholder: a leaf with a shape and no values, traced by `compile`. */
export function placeholder(shape: Shape, dtype: DType, name?: string): Tensor {
  const t = new Tensor(allocate(dtype, 0), shape, dtype);
  t.name = name;
  return t;
}

/**
 * Applies an operation of the table: checks and infers the shape, computes the values (unless
 * tracing), and links the result to its inputs so it can be differentiated.
 */
export function apply(op: OpName, inputs: Tensor[], attrs: Attrs = {}): Tensor {
  const def = ops[op];
  const shape = def.shape(inputs, attrs, op);
  let dtype: DType = 'float64';
  for (const t of inputs) if (t.dtype === 'float32') dtype = 'float32';
  const known = inputs.every((t) => t.hasData);
  let data: Data;
  // While tracing, only scalar constants are folded; everything else stays a node to emit.
  if (symbolicDepth === 0 || (known && sizeOf(shape) <= 1)) {
    if (!known) throw new DescensoError('autodiff-placeholder', { op });
    data = allocate(dtype, sizeOf(shape));
    def.forward(data, inputs, attrs, shape);
  } else {
    data = allocate(dtype, 0);
  }
  const record = noGradDepth === 0;
  const requiresGrad = record && inputs.some((t) => t.requiresGrad);
  const out = new Tensor(data, shape, dtype, record ? op : null, record ? inputs : [], attrs, requiresGrad);
  if (record) for (const l of listeners) l(out);
  return out;
}
