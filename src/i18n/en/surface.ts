/** The surface lab's own labels (English): presets, view and run panels. */
export const surface = {
  'surface-presets': () => 'Presets',
  'surface-preset-open': () => 'Open preset',
  'surface-preset-tutorial-000': () => 'Tutorial 000: its own picture',
  'surface-preset-tutorial-000-modern': () => 'Tutorial 000: modern view',
  'surface-preset-tutorial-000-keras': () => 'Tutorial 000: Keras SGD in float32',
  'surface-preset-race': () => 'Race: GD, momentum and Adam on peaks',
  'surface-style': () => 'Look',
  'surface-style-modern': () => 'modern',
  'surface-style-tutorial': () => 'tutorial (filled contours)',
  'surface-levels': () => 'contour levels',
  'surface-h': () => 'difference step h',
  'surface-function': () => 'Function',
  'surface-run': () => 'Run',
  'surface-view': () => 'View',
  'surface-add-optimizer-limit': (p: { max: number }) => `at most ${p.max} optimizers`,
  'surface-race-caption': (p: { step: string }) => `The race at step ${p.step}`,
};
