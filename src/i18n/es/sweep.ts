import type { BatchPart, sweep as en } from '../en/sweep.js';

/** Mensajes de src/sweep y de las órdenes `sweep` y `basins` (español). */

const batchExpected: Record<BatchPart, string> = {
  spec: 'un objeto como { surface: "peaks", steps: 100, groups: [...] }',
  steps: 'un entero de 0 a 10⁶',
  dtype: "'float64' o 'float32'",
  stop: 'un objeto de números finitos (gradNorm, valueChange, maxValue, maxCoordinate)',
  groups: 'una lista no vacía de { optimizer, starts }',
  start: 'números finitos, uno por variable de la función',
  runs: 'como mucho 10⁶ ejecuciones en total',
};

export const sweep: { [K in keyof typeof en]: (typeof en)[K] } = {
  'sweep-bad-batch': (p) =>
    `${p.part} no válido para un lote: ${p.value} (se espera ${batchExpected[p.part]})`,
  'sweep-not-batched': (p) =>
    `${p.what} no puede ejecutarse en lote (necesita lo que calcula un descenso aislado): use descend`,
  'sweep-bad-vary': (p) =>
    `--vary espera opción=desde:hasta:lin|log:cantidad (como lr=0.001:1:log:13), se recibió '${p.value}'`,
  'sweep-vary-range': (p) =>
    `--vary ${p.value}: la cantidad va de 1 a ${p.max}, un rango logarítmico necesita desde y hasta > 0, y desde es igual a hasta solo con cantidad 1`,
  'sweep-unknown-option': (p) =>
    `--vary: opción desconocida '${p.option}'${p.suggestion ? ` (¿quiso decir '${p.suggestion}'?)` : ''}; opciones numéricas: ${p.valid}`,
  'sweep-bad-base': (p) => `un barrido ejecuta descensos o ajustes, no un estudio ${p.kind}`,
  'sweep-vary-twice': (p) => `--vary ${p.option} aparece dos veces`,
  'sweep-vary-count': (p) =>
    `--vary puede darse una o dos veces (una curva o una rejilla), no ${p.found} veces`,
  'sweep-vary-fixed': (p) => `--${p.option} está fijada y a la vez se varía: indíquela solo en --vary`,
  'sweep-too-many': (p) =>
    `este barrido haría ${p.runs} ejecuciones, más que el límite de ${p.max}: varíe menos valores`,
  'sweep-needs-tol': () => 'un barrido ordena por pasos hasta la tolerancia: indique --tol',
  'sweep-plot-format': (p) => `--plot escribe .svg o .png, no '${p.file}'`,
  'sweep-header-optimizer': () => 'optimizador',
  'sweep-header-status': () => 'estado',
  'sweep-header-steps': () => 'pasos hasta tol',
  'sweep-header-epochs': () => 'épocas hasta tol',
  'sweep-header-evaluations': () => 'f · ∇f hasta tol',
  'sweep-header-final': () => 'final',
  'sweep-best': (p) => `mejor ${p.optimizer}: ${p.options} (${p.steps})`,
  'sweep-best-none': (p) => `mejor ${p.optimizer}: ningún ajuste alcanzó la tolerancia`,
  'sweep-steps': (p) => `${p.n} pasos`,
  'sweep-epochs': (p) => `${p.n} épocas`,
  'sweep-never': () => 'nunca',
  'sweep-diverged-cell': () => 'diverge',
  'sweep-best-mark': () => 'mejor',
  'sweep-title': (p) => `${p.optimizer}: pasos hasta la tolerancia`,
  'sweep-title-fit': (p) => `${p.optimizer}: épocas hasta la tolerancia`,
  'basins-title': (p) => `cuencas de atracción: ${p.optimizer}`,
  'basins-not-converged': () => 'no llega a un mínimo',
  'basins-steps-title': () => 'pasos dados (más claro: más)',
  'basins-steps-range': (p) => (p.from === p.to ? `${p.from} pasos` : `${p.from}–${p.to} pasos`),
  'basins-steps-same': (p) => `cada inicio da ${p.n} pasos`,
  'basins-steps-hint': () => '(una tolerancia, --tol, los sombrea)',
  'basins-minimum': (p) => `mínimo ${p.index} (${p.x}, ${p.y})`,
  'basins-needs-2d': (p) => `basins dibuja funciones de dos variables; esta tiene ${p.nvars}`,
  'tour-sweep-description': () =>
    'muchas ejecuciones a la vez: opciones del optimizador en rangos lineales o logarítmicos, ordenadas por pasos (o épocas) hasta --tol',
  'tour-sweep-vary': () =>
    'una opción y sus valores: opción=desde:hasta:lin|log:cantidad (una vez: una curva; dos: una rejilla)',
  'tour-sweep-rank': () =>
    'ordenar las ejecuciones por los pasos hasta la tolerancia (por omisión) o por las evaluaciones de f y ∇f que costó alcanzarla',
  'tour-sweep-plot': () => 'dibujar la curva (un --vary) o el mapa de calor (dos) en un archivo .svg o .png',
  'tour-sweep-format': () => 'la salida',
  'tour-basins-description': () =>
    'cada punto de partida de una rejilla sobre una superficie, coloreado según el mínimo al que llega (ejecuciones en lote)',
  'tour-basins-grid': () => 'puntos por lado de la rejilla de partidas',
  'tour-basins-plot': () => 'dibujar el mapa de cuencas en un archivo .svg o .png',
  'lrfind-bad-option': (p) =>
    `opción no válida de la prueba de rango de lr ${p.option}: ${p.value} (minLr > 0, maxLr > minLr, steps un entero de 2 a 10000, 0 ≤ beta < 1, stopFactor > 1)`,
  'lrfind-one': (p) =>
    `la prueba de rango de lr entrena ${p.what === 'optimizer' ? 'un solo optimizador' : 'un solo régimen'}: indica uno`,
  'lrfind-header-step': () => 'paso',
  'lrfind-header-loss': () => 'pérdida',
  'lrfind-header-smoothed': () => 'suavizada',
  'lrfind-suggested': (p) =>
    `lr sugerido: ${p.lr} (descenso más pronunciado de la pérdida suavizada frente a log lr)`,
  'lrfind-none': () => 'sin sugerencia: la pérdida suavizada nunca bajó; amplía --min-lr … --max-lr',
  'lrfind-stopped': (p) =>
    `detenida en el paso ${p.step} (lr ${p.lr}): la pérdida suavizada superó 4× su mínimo o no era finita`,
  'lrfind-title': (p) => `${p.optimizer}: pérdida frente a un learning rate creciente`,
  'lrfind-suggested-mark': () => 'sugerido',
  'tour-lrfind-description': () =>
    'prueba de rango del learning rate: un ajuste corto cuyo lr crece exponencialmente de --min-lr a --max-lr; la pérdida se suaviza (media móvil, β = 0,9, con corrección de sesgo), la prueba se detiene cuando supera 4× su mínimo, y el lr sugerido es donde la pérdida suavizada baja más deprisa frente a log lr (pendientes a lo largo de una décima de los pasos; la primera décima queda fuera de ambas reglas)',
  'tour-lrfind-min-lr': () => 'el lr del primer paso',
  'tour-lrfind-max-lr': () => 'el lr del último paso',
  'tour-lrfind-steps': () =>
    'actualizaciones de la prueba (pasos con todos los datos en el régimen batch, minilotes en los demás)',
  'tour-lrfind-plot': () =>
    'dibujar la pérdida frente al lr (eje logarítmico, la sugerencia marcada) en un archivo .svg o .png',
};
