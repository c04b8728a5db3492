/**
 * The lessons the lab lists, in the tutorials' order. (The core's catalog, src/lessons/index.ts,
 * replaces this list once it is on this branch.)
 */
import { lesson as gradientTape } from '../../../src/lessons/data/gradient-tape.js';
import { lesson as jaxRegression } from '../../../src/lessons/data/jax-regression.js';
import { lesson as numpyAutograd } from '../../../src/lessons/data/numpy-autograd.js';
import type { Lesson } from '../../../src/lessons/types.js';

export const catalog: readonly Lesson[] = [numpyAutograd, gradientTape, jaxRegression];
