/** The straight lines and polynomials of the tutorials, and their multivariate and logistic kin. */
import { add, broadcastTo, matmul, mul, type Tensor } from '../autodiff/index.js';
import { checkSize, defineModel, MAX_DEGREE, MAX_INPUTS } from './define.js';
import type { Model } from './types.js';

/** f(x) = w·x, a line through the origin (the NumPy, PyTorch and JAX tutorials). */
export function linearModel(): Model {
  return defineModel({
    id: 'linear',
    paramNames: ['w'],
    paramShapes: [[]],
    predict: ([w], x) => mul(w, x),
  });
}

/** f(x) = a + b·x (the GradientTape tutorial's names: a the intercept, b the slope). */
export function affineModel(): Model {
  return defineModel({
    id: 'affine',
    paramNames: ['a', 'b'],
    paramShapes: [[], []],
    predict: ([a, b], x) => add(a, mul(b, x)),
  });
}

/**
 * f(x) = c0 + c1·x + … + ck·x^k, evaluated by Horner's rule ((ck·x + c(k−1))·x + …)·x + c0,
 * which needs no powers and is as accurate as the sum of monomials or more.
 */
export function polynomialModel(degree: number): Model {
  checkSize('polynomialModel', degree, 'degree', 0, MAX_DEGREE);
  const names = Array.from({ length: degree + 1 }, (_v, j) => `c${j}`);
  return defineModel({
    id: `poly:${degree}`,
    paramNames: names,
    paramShapes: names.map(() => []),
    predict: (cs, x) => {
      let acc: Tensor = broadcastTo(cs[degree], x.shape);
      for (let j = degree - 1; j >= 0; j--) acc = add(mul(acc, x), cs[j]);
      return acc;
    },
  });
}

/** f(x) = x·w + b for x with d features (rows of a row-major [n, d] matrix); w has d components. */
export function multilinearModel(inputs: number): Model {
  checkSize('multilinearModel', inputs, 'inputs', 1, MAX_INPUTS);
  return defineModel({
    id: `multilinear:${inputs}`,
    paramNames: ['w', 'b'],
    paramShapes: [[inputs], []],
    inputs,
    predict: ([w, b], x) => add(matmul(x, w), b),
  });
}

/**
 * Logistic regression: the logit z = w·x + b (w a scalar for one feature, a vector of d for d),
 * the probability σ(z). `predict` gives z, so the cross-entropy can be taken on logits.
 */
export function logisticModel(inputs = 1): Model {
  checkSize('logisticModel', inputs, 'inputs', 1, MAX_INPUTS);
  return defineModel({
    id: inputs === 1 ? 'logistic' : `logistic:${inputs}`,
    paramNames: ['w', 'b'],
    paramShapes: [inputs === 1 ? [] : [inputs], []],
    inputs,
    link: 'logistic',
    predict: ([w, b], x) => add(inputs === 1 ? mul(w, x) : matmul(x, w), b),
  });
}
