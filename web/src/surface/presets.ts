/**
 * The surface lab's presets: experiments one click away. Tutorial 000 (the only tutorial whose
 * picture is a descent on a surface; the others fit data or study a derivative, in the other labs)
 * comes as its own picture — the tutorial's NumPy loss, its five steps of 0.03 with forward
 * differences of h = 1e-5 from (−0.35, −0.67), filled coolwarm contours in 30 levels over [−3, 3]² —
 * beside the same run in the lab's modern view, and its Keras part (tf.keras SGD, float32). Data
 * only: each preset is an Experiment.
 */
import {
  type DescendExperiment,
  defaultExperiment,
  EXPERIMENT_VERSION,
} from '../../../src/experiment/index.js';
import type { MessageKey } from '../../../src/i18n/index.js';
import { PEAKS_EPOCHS, PEAKS_LR, PEAKS_NUMPY, PEAKS_START } from '../../../src/tutorials/peaks.js';

export interface SurfacePreset {
  id: string;
  /** Its name in the menu (a message of the dictionaries). */
  name: Extract<MessageKey, `surface-preset-${string}`>;
  experiment: DescendExperiment;
}

/** get_puntos_descenso_gradiente(5, 0.03, −0.35, −0.67) on the tutorial's own loss and grid. */
const tutorial000: DescendExperiment = {
  kind: 'descend',
  version: EXPERIMENT_VERSION,
  formula: PEAKS_NUMPY,
  vars: ['w_0', 'w_1'],
  start: [...PEAKS_START],
  steps: PEAKS_EPOCHS,
  gradient: 'forward',
  h: 1e-5,
  optimizers: [{ name: 'gd', options: { lr: PEAKS_LR }, label: 'GD' }],
  // np.linspace(-3, 3, 100) on both axes
  domain: [
    [-3, 3],
    [-3, 3],
  ],
  // contourf(…, 30, cmap="coolwarm"); five steps at two per second, so each one is seen
  view: { style: 'tutorial', colormap: 'coolwarm', levels: 30, speed: 2 },
};

export const surfacePresets: readonly SurfacePreset[] = [
  { id: 'tutorial-000', name: 'surface-preset-tutorial-000', experiment: tutorial000 },
  {
    id: 'tutorial-000-modern',
    name: 'surface-preset-tutorial-000-modern',
    experiment: { ...tutorial000, view: { speed: 2 } },
  },
  {
    id: 'tutorial-000-keras',
    name: 'surface-preset-tutorial-000-keras',
    experiment: {
      ...tutorial000,
      // tf.keras.optimizers.SGD(learning_rate=0.03): exact gradients, Keras's convention, float32
      gradient: 'autodiff',
      h: undefined,
      dtype: 'float32',
      optimizers: [{ name: 'sgd', convention: 'keras', options: { lr: PEAKS_LR }, label: 'Keras SGD' }],
    },
  },
  { id: 'race', name: 'surface-preset-race', experiment: defaultExperiment },
];

/** The preset `id`, or undefined. */
export function presetById(id: string): SurfacePreset | undefined {
  return surfacePresets.find((p) => p.id === id);
}
