import type { ArgExpected, core as en } from '../en/core.js';

const argExpected: Record<ArgExpected, string> = {
  string: 'un texto',
  function: 'una función',
  number: 'un número',
  finite: 'un número finito',
  experiment: 'un experimento (véase parseExperiment)',
  array: 'un array o un array tipado',
  arrays: 'una lista de arrays de números',
  'same-shape': 'arrays de la misma forma que los parámetros',
  object: 'un objeto',
  formula: 'una fórmula (como la devuelve parseFormula)',
  dataset: 'un conjunto de datos (x, y y cols, como los devuelve simulate)',
  'optimizer-entry': 'una entrada de optimizador como { name: "adam" }',
  'optimizer-state': 'el estado que devolvieron su init() o el último update()',
  'data-entry': 'una entrada de datos de un experimento',
  index: 'el índice de uno de los optimizadores del experimento',
  numbers: 'una lista de números',
  difference: "'forward' o 'central'",
  env: 'un objeto de números, uno por variable',
  'binary-op': "uno de '+', '-', '*', '/', '^'",
  tensor: 'un tensor, un número o una lista de números',
  shape: 'una forma (una lista de enteros ≥ 0)',
  axis: 'un eje (un entero) o una lista de ejes',
  chart: 'las opciones del gráfico (un objeto)',
  grid: 'una rejilla de valores (véase contourMap)',
  'model-parts': 'las partes de un modelo: id, paramNames, paramShapes (una por nombre) y predict',
  'mlp-options': 'opciones como { hidden: [8] } (una o dos anchuras de capa)',
  'tensor-env': 'un objeto de tensores, uno por variable',
  width: 'una anchura de al menos 1',
  surface: 'una superficie del catálogo (véase getSurface)',
  digits: 'un número entero de cifras de 1 a 100',
  'tensor-only': 'un tensor (véase tensor y variable)',
  tensors: 'una lista de tensores',
  shapes: 'una lista de formas, una por argumento',
  rng: 'un RandomState, como new RandomState(0)',
  'hessian-size': 'como mucho 10 000 números respecto de los que derivar (la hessiana tiene n² elementos)',
};

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
  'bad-argument': (p) =>
    `${p.fn}: argumento ${p.index} no válido: ${p.value} (se esperaba ${argExpected[p.expected]})`,
  'decimal-comma': (p) => `'${p.value}' lleva coma decimal: use un punto: ${p.fixed}`,

  'what-argument': (p) => `el argumento ${p.index}`,
  'what-argument-of': (p) => `el argumento ${p.index} (la función toma ${p.count})`,
  'what-input-of': (p) => `la entrada de ${p.op}`,
  'what-operand-of': (p) => `el operando de ${p.op}`,
  'what-tape-source': (p) => `la fuente ${p.name} (no es una variable ni la vigila la cinta)`,
  'what-step-h': () => 'el paso h',
  'what-function-result': () => 'el resultado de la función',
  'what-free-placeholder': () => 'un marcador de posición que no es un argumento',
  'placeholder-value': (p) =>
    `una entrada de ${p.op} es un marcador de posición de compile() y no tiene valor fuera de él`,
  'ragged-matrix': () => 'forma no válida para una matriz: sus filas no tienen todas la misma longitud',
  'argument-count': (p) => `se dieron ${p.found} argumentos y la función toma ${p.expected}`,
  'what-options': () => 'las opciones',
  'what-text': () => 'el texto',
  'what-language': () => 'el idioma',
};
