/** The `view` of an experiment: what only draws (colours, log axes, speed, language, levels). */
import { colormapNames } from '../plot/colormap-names.js';
import { MAX_LEVEL_COUNT } from '../plot/scales.js';
import { bool, choice, int, object, positive } from './check.js';
import { STUDY_METRICS, type ViewSettings } from './types.js';

export const VIEW_KEYS: readonly string[] = [
  'colormap',
  'log',
  'speed',
  'lang',
  'levels',
  'values',
  'tolerance',
  'style',
  'metric',
];

export function viewSettings(v: unknown, path: string): ViewSettings {
  const o = object(v, path, VIEW_KEYS);
  const out: ViewSettings = {};
  if (o.colormap !== undefined) out.colormap = choice(o.colormap, `${path}.colormap`, colormapNames);
  if (o.log !== undefined) out.log = bool(o.log, `${path}.log`);
  if (o.speed !== undefined) out.speed = positive(o.speed, `${path}.speed`);
  if (o.lang !== undefined) out.lang = choice(o.lang, `${path}.lang`, ['es', 'en'] as const);
  if (o.levels !== undefined) out.levels = int(o.levels, `${path}.levels`, 2, MAX_LEVEL_COUNT);
  if (o.values !== undefined) out.values = bool(o.values, `${path}.values`);
  if (o.tolerance !== undefined) out.tolerance = positive(o.tolerance, `${path}.tolerance`);
  if (o.style !== undefined) out.style = choice(o.style, `${path}.style`, ['modern', 'tutorial'] as const);
  if (o.metric !== undefined) out.metric = choice(o.metric, `${path}.metric`, STUDY_METRICS);
  return out;
}
