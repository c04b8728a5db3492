import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { add, log, mean, mul, pow, square, sub, tensor, variable } from './api.js';
import { grad } from './grad.js';
import { GradientTape } from './tape.js';
import type { Tensor } from './tensor.js';
import { expectClose, peaks, peaksGradient } from './testing.js';

function caught(fn: () => unknown): DescensoError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DescensoError) return e;
    throw e;
  }
  throw new Error('expected a DescensoError');
}

describe('GradientTape (TensorFlow style)', () => {
  it('tape.gradient(w², w) of a variable is 2w without watch', () => {
    const w = variable(3);
    const tape = new GradientTape();
    const y = tape.record(() => square(w));
    expect(tape.gradient(y, w).item()).toBe(6);
  });

  it('tape.gradient(y, [a, b]) returns a list; of one source, one tensor', () => {
    const a = variable(2);
    const b = variable(5);
    const tape = new GradientTape({ persistent: true });
    const y = tape.record(() => mul(a, b));
    const gs = tape.gradient(y, [a, b]);
    expect(gs.map((g) => g.item())).toEqual([5, 2]);
    expect(tape.gradient(y, b).item()).toBe(2);
  });

  it('tape.gradient of a watched constant works; of an unwatched constant throws autodiff-not-watched', () => {
    const x = tensor(3, { name: 'x' });
    const tape = new GradientTape();
    tape.watch(x);
    const y = tape.record(() => pow(x, 3));
    expect(tape.gradient(y, x).item()).toBe(27);

    const z = tensor(3, { name: 'z' });
    const other = new GradientTape();
    const u = other.record(() => square(z));
    const e = caught(() => other.gradient(u, z));
    expect(e.code).toBe('autodiff-not-watched');
    expect((e.params as { name: string }).name).toBe('z');
  });

  it('tape.gradient of a watched tensor holding 1 is not lost to simplification', () => {
    // Regression: mul(x, x) with x = 1 used to drop x as a literal 1 and give 1 instead of 2.
    const x = tensor(1);
    const tape = new GradientTape();
    tape.watch(x);
    const y = tape.record(() => mul(x, x));
    expect(tape.gradient(y, x).item()).toBe(2);
  });

  it('tape.gradient called twice on a non-persistent tape throws tape-used', () => {
    const w = variable(1.5);
    const tape = new GradientTape();
    const y = tape.record(() => square(w));
    tape.gradient(y, w);
    expect(caught(() => tape.gradient(y, w)).code).toBe('tape-used');
  });

  it('a persistent tape can be asked many times', () => {
    const w = variable(1.5);
    const tape = new GradientTape({ persistent: true });
    const y = tape.record(() => square(w));
    const z = tape.record(() => pow(w, 3));
    expect(tape.gradient(y, w).item()).toBe(3);
    expect(tape.gradient(z, w).item()).toBe(6.75);
    expect(tape.persistent).toBe(true);
  });

  it('operations run outside record() are not differentiated through', () => {
    // z = 3w computed before recording is a constant for the tape: d(z·w)/dw = z = 3w, not 6w.
    const w = variable(2);
    const z = mul(w, 3);
    const tape = new GradientTape();
    const y = tape.record(() => mul(z, w));
    expect(tape.gradient(y, w).item()).toBe(6);
  });

  it('tape.gradient with respect to a variable the target does not use is zeros', () => {
    const a = variable(2);
    const b = variable([1, 2, 3]);
    const tape = new GradientTape();
    const y = tape.record(() => square(a));
    const [, gb] = tape.gradient(y, [a, b]);
    expect(gb.toJS()).toEqual([0, 0, 0]);
  });

  it('nested tapes give the second derivative of x³ at 2: 6x = 12', () => {
    const x = variable(2);
    const outer = new GradientTape();
    const inner = new GradientTape();
    const dy = outer.record(() => {
      const y = inner.record(() => pow(x, 3));
      return inner.gradient(y, x);
    });
    expect(dy.item()).toBe(12);
    expect(outer.gradient(dy, x).item()).toBe(12);
  });

  it('tape.gradient(peaks) equals the closed-form gradient at (−0.35, −0.67)', () => {
    const x = variable(-0.35);
    const y = variable(-0.67);
    const tape = new GradientTape();
    const z = tape.record(() => peaks(x, y));
    const gs = tape.gradient(z, [x, y]).map((g) => g.item());
    expectClose(gs, peaksGradient(-0.35, -0.67), 1e-12);
  });

  it('tape.gradient of log(−1) throws autodiff-non-finite naming log', () => {
    const w = variable(-1);
    const tape = new GradientTape();
    const y = tape.record(() => log(w));
    const e = caught(() => tape.gradient(y, w));
    expect(e.code).toBe('autodiff-non-finite');
    expect(e.params).toMatchObject({ op: 'log' });
  });

  it('a training loop with tape and assignSub matches grad step by step', () => {
    const X = tensor([1, 2, 3, 4]);
    const Y = tensor([2, 4, 6, 8]);
    const loss = (w: Tensor, b: Tensor) => mean(square(sub(add(mul(w, X), b), Y)));
    const w = variable(0);
    const b = variable(0);
    let pw = 0;
    let pb = 0;
    for (let step = 0; step < 20; step++) {
      const tape = new GradientTape();
      const l = tape.record(() => loss(w, b));
      const [gw, gb] = tape.gradient(l, [w, b]);
      w.assignSub(mul(gw, 0.01));
      b.assignSub(mul(gb, 0.01));
      const [hw, hb] = grad(loss, { argnums: [0, 1] })(pw, pb) as number[];
      pw -= 0.01 * hw;
      pb -= 0.01 * hb;
      expect(w.item()).toBe(pw);
      expect(b.item()).toBe(pb);
    }
  });
});
