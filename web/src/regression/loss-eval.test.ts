import { describe, expect, it } from 'vitest';
import { lossEvaluator } from './loss-eval.js';

describe('lossEvaluator', () => {
  // x = (−1, 0, 2), y = (0, 1, 1); at (w, b) = (1, 0.5) the logits are z = (−0.5, 0.5, 2.5).
  const x = Float64Array.from([-1, 0, 2]);
  const y = Float64Array.from([0, 1, 1]);

  it("lossEvaluator('logistic', 'mse') squares σ(z) − y (the lab's landscape once squared z − y: 0.91667)", () => {
    // σ(z) = (0.377541, 0.622459, 0.924142): mean of (σ − y)² by hand
    expect(lossEvaluator('logistic', 'mse', 3).value([1, 0.5], x, y)).toBeCloseTo(0.09694279222307907, 14);
  });

  it("lossEvaluator('logistic') defaults to bce on the logits: (2·log(1 + e^−0.5) + log(1 + e^−2.5))/3", () => {
    expect(lossEvaluator('logistic', undefined, 3).value([1, 0.5], x, y)).toBeCloseTo(
      0.34234790088425426,
      14,
    );
  });

  it("lossEvaluator('linear', 'huber', 2, δ = 0.5) uses the δ: residual 2 costs δ(|r| − δ/2) = 0.875", () => {
    const ev = lossEvaluator('linear', 'huber', 2, 0.5);
    // w = 0 on x = (1, 1), y = (2, 0): residuals −2 and 0 → (0.875 + 0)/2
    expect(ev.value([0], Float64Array.from([1, 1]), Float64Array.from([2, 0]))).toBeCloseTo(0.4375, 15);
  });
});
