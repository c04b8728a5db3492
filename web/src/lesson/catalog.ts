/**
 * The lessons the lab lists: the core's catalog (src/lessons), in its teaching order. The three
 * regression lessons are added here only while the catalog does not list them yet (h-lesson-regress
 * registers them there); an id is never listed twice.
 */
import { lesson as gradientTape } from '../../../src/lessons/data/gradient-tape.js';
import { lesson as jaxRegression } from '../../../src/lessons/data/jax-regression.js';
import { lesson as numpyAutograd } from '../../../src/lessons/data/numpy-autograd.js';
import { lessons } from '../../../src/lessons/index.js';
import type { Lesson } from '../../../src/lessons/types.js';

const extra = [numpyAutograd, gradientTape, jaxRegression].filter((l) => !lessons.some((c) => c.id === l.id));

export const catalog: readonly Lesson[] = [...lessons, ...extra];
