import type { surface as en } from '../en/surface.js';

/** Las etiquetas propias del laboratorio de superficies (español): ejemplos, vista y ejecución. */
export const surface: typeof en = {
  'surface-presets': () => 'Ejemplos',
  'surface-preset-open': () => 'Abrir ejemplo',
  'surface-preset-tutorial-000': () => 'Tutorial 000: su propia imagen',
  'surface-preset-tutorial-000-modern': () => 'Tutorial 000: vista moderna',
  'surface-preset-tutorial-000-keras': () => 'Tutorial 000: SGD de Keras en float32',
  'surface-preset-race': () => 'Carrera: GD, momento y Adam en peaks',
  'surface-style': () => 'Aspecto',
  'surface-style-modern': () => 'moderno',
  'surface-style-tutorial': () => 'del tutorial (contornos rellenos)',
  'surface-levels': () => 'niveles de contorno',
  'surface-h': () => 'paso de las diferencias h',
  'surface-function': () => 'Función',
  'surface-run': () => 'Ejecución',
  'surface-view': () => 'Vista',
  'surface-add-optimizer-limit': (p: { max: number }) => `como mucho ${p.max} optimizadores`,
  'surface-race-caption': (p: { step: string }) => `La carrera en el paso ${p.step}`,
  'surface-tol-by': () => 'contar',
  'surface-tol-by-steps': () => 'pasos',
  'surface-tol-by-evals': () => 'evaluaciones',
  'surface-col-evals': () => 'evaluaciones f · ∇f',
  'surface-col-evals-title': () =>
    'cuántas veces evaluó el método f y ∇f hasta el paso mostrado, contando el inicio',
  'surface-col-reached-evals': () => 'evaluaciones (f + ∇f) hasta la tolerancia',
};
