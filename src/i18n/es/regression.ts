import type { regression as en } from '../en/regression.js';

/** Las palabras propias del laboratorio de regresión (español). */
export const regression: typeof en = {
  'rg-scatter-line': () => 'Datos y recta ajustada',
  'rg-scatter-curve': () => 'Datos y curva ajustada',
  'rg-amplitude': () => 'amplitud',
  'rg-frequency': () => 'frecuencia ω',
  'rg-phase': () => 'fase',
  'rg-rate': () => 'tasa r en exp(r·x)',
  'rg-coeffs': () => 'coeficientes c0, c1, … (potencias crecientes)',
  'rg-coeffs-help': () => 'Separados por espacios o punto y coma: 1 0 −2 es 1 − 2x².',
  'rg-x-from': () => 'x desde',
  'rg-x-to': () => 'x hasta',
  'rg-formula-shape': (p: { f: string }) => `y = ${p.f} + ε`,
  'rg-optimizers': () => 'Optimizadores',
  'rg-add-optimizer': () => 'Añadir un optimizador',
  'rg-remove-optimizer': (p: { name: string }) => `Quitar ${p.name}`,
  'rg-edit-optimizer': (p: { name: string }) => `Editar ${p.name}`,
  'rg-presets': () => 'Tutoriales',
  'rg-preset-gradient-tape': () => 'TensorFlow GradientTape: a + b·x, SSE, 70 épocas',
  'rg-preset-jax-regression': () => 'JAX: w·x desde w = 10, MSE, 401 épocas',
  'rg-preset-numpy-autograd': () => 'NumPy y autograd de PyTorch: w·x en cuatro puntos',
  'rg-float32': () => 'float32, como calculan TensorFlow, JAX y PyTorch',
  'rg-tolerance': () => 'tolerancia: cambio de la pérdida por época ≤',
  'rg-col-run': () => 'ejecución',
  'rg-col-now': () => 'pérdida ahora',
  'rg-col-final': () => 'pérdida final',
  'rg-col-settled': () => 'épocas hasta la tolerancia',
  'rg-status-max-steps': () => 'hizo todas las épocas',
  'rg-status-converged': () => 'convergió',
  'rg-init-random': (p: { n: string }) =>
    `Los ${p.n} pesos de la red empiezan en valores aleatorios sacados de la semilla.`,
  'rg-params-count': (p: { n: string }) => `${p.n} pesos`,
  'rg-describe': (p: { epoch: string; runs: string }) => `Época ${p.epoch}. ${p.runs}`,
  'rg-describe-run': (p: { name: string; loss: string; params: string; status: string }) =>
    `${p.name}: pérdida ${p.loss}${p.params ? `, ${p.params}` : ''}, ${p.status}.`,
  'rg-computing': () => 'calculando…',
  'rg-log-loss': () => 'escala logarítmica',
  'rg-data-points': (p: { n: string }) => `${p.n} puntos`,
  'rg-bad-number': (p: { min: string; max: string }) =>
    `no es un número válido aquí: escriba uno de ${p.min} a ${p.max}`,
};
