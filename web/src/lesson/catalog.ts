/** The lessons the lab lists: the core's catalog (src/lessons), in its teaching order. */
import { lessons } from '../../../src/lessons/index.js';
import type { Lesson } from '../../../src/lessons/types.js';

export const catalog: readonly Lesson[] = lessons;
