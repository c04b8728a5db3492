import type { core as en } from '../en/core.js';

/** " (¿quería decir 'adam'?)" tras un nombre desconocido, o nada si ninguno conocido se le parece. */
export const didYouMean = (s: string | null | undefined) => (s ? ` (¿quería decir '${s}'?)` : '');

/**
 * Mensajes del motor y de los bordes de la biblioteca (español). Se escriben sin concordancia de
 * género con el sujeto ("valor no válido para …"), porque el sujeto puede ser cualquier frase.
 */
export const core: typeof en = {
  'shape-mismatch': (p) => `formas incompatibles en ${p.op}: ${p.a} y ${p.b} no se pueden combinar`,
  'bad-shape': (p) => `forma no válida para ${p.what}: ${p.shape}`,
  'bad-axis': (p) => `eje ${p.axis} no válido en ${p.op} para un valor de rango ${p.rank}`,
  'bad-value': (p) => `valor no válido para ${p.what}: ${p.value}`,
  'non-finite': (p) => `la operación ${p.op} produjo un valor no finito (${p.where})`,
  'not-an-input': (p) => `no se puede derivar respecto de ${p.what}: no es una entrada`,
  'not-scalar': (p) => `${p.what} debe ser un escalar; su forma es ${p.shape}`,
  'tape-used': () => 'esta GradientTape ya se usó; créela con { persistent: true } para reutilizarla',
  'no-grad-fn': (p) => `la operación ${p.op} no se puede derivar`,
  'unknown-message': (p) => `clave de mensaje desconocida '${p.key}'${didYouMean(p.suggestion)}`,
  'bad-argument': (p) => `${p.fn}: valor no válido para ${p.what}: ${p.value}`,
  'decimal-comma': (p) => `'${p.value}' lleva coma decimal: use un punto: ${p.fixed}`,

  'what-argument': (p) => `el argumento ${p.index}`,
  'what-options': () => 'las opciones',
  'what-text': () => 'el texto',
  'what-language': () => 'el idioma',
};
