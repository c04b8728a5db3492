/** Explain this step: the update's terms, in the lab and the CLI (Spanish). */
export const explain = {
  'explain-step-range': (p: { step: string; last: number }) =>
    p.last < 0
      ? `--explain ${p.step}: la ejecución no dio ningún paso, no hay nada que explicar`
      : `--explain ${p.step}: no existe ese paso; los pasos de la ejecución van de 0 a ${p.last} (el paso K va de p_K a p_K+1)`,
  'explain-title': () => 'Explicar este paso',
  'explain-heading': (p: { label: string; step: number; convention: string }) =>
    `${p.label}, paso ${p.step} (convención ${p.convention})`,
  'explain-shared': () => 'este paso',
  'explain-coordinate': (p: { name: string }) => `coordenada ${p.name}`,
  'explain-other': (p: { convention: string }) => `la convención ${p.convention}, con la misma historia`,
  'explain-other-delta': () => 'su Δp',
  'explain-other-difference': () => 'diferencia',
  'explain-other-same': () => 'las dos convenciones son el mismo método',
  'explain-other-error': (p: { message: string }) => `no se puede construir: ${p.message}`,
  'explain-optimizer': () => 'optimizador',
  'explain-convention': () => 'convención',
  'explain-step': () => 'paso K',
  'explain-ended': (p: { last: number }) => `la ejecución terminó: su último paso es el ${p.last}`,
  'explain-none': () => 'no hay paso que explicar: la ejecución no dio ninguno',
  'explain-loading': () => 'repitiendo el descenso…',
  'explain-flag': () =>
    'tras la tabla, explica el paso K de cada optimizador: cada término de su actualización con los números (K desde 0) (por omisión: ninguno)',
  'explain-trials': (p: { count: number }) => `la búsqueda lineal probó ${p.count} puntos`,
};
