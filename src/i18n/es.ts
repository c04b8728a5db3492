import type { Messages } from './en.js';
import { cli } from './es/cli.js';
import { clitour } from './es/clitour.js';
import { core } from './es/core.js';
import { curvature } from './es/curvature.js';
import { data } from './es/data.js';
import { derivative } from './es/derivative.js';
import { embed } from './es/embed.js';
import { experiment } from './es/experiment.js';
import { explain } from './es/explain.js';
import { exportMessages } from './es/export.js';
import { expr } from './es/expr.js';
import { lab } from './es/lab.js';
import { lesson } from './es/lesson.js';
import { lessonLab } from './es/lesson-lab.js';
import { map } from './es/map.js';
import { optim } from './es/optim.js';
import { plot } from './es/plot.js';
import { regression } from './es/regression.js';
import { study } from './es/study.js';
import { surface } from './es/surface.js';
import { sweep } from './es/sweep.js';
import { train } from './es/train.js';

/** El diccionario español: las mismas claves que el inglés, comprobadas por el tipo. */
export const es: Messages = {
  ...core,
  ...cli,
  ...expr,
  ...experiment,
  ...data,
  ...optim,
  ...plot,
  ...train,
  ...lab,
  ...regression,
  ...derivative,
  ...surface,
  ...map,
  ...clitour,
  ...sweep,
  ...study,
  ...exportMessages,
  ...lesson,
  ...lessonLab,
  ...explain,
  ...curvature,
  ...embed,
};
