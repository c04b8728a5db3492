import { describe, expect, it } from 'vitest';
import { gradients, tensor } from '../autodiff/index.js';
import { DescensoError } from '../errors.js';
import { hostileObject } from '../testing.js';
import { bce, huber, lossNames, mae, makeLoss, mse, sse } from './index.js';

const p = [1, 2, 4];
const y = [2, 2, 1];
// residuals p − y: −1, 0, 3

/** ∂loss/∂p at p, by reverse mode. */
function gradOf(loss: ReturnType<typeof makeLoss>, pv: number[], yv: number[]): number[] {
  const P = tensor(pv, { requiresGrad: true });
  return Array.from(gradients(loss.apply(P, tensor(yv)), [P])[0].data);
}

describe('losses', () => {
  it('mse.value is the mean of squared residuals without ½: (1 + 0 + 9) / 3', () => {
    expect(mse.value(p, y)).toBeCloseTo(10 / 3, 15);
    // d/dpᵢ = 2 rᵢ / n
    expect(gradOf(mse, p, y)).toEqual([-2 / 3, 0, 2]);
  });

  it('sse.value is the plain sum of squared residuals: 10, gradient 2r', () => {
    expect(sse.value(p, y)).toBe(10);
    expect(gradOf(sse, p, y).map((g) => g + 0)).toEqual([-2, 0, 6]);
  });

  it('mae.value is the mean absolute residual: 4 / 3, gradient sign(r)/n', () => {
    expect(mae.value(p, y)).toBeCloseTo(4 / 3, 15);
    expect(gradOf(mae, p, y)).toEqual([-1 / 3, 0, 1 / 3]);
  });

  it('huber(1) is ½r² inside δ and δ(|r| − ½δ) outside, averaged', () => {
    // ½·1 + 0 + (3 − ½) = 3, over 3 points
    expect(huber(1).value(p, y)).toBeCloseTo(1, 15);
    // gradient: r/n inside, δ·sign(r)/n outside
    expect(gradOf(huber(1), p, y)).toEqual([-1 / 3, 0, 1 / 3]);
    // with δ = 4 every residual is inside: ½(1 + 0 + 9) / 3
    expect(huber(4).value(p, y)).toBeCloseTo(5 / 3, 15);
  });

  it('bce.value on logits equals −mean(y log σ(z) + (1 − y) log(1 − σ(z)))', () => {
    const z = [-2, 0.5, 3];
    const t = [0, 1, 1];
    const s = (v: number) => 1 / (1 + Math.exp(-v));
    const expected =
      -z.reduce((acc, v, i) => acc + t[i] * Math.log(s(v)) + (1 - t[i]) * Math.log(1 - s(v)), 0) / 3;
    expect(bce.value(z, t)).toBeCloseTo(expected, 14);
    // gradient (σ(z) − y) / n
    gradOf(bce, z, t).forEach((g, i) => {
      expect(g).toBeCloseTo((s(z[i]) - t[i]) / 3, 15);
    });
  });

  it('bce stays finite for logits far beyond where σ rounds to 0 or 1', () => {
    expect(bce.value([1000, -1000], [1, 0])).toBe(0);
    expect(bce.value([-1000], [1])).toBe(1000);
    for (const g of gradOf(bce, [800, -800], [0, 1])) expect(Number.isFinite(g)).toBe(true);
  });

  it('makeLoss knows every name and refuses others', () => {
    for (const name of lossNames) expect(makeLoss(name).id).toBe(name);
    expect(() => makeLoss('hinge')).toThrow(DescensoError);
    expect(() => huber(0)).toThrow(DescensoError);
    expect(makeLoss('huber', { delta: 4 }).value(p, y)).toBeCloseTo(5 / 3, 15);
  });
});

describe('makeLoss by a name the user typed', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'makeLoss(%j) throws loss-unknown',
    (name) => {
      expect(() => makeLoss(name)).toThrow(expect.objectContaining({ code: 'loss-unknown' }));
    },
  );

  it('makeLoss("hubr") suggests huber in both languages', () => {
    try {
      makeLoss('hubr');
      expect.unreachable();
    } catch (e) {
      expect((e as DescensoError).messageIn('en')).toBe(
        "unknown loss 'hubr' (did you mean 'huber'?); losses: mse, sse, mae, huber, bce",
      );
      expect((e as DescensoError).messageIn('es')).toBe(
        "pérdida desconocida 'hubr' (¿quiso decir 'huber'?); pérdidas: mse, sse, mae, huber, bce",
      );
    }
  });
});

describe('the loss functions with arguments of the wrong kind', () => {
  const weird = hostileObject();
  it('makeLoss(an object whose toString is no function) throws bad-argument, not a TypeError', () => {
    expect(() => makeLoss(weird)).toThrow(expect.objectContaining({ code: 'bad-argument' }));
    expect(() => makeLoss('mse', null as never)).toThrow(expect.objectContaining({ code: 'bad-argument' }));
  });
  it('huber(an object whose toString is no function) throws loss-bad-delta', () => {
    expect(() => huber(weird)).toThrow(expect.objectContaining({ code: 'loss-bad-delta' }));
  });

  it('mse.value(undefined, a number) throws bad-argument; mse.value([1, 3], [1, 1]) is 2', () => {
    expect(() => mse.value(undefined as never, [1])).toThrow(
      expect.objectContaining({ code: 'bad-argument' }),
    );
    expect(() => mse.value([1], 3 as never)).toThrow(expect.objectContaining({ code: 'bad-argument' }));
    expect(mse.value([1, 3], [1, 1])).toBe(2);
  });
});
