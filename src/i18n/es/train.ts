import type { BudgetAdvice, DescendOption, train as en, FitExpected, ModelSizeKind } from '../en/train.js';

/** Mensajes de los modelos, las pérdidas, fit y las órdenes `simulate` / `fit` (español). */

const sizeWord: Record<ModelSizeKind, string> = {
  degree: 'grado',
  width: 'anchura de capa',
  inputs: 'número de entradas',
};

const fitExpected: Record<FitExpected, string> = {
  epochs: 'un entero de 0 a 10⁷',
  batchSize: 'un entero ≥ 1',
  regime: "'batch', 'sgd' o 'minibatch'",
  dtype: "'float64' o 'float32'",
  seed: 'un entero de 0 a 2³² − 1',
  positive: 'un número finito > 0',
  object: 'un objeto',
  array: 'una lista de números',
  function: 'una función',
  model: "un modelo (véase makeModel) o su especificación, como 'poly:3'",
  loss: "una pérdida (véase makeLoss) o su nombre, como 'mse'",
  optimizer: 'una entrada de optimizador, como { name: "adam" }',
  boolean: 'true o false',
};

const descendExpected: Record<DescendOption, string> = {
  spec: 'un objeto, como { surface: "peaks", optimizer: "adam" }',
  surface: 'el identificador de una superficie del catálogo',
  formula: 'el texto de una fórmula',
  vars: 'una lista de nombres de variables',
  optimizer: 'un nombre de optimizador o una entrada como { name: "adam" }',
  stop: 'un objeto de números finitos (gradNorm, valueChange, maxValue, maxCoordinate)',
  record: 'un objeto, como { every: 10 }',
  steps: 'un entero de 0 a 10⁶',
  start: 'números finitos',
  gradient: "'autodiff', 'forward' o 'central'",
  h: 'un número finito > 0',
  noise: 'un σ finito ≥ 0',
  onStep: 'una función',
  'record.every': 'un entero ≥ 1',
  domain: 'un [mínimo, máximo] por cada una de las primeras variables, finitos, con mínimo < máximo',
  dtype: "'float64' o 'float32'",
};

const budgetAdvice: Record<BudgetAdvice, string> = {
  descend: 'dé menos pasos o registre uno de cada K (--every K, record.every)',
  'fit-history':
    'entrene menos épocas, registre una de cada K (--every K, record.every) o no registre los parámetros',
  'fit-steps': 'entrene menos épocas, use lotes más grandes o no registre la pérdida de cada paso',
  'fit-working': 'use menos puntos o capas más estrechas',
};

export const train: typeof en = {
  'model-unknown': (p) =>
    `modelo desconocido '${p.spec}'${p.suggestion ? ` (¿quiso decir '${p.suggestion}'?)` : ''}; modelos: ${p.forms}`,
  'model-bad-size': (p) =>
    `${sizeWord[p.what]} no válido en el modelo '${p.spec}': un entero de ${p.min} a ${p.max}`,
  'model-bad-activation': (p) => `activación desconocida '${p.value}' (activaciones: ${p.valid})`,

  'model-bad-params': (p) =>
    `el modelo ${p.model} tiene ${p.expected} parámetros (${p.names}); se recibieron ${p.given}`,
  'model-bad-x': (p) =>
    `el modelo ${p.model} necesita al menos un punto de ${p.inputs} ${p.inputs === 1 ? 'número' : 'números'}; x tiene ${p.count}`,
  'loss-unknown': (p) =>
    `pérdida desconocida '${p.name}'${p.suggestion ? ` (¿quiso decir '${p.suggestion}'?)` : ''}; pérdidas: ${p.valid}`,
  'loss-bad-delta': (p) => `δ de huber no válido: ${p.value} (un número finito > 0)`,

  'descend-bad-option': (p) =>
    `${p.option} no válido para descend: ${p.value} (se espera ${descendExpected[p.option]})`,
  'descend-no-function': () => 'descend necesita una superficie o una fórmula',
  'descend-start-length': (p) =>
    `la fórmula tiene ${p.nvars} ${p.nvars === 1 ? 'variable' : 'variables'} (${p.vars}); el punto de partida tiene ${p.count} ${p.count === 1 ? 'coordenada' : 'coordenadas'}: ${p.start}`,
  'descend-undefined-start': (p) =>
    p.gradient
      ? `el gradiente de f no está definido en el punto de partida (${p.point}): empiece en otro punto`
      : `f no está definida en el punto de partida (${p.point}): empiece en otro punto`,
  'descend-status-left-domain': (p) => `estado: salió del dominio de la superficie en el paso ${p.step}`,
  'descend-comparison': () => 'comparación',
  'descend-col-run': () => 'ejecución',
  'descend-col-status': () => 'estado',
  'run-too-large': (p) =>
    `esta ejecución necesitaría ${p.size} números en memoria, más que el límite de ${p.limit}: ${budgetAdvice[p.advice]}`,

  'fit-undefined-start': (p) =>
    `la pérdida no está definida al inicio (vale ${p.loss}): revise la escala de los datos y los parámetros iniciales`,
  'fit-bad-option': (p) =>
    `${p.option} no válido para fit: ${p.value} (se espera ${fitExpected[p.expected]})`,
  'fit-unknown-param': (p) =>
    `el modelo ${p.model} no tiene el parámetro '${p.name}' (sus parámetros: ${p.valid})`,
  'fit-bad-param': (p) => `el parámetro ${p.name} necesita ${p.expected} valor(es); se recibió ${p.found}`,
  'fit-data-empty': () => 'el conjunto de datos está vacío',
  'fit-data-length': (p) =>
    `x e y no concuerdan: ${p.x} valores de x para ${p.y} objetivos con ${p.inputs} entrada(s) cada uno`,
  'fit-data-not-finite': (p) => `${p.what}[${p.index}] no es un número finito: ${p.value}`,
  'fit-bad-labels': (p) =>
    `la entropía cruzada binaria necesita etiquetas de 0 a 1; y[${p.index}] vale ${p.value}`,
  'fit-gradient-missing': (p) => `el gradiente escrito a mano no da ningún valor para ${p.name}`,
  'fit-gradient-factor': (p) =>
    `el gradiente escrito a mano es ${p.factor} veces el automático (${p.details}); el entrenamiento sigue el escrito a mano`,
  'fit-gradient-mismatch': (p) =>
    `el gradiente escrito a mano no coincide con el automático (error relativo ${p.relError}: ${p.details}); el entrenamiento sigue el escrito a mano`,
  'fit-status-max-steps': (p) =>
    `estado: ${p.epochs} ${p.epochs === 1 ? 'época' : 'épocas'} (máximo alcanzado)`,
  'fit-status-converged': (p) => `estado: convergió tras ${p.epochs} ${p.epochs === 1 ? 'época' : 'épocas'}`,
  'fit-status-diverged': (p) => `estado: divergió en la época ${p.epoch}`,
  'fit-warning': (p) => `aviso: ${p.text}`,

  'train-simulate-description': () =>
    'genera un conjunto de datos y = f(x) + ε como lo haría NumPy (CSV o JSON)',
  'train-fit-description': () =>
    'ajusta un modelo a datos simulados o a un archivo CSV por descenso de gradiente',
  'train-flag-data': () => 'familia de los datos simulados',
  'train-flag-formula': () => 'f(x) para --data formula, p. ej. "3*sin(x) + x^2"',
  'train-flag-slope': () => 'pendiente (linear, affine)',
  'train-flag-intercept': () => 'ordenada en el origen (affine, sine, exp)',
  'train-flag-coeffs': () => 'poly: c0,c1,…,ck para c0 + c1·x + … + ck·x^k',
  'train-flag-amplitude': () => 'amplitud (sine, exp)',
  'train-flag-frequency': () => 'frecuencia angular ω de sin(ω·x + fase)',
  'train-flag-phase': () => 'fase del seno',
  'train-flag-rate': () => 'tasa r de exp(r·x)',
  'train-flag-noise': () => 'σ, desviación estándar del ruido ε',
  'train-flag-mu': () => 'μ, media del ruido ε',
  'train-flag-points': () => 'número de puntos',
  'train-flag-x-range': () => 'intervalo de x: --x-range=A,B',
  'train-flag-x-dist': () => 'cómo se reparten los valores de x',
  'train-flag-seed': () =>
    'semilla del generador aleatorio (el RandomState clásico de NumPy); fit también baraja con ella',
  'train-flag-data-file': () =>
    'archivo CSV con los datos (x: primera columna numérica con nombre, y: la última)',
  'train-flag-model': () => 'modelo',
  'train-flag-loss': () => 'pérdida (por omisión: mse, bce para logistic)',
  'train-flag-delta': () => 'δ de la pérdida huber',
  'train-flag-init': () => 'valores iniciales por nombre de parámetro, p. ej. --init w=10 o --init a=0,b=1',
  'train-flag-epochs': () => 'pasadas por los datos',
  'train-flag-regime': () => 'batch: un paso por época; sgd: uno por punto; minibatch: uno por lote',
  'train-flag-batch-size': () => 'puntos por paso (minibatch)',
  'train-flag-no-shuffle': () => 'recorre los puntos en el orden del archivo (sgd, minibatch)',
  'train-flag-optimizer': () => 'optimizador',
  'train-flag-dtype': () => 'precisión: float32 redondea cada operación como los marcos en float32',
  'train-flag-tol': () => 'parar cuando la pérdida cambie como mucho tol (relativo) entre épocas',
  'train-flag-every': () => 'mostrar una de cada N épocas (y la última)',
  'train-flag-format-simulate': () => 'salida',
  'train-flag-format-fit': () => 'salida',
};
