import type { cli as en } from '../en/cli.js';

/** Mensajes de la interfaz de línea de órdenes (español). */
export const cli: typeof en = {
  'cli-unknown-command': (p) => `orden desconocida '${p.command}' (órdenes: ${p.commands})`,
  'cli-unknown-flag': (p) => `opción desconocida ${p.flag} para '${p.command}'`,
  'cli-missing-value': (p) => `la opción ${p.flag} necesita un valor`,
  'cli-missing': (p) => `falta ${p.what}`,
  'cli-bad-number': (p) => `${p.flag} espera un número y recibió '${p.value}'`,
  'cli-bad-integer': (p) => `${p.flag} espera un número entero y recibió '${p.value}'`,
  'cli-out-of-range': (p) => `${p.flag} está fuera de rango: ${p.value} (se admite: ${p.range})`,
  'cli-bad-choice': (p) => `${p.flag} debe ser uno de ${p.choices} y recibió '${p.value}'`,
  'cli-bad-count': (p) => `${p.flag} admite de ${p.min} a ${p.max} números y recibió ${p.found}`,
  'cli-extra-arguments': (p) =>
    `demasiados argumentos para '${p.command}': admite ${p.expected} y recibió ${p.found}`,
  'cli-bad-numbers': (p) =>
    `${p.flag} espera ${p.count > 0 ? `${p.count} números` : 'números'} separados por comas y recibió '${p.value}'`,
  'cli-bad-assignments': (p) =>
    `${p.flag} espera pares nombre=número separados por comas y recibió '${p.value}'`,
  'cli-conflict': (p) => `${p.a} y ${p.b} no se pueden usar a la vez`,
  'cli-file': (p) => `no se puede leer ${p.file}: ${p.reason}`,
  'cli-write': (p) => `no se puede escribir ${p.file}: ${p.reason}`,
  'cli-error': () => 'error',
  'cli-internal': (p) => `error interno: ${p.message} (use --debug para ver los detalles)`,
};
