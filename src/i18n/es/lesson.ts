import type { JsonFault } from '../en/experiment.js';
import type { lesson as en, LessonProblem } from '../en/lesson.js';
import { didYouMean } from './core.js';
import { jsonFault } from './experiment.js';

const got = (v: string | undefined) => (v === undefined ? 'nada' : v);

function problem(p: LessonProblem): string {
  switch (p.kind) {
    case 'not-object':
      return `se esperaba un objeto y se recibió ${got(p.got)}`;
    case 'unknown-field':
      return `campo desconocido${didYouMean(p.suggestion)} (se admiten: ${p.allowed})`;
    case 'not-text':
      return `se esperaba un texto y se recibió ${got(p.got)}`;
    case 'too-long':
      return `texto de más de ${p.max} caracteres`;
    case 'not-number':
      return `se esperaba un número finito y se recibió ${got(p.got)}`;
    case 'not-list':
      return `se esperaba una lista y se recibió ${got(p.got)}`;
    case 'list-length':
      return `se esperaban de ${p.min} a ${p.max} elementos y hay ${p.found}`;
    case 'bad-id':
      return `se esperaba un identificador de 1 a 40 letras minúsculas, cifras y guiones, y se recibió ${got(p.got)}`;
    case 'version':
      return `se esperaba la versión de lección ${p.version} (la que lee este descenso) y se recibió ${got(p.got)}`;
    case 'first-experiment':
      return 'el primer paso debe tener un experimento (el laboratorio se abre en él)';
    case 'answer':
      return `se esperaba el índice de la opción correcta, un número entero de 0 a ${p.max}, y se recibió ${got(p.got)}`;
    case 'negative':
      return `se esperaba una tolerancia ≥ 0 y se recibió ${p.value}`;
    case 'bad-path':
      return `se esperaba una ruta dentro de la ejecución, con las partes separadas por puntos (runs.0.points.-1.0), y se recibió ${got(p.got)}`;
    case 'bad-printed':
      return `se esperaba el número tal como lo imprimió el tutorial ("-6.999800000002665") y se recibió ${got(p.got)}`;
    case 'bad-format':
      return `se esperaba "python" o un número de decimales de 0 a 20, y se recibió ${got(p.got)}`;
  }
}

/** Lessons: reading and checking lesson files, the CLI's `lesson` command (Spanish). */
export const lesson: typeof en = {
  'lesson-path': (p) => `ruta del número de la lección ${p.path}: no hay nada en ${p.part}`,
  'lesson-not-number': (p) => `la ruta del número de la lección ${p.path} no lleva a un número`,
  'lesson-invalid': (p) => `lección no válida en ${p.path}: ${problem(p.problem)}`,
  'lesson-json': (p: { line: number; column: number; fault: JsonFault }) =>
    `la lección no es JSON válido: error de sintaxis en la línea ${p.line}, columna ${p.column}: ${jsonFault(p.fault)}`,
  'lesson-unknown': (p) =>
    `no hay ninguna lección llamada '${p.name}'${didYouMean(p.suggestion)} (lecciones: ${p.known})`,
  'lesson-cli-description': () =>
    'las lecciones: la lista, una lección como texto con sus números comprobados en vivo, o la comprobación de un archivo de lección',
  'lesson-cli-arg': () => 'list, el identificador de una lección, o check',
  'lesson-cli-file': () => 'con check: el archivo de lección (JSON) que se comprueba',
  'lesson-cli-json': () => 'imprime JSON en lugar de texto',
  'lesson-cli-missing-file': () =>
    "'lesson check' necesita un archivo de lección: descenso lesson check ARCHIVO.json",
  'lesson-cli-extra': (p) => `argumento inesperado '${p.arg}' (solo 'lesson check' recibe un archivo)`,
  'lesson-list-head': () => 'id|tutorial|título',
  'lesson-step': (p) => `Paso ${p.n} de ${p.of}: ${p.title}`,
  'lesson-numbers': () => 'El tutorial imprimió, y la ejecución en vivo da:',
  'lesson-number-row': (p) => `${p.mark} ${p.label}: impreso ${p.printed}, en vivo ${p.live}`,
  'lesson-number-fault': (p) => `✗ ${p.label}: impreso ${p.printed}, en vivo: ${p.reason}`,
  'lesson-question': () => 'Prediga y luego ejecute:',
  'lesson-answer': (p) => `Respuesta: ${p.choice}`,
  'lesson-slip': () => 'El desliz del tutorial:',
  'lesson-experiment-same': () => '(el mismo experimento que el paso anterior)',
  'lesson-summary-ok': (p) => `los ${p.n} números coinciden con las ejecuciones en vivo`,
  'lesson-summary-bad': (p) => `${p.bad} de ${p.n} números no coinciden con las ejecuciones en vivo`,
  'lesson-open': (p) => `Ábrala en el laboratorio: descenso lab, y luego #lesson=${p.id}`,
};
