/** The colour of run i (optimizer × regime, in the result's order): the core's categorical palette, as the exports draw it. */
import { categoricalColor } from '../../../src/plot/index.js';

export const runColor = (i: number): string => categoricalColor(i);
/** The points of the current mini-batch. */
export const BATCH_COLOR = '#e8710a';
