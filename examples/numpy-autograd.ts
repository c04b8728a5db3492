/**
 * The NumPy + PyTorch tutorial, in descenso: f(x) = w·x fitted to y = 2x on four points, in float32.
 *
 *   npx tsx examples/numpy-autograd.ts      (or: descenso tutorial numpy-autograd)
 *
 * The computation lives in src/tutorials/numpy-autograd.ts, shared with the CLI's `tutorial`
 * command: part 1 by hand (NumPy style), part 2 with `.backward()` (PyTorch style).
 */
import { numpyAutograd } from '../src/tutorials/numpy-autograd.js';
import { isMain } from './lib/main.js';

export { numpyAutograd };

if (isMain(import.meta.url)) numpyAutograd();
