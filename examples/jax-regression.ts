/**
 * The JAX tutorial, in descenso: w1 fitted to y = w1·x by gradient descent on the mean squared
 * error, with a JAX-style `grad` compiled as `jit` would compile it (seed 22, W1 = 10, h = 0.01).
 *
 *   npx tsx examples/jax-regression.ts      (or: descenso tutorial jax-regression)
 *
 * The computation lives in src/tutorials/jax-regression.ts, shared with the CLI's `tutorial` command.
 */
import { jaxRegression } from '../src/tutorials/jax-regression.js';
import { isMain } from './lib/main.js';

export { jaxRegression };

if (isMain(import.meta.url)) jaxRegression();
