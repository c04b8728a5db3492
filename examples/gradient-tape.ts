/**
 * The TensorFlow GradientTape tutorial, in descenso: y = a + b·x fitted on the sum of squared
 * errors, lr 0.001, 70 epochs, in float32, data seeded with 42.
 *
 *   npx tsx examples/gradient-tape.ts      (or: descenso tutorial gradient-tape)
 *
 * The computation lives in src/tutorials/gradient-tape.ts, shared with the CLI's `tutorial` command.
 */
import { gradientTape, SEED } from '../src/tutorials/gradient-tape.js';
import { isMain } from './lib/main.js';

export { gradientTape, SEED };

if (isMain(import.meta.url)) gradientTape();
