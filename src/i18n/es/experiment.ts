import type {
  ExperimentProblem,
  experiment as en,
  JsonExpected,
  JsonFault,
  UrlProblem,
} from '../en/experiment.js';
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
      return `este descenso lee las versiones 1 a ${p.version}`;
    case 'rows-length':
      return `cada fila debe tener ${p.length} números, como la primera; esta tiene ${p.found}`;
    case 'schedule-depth':
      return `calendarios anidados a más de ${p.max} niveles`;
    case 'vary-twice':
      return `la opción ${p.option} se varía dos veces (varíe dos opciones distintas)`;
    case 'vary-same-ends':
      return 'from es igual a to: indique count 1, o dos extremos distintos';
    case 'too-many-runs':
      return `este estudio haría ${p.runs} ejecuciones, más que el límite de ${p.max}`;
    case 'two-ranges':
      return `se esperaban dos intervalos [mín, máx] (x e y), hay ${p.found}`;
    case 'unknown-kind':
      return `tipo desconocido '${p.name}'`;
    case 'run':
      return p.es;
  }
}

const jsonExpected: Record<JsonExpected, string> = {
  value: 'un valor (un número, "texto", true, false, null, [ o {)',
  key: 'una clave entre comillas dobles',
  colon: "':' tras la clave",
  'comma-or-brace': "',' o '}'",
  'comma-or-bracket': "',' o ']'",
  end: 'el final del texto',
};

export function jsonFault(f: JsonFault): string {
  switch (f.kind) {
    case 'empty':
      return 'el texto está vacío';
    case 'end':
      return `el texto termina donde se esperaba ${jsonExpected[f.expected]}`;
    case 'unexpected':
      return `se encontró '${f.found}' donde se esperaba ${jsonExpected[f.expected]}`;
    case 'unclosed-string':
      return 'la cadena que empieza aquí no se cierra nunca con "';
    case 'comment':
      return 'JSON no admite comentarios (// o /* */): quítelo';
    case 'single-quote':
      return `se encontró ': en JSON el texto va entre comillas dobles, "así"`;
    case 'non-finite':
      return `${f.found} no es un número JSON: escriba un número finito`;
    case 'trailing-comma':
      return `una coma justo antes de '${f.close}': quítela`;
    case 'bad-number':
      return `'${f.found}' no es un número JSON (los números son como 3, -0.5, 1e-4)`;
    case 'bad-escape':
      return `secuencia de escape no válida '${f.found}' en una cadena (válidas: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`;
    case 'control-in-string':
      return `un carácter de control (${f.found}) dentro de una cadena: escríbalo como secuencia de escape, por ejemplo \\n`;
    case 'duplicate-key':
      return `la clave "${f.key}" aparece dos veces en el mismo objeto`;
    case 'too-deep':
      return `anidado a más de ${f.max} niveles de profundidad`;
    case 'decimal-comma':
      return `'${f.value}' lleva coma decimal: use un punto: ${f.fixed}`;
    case 'bare-word': {
      const lower = f.found.toLowerCase();
      return ['true', 'false', 'null', 'none'].includes(lower)
        ? `se encontró '${f.found}': JSON escribe ${lower === 'none' ? 'null' : lower} en minúsculas`
        : `se encontró '${f.found}': el texto va entre comillas dobles, "${f.found}"`;
    }
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
  'experiment-fit-optimizer': (p) =>
    `el optimizador '${p.name}' no puede entrenar un modelo (${p.why === 'search' ? 'su búsqueda lineal necesita la pérdida en puntos de prueba, que un ajuste no da' : 'necesita la hessiana de la pérdida'}); use uno de ${p.names}`,
  'experiment-kind-unavailable': (p) =>
    `este descenso aún no puede ejecutar experimentos de tipo '${p.kind}'`,
  'experiment-json': (p) =>
    `el experimento no es JSON válido: error de sintaxis en la línea ${p.line}, columna ${p.column}: ${jsonFault(p.fault)}`,
  'experiment-url': (p) =>
    `la dirección contiene un experimento no válido (${urlProblem(p.reason)}); se muestra el experimento por omisión`,
};
