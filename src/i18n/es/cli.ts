import type { cli as en } from '../en/cli.js';

/** " (¿quería decir 'peaks'?)" tras un nombre desconocido, o nada si ningún nombre conocido se le parece. */
const mean = (s: string | null | undefined) => (s ? ` (¿quería decir '${s}'?)` : '');

/** Mensajes de la interfaz de línea de órdenes (español). */
export const cli: typeof en = {
  'cli-unknown-command': (p) =>
    `orden desconocida '${p.command}'${mean(p.suggestion)} (órdenes: ${p.commands})`,
  'cli-unknown-flag': (p) => `opción desconocida ${p.flag} para '${p.command}'${mean(p.suggestion)}`,
  'cli-formula-dash': (p) =>
    `opción desconocida ${p.flag} para '${p.command}'; una fórmula que empieza por '-' va después de '--' (descenso ${p.command} --at … -- '${p.flag}')`,
  'cli-flag-no-value': (p) => `la opción ${p.flag} no admite valor: basta con escribirla`,
  'cli-missing-value': (p) => `la opción ${p.flag} necesita un valor`,
  'cli-missing': (p) => `falta ${p.what}`,
  'cli-bad-number': (p) => `${p.flag} espera un número y recibió '${p.value}'`,
  'cli-not-decimal': (p) =>
    `${p.flag} espera un número escrito en decimal (como 100, 0.03 o 1e-3) y recibió '${p.value}'`,
  'cli-decimal-comma': (p) =>
    `${p.flag} espera un número con punto decimal y recibió '${p.value}': escriba ${p.fixed}`,
  'cli-too-small': (p) =>
    `${p.flag} es demasiado pequeño: ${p.value} se lee como 0 (los números distintos de 0 empiezan en 5e-324)`,
  'cli-too-large': (p) => `${p.flag} es demasiado grande: ${p.value} (los números llegan hasta 1.8e308)`,
  'cli-bad-integer': (p) => `${p.flag} espera un número entero y recibió '${p.value}'`,
  'cli-out-of-range': (p) => `${p.flag} está fuera de rango: ${p.value} (se admite: ${p.range})`,
  'cli-bad-choice': (p) =>
    `${p.flag} debe ser uno de ${p.choices} y recibió '${p.value}'${mean(p.suggestion)}`,
  'cli-did-you-mean': (p) => `${p.es}; ¿quería decir '${p.suggestion}'?`,
  'cli-no-variables': (p) =>
    `la fórmula no tiene variables, así que no hay punto que dar con ${p.flag}: escriba una función de x (o de x, y, …)`,
  'cli-bad-lang': (p) => `--lang debe ser es o en y recibió '${p.value}'`,
  'cli-too-many-optimizers': (p) =>
    `demasiados optimizadores: ${p.found} (como máximo ${p.max} en una ejecución)`,
  'cli-fit-optimizer': (p) =>
    `${p.name} no puede ajustar un modelo: necesita la hessiana, que descend calcula para una fórmula pero fit no (fit admite ${p.names})`,
  'cli-bad-count': (p) => `${p.flag} admite de ${p.min} a ${p.max} números y recibió ${p.found}`,
  'cli-extra-arguments': (p) =>
    `demasiados argumentos para '${p.command}': admite ${p.expected} y recibió ${p.found}`,
  'cli-bad-numbers': (p) =>
    `${p.flag} espera ${p.count === 1 ? 'un número' : p.count > 0 ? `${p.count} números separados por comas` : 'números separados por comas'} y recibió '${p.value}'`,
  'cli-bad-assignments': (p) =>
    `${p.flag} espera pares nombre=número separados por comas y recibió '${p.value}'`,
  'cli-conflict': (p) => `${p.a} y ${p.b} no se pueden usar a la vez`,
  'cli-file': (p) => `no se puede leer ${p.file}: ${p.reason}`,
  'cli-file-binary': () => 'no es un fichero de texto (contiene bytes NUL)',
  'cli-file-not-utf8': (p) => `no es texto UTF-8 (línea ${p.line}); guárdelo como UTF-8`,
  'cli-write': (p) => `no se puede escribir ${p.file}: ${p.reason}`,
  'cli-family-flag': (p) =>
    `${p.flag} no es un parámetro de --data ${p.family} (${p.uses === '' ? 'no admite ninguna opción de la curva' : `los suyos: ${p.uses}`})`,
  'cli-needs': (p) => `${p.flag} necesita ${p.needs}`,
  'cli-save': (p) => `no se puede guardar el experimento en ${p.file}: ${p.reason}`,
  'cli-save-extension': (p) =>
    `--save escribe JSON: dé un nombre de fichero acabado en .json, no '${p.file}'`,
  'cli-said': (p) => `${p.es}`,
  'cli-error': () => 'error',
  'cli-internal': (p) => `error interno: ${p.message} (use --debug para ver los detalles)`,
};
