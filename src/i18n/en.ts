import { cli } from './en/cli.js';
import { clitour } from './en/clitour.js';
import { core } from './en/core.js';
import { curvature } from './en/curvature.js';
import { data } from './en/data.js';
import { derivative } from './en/derivative.js';
import { embed } from './en/embed.js';
import { experiment } from './en/experiment.js';
import { explain } from './en/explain.js';
import { exportMessages } from './en/export.js';
import { expr } from './en/expr.js';
import { lab } from './en/lab.js';
import { lesson } from './en/lesson.js';
import { lessonLab } from './en/lesson-lab.js';
import { map } from './en/map.js';
import { optim } from './en/optim.js';
import { plot } from './en/plot.js';
import { regression } from './en/regression.js';
import { study } from './en/study.js';
import { surface } from './en/surface.js';
import { sweep } from './en/sweep.js';
import { train } from './en/train.js';

/**
 * The English dictionary: every message of descenso, keyed by error code or UI key.
 * Each area keeps its own part (./en/*.ts); this file joins them. Spanish mirrors it key by key.
 */
export const en = {
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
export type Messages = typeof en;
export type MessageKey = keyof Messages;
export type MessageParams<K extends MessageKey> = Parameters<Messages[K]>[0];
