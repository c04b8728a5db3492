import type { ExperimentProblem, experiment as en, UrlProblem } from '../en/experiment.js';
import { didYouMean } from './core.js';

/** Mensajes del esquema de experimentos (español). */

const got = (v: string | undefined) => (v === undefined ? 'nada' : v);

function range(p: Extract<ExperimentProblem, { kind: 'out-of-range' }>): string {
  if (p.positive) return 'un número > 0';
  const what = p.integer ? 'un número entero' : 'un número';
  return `${what} de ${p.min} a ${p.max}`;
}

function problem(p: ExperimentProblem): string {
  switch (p.kind) {
    case 'not-object':
      return `se esperaba un objeto y se recibió ${got(p.got)}`;
    case 'unknown-field':
      return `campo desconocido${didYouMean(p.suggestion)} (se admiten: ${p.allowed})`;
    case 'not-number':
      return `se esperaba un número finito y se recibió ${got(p.got)}`;
    case 'out-of-range':
      return `fuera de rango: ${p.value} (se admite ${range(p)})`;
    case 'not-text':
      return `se esperaba un texto y se recibió ${got(p.got)}`;
    case 'too-long':
      return `texto de más de ${p.max} caracteres`;
    case 'not-choice':
      return `se esperaba uno de ${p.choices} y se recibió ${got(p.got)}${didYouMean(p.suggestion)}`;
    case 'not-list':
      return `se esperaba una lista de números y se recibió ${got(p.got)}`;
    case 'list-length':
      return p.min === p.max
        ? `se esperaban ${p.min} números y hay ${p.found}`
        : `se esperaban de ${p.min} a ${p.max} números y hay ${p.found}`;
    case 'not-optimizer':
      return `se esperaba un optimizador ({"name": "adam", "options": {…}}) y se recibió ${got(p.got)}`;
    case 'options-not-object':
      return 'se esperaba un objeto de hiperparámetros';
    case 'unknown-option':
      return `hiperparámetro desconocido${didYouMean(p.suggestion)} (se conocen: ${p.known})`;
    case 'bad-name':
      return 'se esperaba un nombre de parámetro (letras, cifras y _, sin empezar por una cifra)';
    case 'no-optimizers':
      return 'se esperaba una lista no vacía de optimizadores';
    case 'too-many-optimizers':
      return `como mucho ${p.max} optimizadores`;
    case 'surface-or-formula':
      return 'indique exactamente uno de "surface" y "formula"';
    case 'not-names':
      return 'se esperaba una lista de nombres';
    case 'not-data':
      return 'se esperaba un objeto que describa los datos';
    case 'negative':
      return 'debe ser ≥ 0';
    case 'bounds-order':
      return 'el primer extremo debe ser menor que el segundo';
    case 'x-and-y':
      return 'indique "x" e "y" a la vez, o ninguno de los dos';
    case 'regimes':
      return 'se esperaban de 1 a 3 de batch, sgd, minibatch';
    case 'init-not-object':
      return 'se esperaba {"nombre": número, …}';
    case 'version':
      return `este descenso lee la versión ${p.version}`;
    case 'unknown-kind':
      return `tipo desconocido '${p.name}'`;
    case 'run':
      return p.es;
  }
}

function urlProblem(p: UrlProblem): string {
  switch (p.kind) {
    case 'format':
      return 'formato desconocido';
    case 'encoding':
      return 'codificación incorrecta';
    case 'experiment':
      return p.es;
  }
}

export const experiment: typeof en = {
  'experiment-invalid': (p) => `experimento no válido en ${p.path}: ${problem(p.problem)}`,
  'experiment-json': (p) =>
    p.line === undefined
      ? 'el experimento no es JSON válido: el texto termina antes de tiempo'
      : `el experimento no es JSON válido: error de sintaxis en la línea ${p.line}, columna ${p.column}`,
  'experiment-url': (p) =>
    `la dirección contiene un experimento no válido (${urlProblem(p.reason)}); se muestra el experimento por omisión`,
};
