import type { experiment as en } from '../en/experiment.js';

/** Mensajes del esquema de experimentos (español). */
export const experiment: typeof en = {
  'experiment-invalid': (p) => `experimento no válido en ${p.path}: ${p.problem}`,
  'experiment-json': (p) => `el experimento no es JSON válido: ${p.reason}`,
  'experiment-url': (p) =>
    `la dirección contiene un experimento no válido (${p.reason}); se muestra el experimento por omisión`,
};
