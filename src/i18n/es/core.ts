import type { core as en } from '../en/core.js';

/** Mensajes del motor y de los bordes de la biblioteca (español). */
export const core: typeof en = {
  'shape-mismatch': (p) => `formas incompatibles en ${p.op}: ${p.a} y ${p.b} no se pueden combinar`,
  'bad-shape': (p) => `forma no válida para ${p.what}: ${p.shape}`,
  'bad-axis': (p) => `eje ${p.axis} no válido en ${p.op} para un valor de rango ${p.rank}`,
  'bad-value': (p) => `${p.what} no válido: ${p.value}`,
  'non-finite': (p) => `la operación ${p.op} produjo un valor no finito (${p.where})`,
  'not-an-input': (p) => `no se puede derivar respecto de ${p.what}: no es una entrada`,
  'not-scalar': (p) => `${p.what} debe ser un escalar; su forma es ${p.shape}`,
  'tape-used': () => 'esta GradientTape ya se usó; créela con { persistent: true } para reutilizarla',
  'no-grad-fn': (p) => `la operación ${p.op} no se puede derivar`,
};
