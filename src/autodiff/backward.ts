/**
 * Reverse-mode differentiation over the graph: one walk from the output back to the inputs,
 * each node's local rule taken from the table. The rules are built from the engine's own
 * operations, so every gradient is itself a graph that can be differentiated again.
 */
import { badArgument, DescensoError } from '../errors.js';
import { add, broadcastTo, literal } from './api.js';
import { checkFunction, checkObject, checkTensor, checkTensors } from './args.js';
import { ops } from './ops.js';
import { listen, shapeText, Tensor } from './tensor.js';

/** Nodes reachable from `roots`, inputs before the nodes that use them (iterative: no recursion limit). */
export function topoOrder(roots: readonly Tensor[], stopAt?: (t: Tensor) => boolean): Tensor[] {
  checkTensors('topoOrder', 1, roots);
  if (stopAt !== undefined) checkFunction('topoOrder', 2, stopAt);
  const order: Tensor[] = [];
  const seen = new Set<Tensor>();
  const stack: [Tensor, number][] = [];
  for (const r of roots) {
    if (seen.has(r)) continue;
    seen.add(r);
    stack.push([r, 0]);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const [node, i] = top;
      const inputs = stopAt?.(node) ? [] : node.inputs;
      if (i < inputs.length) {
        top[1] = i + 1;
        const next = inputs[i];
        if (!seen.has(next)) {
          seen.add(next);
          stack.push([next, 0]);
        }
      } else {
        stack.pop();
        order.push(node);
      }
    }
  }
  return order;
}

export interface GradientOptions {
  /** Only these nodes pass gradients to their inputs (a GradientTape's recorded operations). */
  recorded?: ReadonlySet<Tensor>;
  /** Throw a DescensoError naming the operation when the value or a gradient is not finite. */
  checkFinite?: boolean;
}

/**
 * The gradients of `y` with respect to each of `xs` (ḡ = ∂ sum(y) / ∂x for a non-scalar `y`, the
 * pointwise derivatives of an elementwise function). A source `y` does not depend on gets zeros.
 */
export function gradients(y: Tensor, xs: readonly Tensor[], options: GradientOptions = {}): Tensor[] {
  checkTensor('gradients', 1, y);
  checkTensors('gradients', 2, xs);
  checkObject('gradients', 3, options);
  if (options.recorded !== undefined && !(options.recorded instanceof Set))
    throw badArgument('gradients', 3, options, 'object');
  const { recorded } = options;
  const stop = recorded ? (t: Tensor) => !recorded.has(t) : undefined;
  const order = topoOrder([y], stop);
  const sources = new Set(xs);
  // A node needs a gradient when a source lies below it.
  const needs = new Set<Tensor>();
  for (const t of order) {
    if (sources.has(t)) needs.add(t);
    else if (!stop?.(t) && t.inputs.some((i) => needs.has(i))) needs.add(t);
  }
  const created: Tensor[] = [];
  const grads = new Map<Tensor, Tensor>();
  listen(
    (t) => created.push(t),
    () => {
      grads.set(y, seed(y));
      for (let k = order.length - 1; k >= 0; k--) {
        const node = order[k];
        const g = grads.get(node);
        if (!g || node.op === null || !needs.has(node) || stop?.(node)) continue;
        const flags = node.inputs.map((i) => needs.has(i));
        const local = ops[node.op].backward(g, node, node.inputs as Tensor[], node.attrs, flags);
        node.inputs.forEach((input, i) => {
          const gi = local[i];
          if (!flags[i] || !gi) return;
          const prev = grads.get(input);
          grads.set(input, prev ? add(prev, gi) : gi);
        });
      }
    },
  );
  const result = xs.map((x) => grads.get(x) ?? zerosLike(x));
  if (options.checkFinite) checkFinite([y, ...result], order, created);
  return result;
}

function seed(y: Tensor): Tensor {
  return broadcastTo(literal(1, y.dtype), y.shape);
}

function zerosLike(x: Tensor): Tensor {
  const data = x.dtype === 'float32' ? new Float32Array(x.size) : new Float64Array(x.size);
  return new Tensor(data, x.shape, x.dtype);
}

function firstNonFinite(t: Tensor): number {
  const d = t.data;
  for (let i = 0; i < d.length; i++) if (!Number.isFinite(d[i])) return i;
  return -1;
}

/**
 * When an output is not finite, finds the first operation (in evaluation order, forward pass
 * first, then the derivatives) that produced a non-finite value from finite inputs, and names it.
 */
export function checkFinite(
  outputs: readonly Tensor[],
  forward: readonly Tensor[],
  backward: readonly Tensor[] = [],
): void {
  checkTensors('checkFinite', 1, outputs);
  checkTensors('checkFinite', 2, forward);
  checkTensors('checkFinite', 3, backward);
  if (outputs.every((t) => !t.hasData || firstNonFinite(t) < 0)) return;
  for (const [pass, nodes] of [
    ['forward', forward],
    ['gradient', backward],
  ] as const) {
    for (const t of nodes) {
      if (t.op === null || !t.hasData) continue;
      const i = firstNonFinite(t);
      if (i < 0) continue;
      if (t.inputs.some((inp) => inp.hasData && firstNonFinite(inp) >= 0)) continue;
      throw new DescensoError('autodiff-non-finite', {
        op: t.op,
        pass,
        element: t.rank === 0 ? null : i,
        shape: shapeText(t.shape),
        value: String(t.data[i]),
      });
    }
  }
  // Non-finite inputs: say so.
  const bad = outputs.find((t) => firstNonFinite(t) >= 0)!;
  const i = firstNonFinite(bad);
  throw new DescensoError('autodiff-non-finite', {
    op: bad.op ?? '',
    pass: 'input',
    element: bad.rank === 0 ? null : i,
    shape: shapeText(bad.shape),
    value: String(bad.data[i]),
  });
}
