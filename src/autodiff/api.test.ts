import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import * as A from './api.js';
import { Tensor } from './tensor.js';

/** Runs `fn` and returns the DescensoError it throws (failing when it throws nothing or something else). */
function caught(fn: () => unknown): DescensoError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DescensoError) return e;
    throw e;
  }
  throw new Error('expected a DescensoError');
}

describe('tensor(): shapes and dtypes of leaves', () => {
  it('tensor(3) is a float64 scalar of shape []', () => {
    const t = A.tensor(3);
    expect(t.shape).toEqual([]);
    expect(t.dtype).toBe('float64');
    expect(t.data).toBeInstanceOf(Float64Array);
    expect(t.item()).toBe(3);
    expect(t.op).toBeNull();
  });

  it('tensor([1, 2, 3]) is a vector and tensor of rows a row-major matrix', () => {
    expect(A.tensor([1, 2, 3]).shape).toEqual([3]);
    const m = A.tensor([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(m.shape).toEqual([2, 3]);
    expect(Array.from(m.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(m.toJS()).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  });

  it('tensor(Float32Array) is float32 and copies its values', () => {
    const src = new Float32Array([0.5, 1.5]);
    const t = A.tensor(src);
    expect(t.dtype).toBe('float32');
    src[0] = 9;
    expect(t.data[0]).toBe(0.5);
  });

  it('tensor(rows of unequal length) throws autodiff-ragged', () => {
    expect(caught(() => A.tensor([[1, 2], [3]])).code).toBe('autodiff-ragged');
  });

  it('tensor(t) copies a tensor into a new leaf with options', () => {
    const a = A.tensor([1, 2], { name: 'a' });
    const b = A.tensor(a, { requiresGrad: true });
    expect(b).not.toBe(a);
    expect(b.name).toBe('a');
    expect(b.requiresGrad).toBe(true);
    expect(b.data).not.toBe(a.data);
  });

  it('zeros(shape) and onesLike(t) have the shape and dtype asked for', () => {
    const z = A.zeros([2, 3], 'float32');
    expect(z.shape).toEqual([2, 3]);
    expect(z.data).toBeInstanceOf(Float32Array);
    expect(Array.from(A.onesLike(z).data)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('item() on a one-element vector is its value', () => {
    expect(A.tensor([7]).item()).toBe(7);
  });

  it('item() on a non-scalar throws not-scalar naming the shape', () => {
    const e = caught(() => A.tensor([1, 2, 3]).item());
    expect(e.code).toBe('not-scalar');
    expect(e.params).toMatchObject({ what: 'item()', shape: '[3]' });
  });

  // JSON.stringify printed -0 as 0 and NaN, ±Infinity as null.
  it('toString() of [-0, NaN, -Infinity] shows -0, NaN and -Infinity', () => {
    expect(String(A.tensor([-0, Number.NaN, Number.NEGATIVE_INFINITY]))).toBe(
      'Tensor([-0,NaN,-Infinity], shape=[3], dtype=float64)',
    );
    expect(String(A.tensor([[1, -0]]))).toBe('Tensor([[1,-0]], shape=[1, 2], dtype=float64)');
  });

  it('toString() shows values, shape and dtype', () => {
    expect(String(A.tensor([1, 2]))).toBe('Tensor([1,2], shape=[2], dtype=float64)');
  });

  it('detach() gives a leaf with a copy of the values', () => {
    const y = A.mul(A.tensor(2, { requiresGrad: true }), 3);
    const d = y.detach();
    expect(d.op).toBeNull();
    expect(d.requiresGrad).toBe(false);
    expect(d.item()).toBe(6);
    expect(d.data).not.toBe(y.data);
  });
});

describe('broadcasting: a scalar with anything, equal shapes otherwise', () => {
  it('add(scalar, vector) and add(vector, scalar) have the vector shape', () => {
    expect(A.add(1, [1, 2, 3]).toJS()).toEqual([2, 3, 4]);
    expect(A.add([1, 2, 3], 1).toJS()).toEqual([2, 3, 4]);
  });

  it('sub(10, matrix) broadcasts the scalar over the matrix', () => {
    expect(
      A.sub(10, [
        [1, 2],
        [3, 4],
      ]).toJS(),
    ).toEqual([
      [9, 8],
      [7, 6],
    ]);
  });

  it('add of [3] and [4] throws shape-mismatch naming the op and both shapes', () => {
    const e = caught(() => A.add([1, 2, 3], [1, 2, 3, 4]));
    expect(e.code).toBe('shape-mismatch');
    expect(e.params).toEqual({ op: 'add', a: '[3]', b: '[4]' });
    expect(e.message).toContain('add');
  });

  it('mul of [2, 3] and [3, 2] throws shape-mismatch (no implicit transposition)', () => {
    const e = caught(() => A.mul(A.zeros([2, 3]), A.zeros([3, 2])));
    expect(e.params).toEqual({ op: 'mul', a: '[2, 3]', b: '[3, 2]' });
  });

  it('mul of [3] and [1, 3] throws shape-mismatch (ranks differ)', () => {
    expect(caught(() => A.mul([1, 2, 3], [[1, 2, 3]])).code).toBe('shape-mismatch');
  });

  it('broadcastTo(vector, shape) throws shape-mismatch: only scalars broadcast', () => {
    const e = caught(() => A.broadcastTo([1, 2], [2, 2]));
    expect(e.code).toBe('shape-mismatch');
    expect(e.params).toMatchObject({ op: 'broadcast' });
  });

  it('broadcastAxis(vector, shape, axis) repeats along rows (0) or columns (1)', () => {
    expect(A.broadcastAxis(A.tensor([1, 2, 3]), [2, 3], 0).toJS()).toEqual([
      [1, 2, 3],
      [1, 2, 3],
    ]);
    expect(A.broadcastAxis(A.tensor([1, 2]), [2, 3], 1).toJS()).toEqual([
      [1, 1, 1],
      [2, 2, 2],
    ]);
    expect(caught(() => A.broadcastAxis(A.tensor([1, 2]), [2, 3], 0)).params).toMatchObject({
      op: 'broadcastAxis',
    });
  });

  it('a number with a float32 tensor is float32; any float32 operand makes the result float32', () => {
    const f = A.tensor([1, 2], { dtype: 'float32' });
    expect(A.add(f, 0.1).dtype).toBe('float32');
    expect(A.mul(0.1, f).data).toBeInstanceOf(Float32Array);
    expect(A.add(f, A.tensor([1, 1])).dtype).toBe('float32');
  });
});

describe('reductions and shapes', () => {
  const M = [
    [1, 2, 3],
    [4, 5, 6],
  ];

  it('sum(M) is a scalar, sum(M, 0) per column, sum(M, 1) per row, sum(M, -1) the last axis', () => {
    expect(A.sum(M).toJS()).toBe(21);
    expect(A.sum(M, 0).toJS()).toEqual([5, 7, 9]);
    expect(A.sum(M, 1).toJS()).toEqual([6, 15]);
    expect(A.sum(M, -1).toJS()).toEqual([6, 15]);
  });

  it('mean(M), mean(M, 0), mean(M, 1) divide by the counts', () => {
    expect(A.mean(M).toJS()).toBe(3.5);
    expect(A.mean(M, 0).toJS()).toEqual([2.5, 3.5, 4.5]);
    expect(A.mean(M, 1).toJS()).toEqual([2, 5]);
    expect(A.mean([1, 2, 3, 4]).toJS()).toBe(2.5);
  });

  it('sum(scalar) is the scalar itself; sum(vector, 0) is the total', () => {
    const s = A.tensor(4);
    expect(A.sum(s)).toBe(s);
    expect(A.sum([1, 2, 3], 0).toJS()).toBe(6);
  });

  it('sum(M, 2) and mean(vector, 1) throw bad-axis', () => {
    const e = caught(() => A.sum(M, 2));
    expect(e.code).toBe('bad-axis');
    expect(e.params).toEqual({ op: 'sum', axis: 2, rank: 2 });
    expect(caught(() => A.mean([1, 2], 1)).params).toMatchObject({ op: 'mean', axis: 1, rank: 1 });
    expect(caught(() => A.sum(M, 0.5)).code).toBe('bad-axis');
  });

  it('transpose([2, 3]) is [3, 2]; transpose of a vector throws bad-shape', () => {
    expect(A.transpose(M).toJS()).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
    expect(caught(() => A.transpose([1, 2])).code).toBe('bad-shape');
  });

  it('reshape keeps the row-major order; a size change throws shape-mismatch', () => {
    expect(A.reshape(M, [3, 2]).toJS()).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(A.reshape([1, 2, 3, 4], [2, 2]).shape).toEqual([2, 2]);
    const e = caught(() => A.reshape(M, [4]));
    expect(e.params).toEqual({ op: 'reshape', a: '[2, 3]', b: '[4]' });
  });

  it('reshape to the same shape returns the tensor itself', () => {
    const t = A.tensor([1, 2]);
    expect(A.reshape(t, [2])).toBe(t);
  });
});

describe('matmul and dot shapes', () => {
  const M23 = [
    [1, 2, 3],
    [4, 5, 6],
  ];
  const M32 = [
    [1, 0],
    [0, 1],
    [1, 1],
  ];

  it('matmul([2, 3], [3, 2]) is [2, 2]', () => {
    expect(A.matmul(M23, M32).toJS()).toEqual([
      [4, 5],
      [10, 11],
    ]);
  });

  it('matmul(matrix, vector) is a vector of rows · v; matmul(vector, matrix) of v · columns', () => {
    expect(A.matmul(M23, [1, 1, 1]).toJS()).toEqual([6, 15]);
    expect(A.matmul([1, 1], M23).toJS()).toEqual([5, 7, 9]);
  });

  it('matmul(vector, vector) and dot are the inner product (a scalar)', () => {
    expect(A.matmul([1, 2, 3], [4, 5, 6]).toJS()).toBe(32);
    expect(A.dot([1, 2, 3], [4, 5, 6]).toJS()).toBe(32);
  });

  it('matmul of [2, 3] and [2, 3] throws shape-mismatch naming matmul', () => {
    const e = caught(() => A.matmul(M23, M23));
    expect(e.code).toBe('shape-mismatch');
    expect(e.params).toEqual({ op: 'matmul', a: '[2, 3]', b: '[2, 3]' });
    expect(e.message).toContain('matmul');
  });

  it('matmul of a matrix and a vector of the wrong length, or a scalar, throws shape-mismatch', () => {
    expect(caught(() => A.matmul(M23, [1, 2])).params).toEqual({ op: 'matmul', a: '[2, 3]', b: '[2]' });
    expect(caught(() => A.matmul(2, M23)).params).toMatchObject({ op: 'matmul' });
  });

  it('dot of [3] and [4], or of a matrix, throws shape-mismatch naming dot', () => {
    expect(caught(() => A.dot([1, 2, 3], [1, 2, 3, 4])).params).toEqual({ op: 'dot', a: '[3]', b: '[4]' });
    expect(caught(() => A.dot(M23, M23)).params).toMatchObject({ op: 'dot' });
  });
});

describe('in-place changes of leaves', () => {
  it('assign / assignSub / assignAdd change the values in place and keep the array', () => {
    const w = A.tensor([1, 2, 3]);
    const data = w.data;
    A.assign(w, [4, 5, 6]);
    A.assignSub(w, 1);
    A.assignAdd(w, [0.5, 0.5, 0.5]);
    expect(w.data).toBe(data);
    expect(w.toJS()).toEqual([3.5, 4.5, 5.5]);
    A.assign(w, 0);
    expect(w.toJS()).toEqual([0, 0, 0]);
  });

  it('assign of a different size throws shape-mismatch naming assign', () => {
    const e = caught(() => A.assign(A.tensor([1, 2, 3]), [1, 2]));
    expect(e.params).toEqual({ op: 'assign', a: '[3]', b: '[2]' });
  });

  it('variable(v) is a watched, differentiable leaf', () => {
    const v = A.variable(2, { name: 'w' });
    expect(v).toBeInstanceOf(Tensor);
    expect(v.isVariable).toBe(true);
    expect(v.requiresGrad).toBe(true);
    expect(v.name).toBe('w');
  });

  it('constant(t) returns the tensor; constant(number) a new leaf', () => {
    const t = A.tensor(1);
    expect(A.constant(t)).toBe(t);
    expect(A.constant(2, 'float32').dtype).toBe('float32');
  });
});

describe('simplifications never drop a leaf the user made', () => {
  it('mul(tensor(1), x) and add(tensor(0), x) still depend on both operands', () => {
    const one = A.tensor(1);
    const zero = A.tensor(0);
    const x = A.tensor([2, 3]);
    const p = A.mul(one, x);
    const s = A.add(zero, x);
    expect(p.op).toBe('mul');
    expect(p.inputs).toContain(one);
    expect(s.op).toBe('add');
    expect(s.inputs).toContain(zero);
  });

  it('mul(1, x), add(x, -0) and sub(x, 0) with plain numbers are x itself (the literal is dropped)', () => {
    const x = A.tensor([2, 3]);
    expect(A.mul(1, x)).toBe(x);
    expect(A.add(x, -0)).toBe(x);
    expect(A.sub(x, 0)).toBe(x);
    expect(A.mul(-1, x).op).toBe('neg');
  });

  // −0 + 0 is +0 and −0 − (−0) is +0: dropping those literals gave 1/(x + 0) = −∞ at x = −0.
  it('add(x, 0) and sub(x, -0) keep the literal, so 1/(x + 0) at x = -0 is +Infinity', () => {
    const x = A.tensor([-0, 2]);
    expect(A.add(x, 0).op).toBe('add');
    expect(A.sub(x, -0).op).toBe('sub');
    expect(Array.from(A.div(1, A.add(x, 0)).data)).toEqual([Number.POSITIVE_INFINITY, 0.5]);
    expect(Array.from(A.div(1, A.sub(x, -0)).data)).toEqual([Number.POSITIVE_INFINITY, 0.5]);
    expect(Array.from(A.div(1, A.add(0, x)).data)).toEqual([Number.POSITIVE_INFINITY, 0.5]);
  });
});
