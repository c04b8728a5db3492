import type { data as en } from '../en/data.js';
import { didYouMean } from './core.js';

/** Mensajes del generador aleatorio, de los simuladores de datos y del lector CSV (español). */
export const data: typeof en = {
  // random/
  'random-bad-seed': (p) =>
    `semilla no válida: ${p.value} (un entero de 0 a 2^32 - 1, o una lista no vacía de ellos)`,
  'random-bad-size': (p) => `tamaño no válido: ${p.value} (un entero de 0 a ${p.max})`,
  'random-not-finite': (p) => `${p.method}: ${p.name} debe ser un número finito; se recibió ${p.value}`,
  'random-not-integer': (p) =>
    `${p.method}: ${p.name} debe ser un entero de 53 bits como mucho; se recibió ${p.value}`,
  'random-negative-scale': (p) => `normal: scale debe ser ≥ 0; se recibió ${p.value}`,
  'random-uniform-range': (p) =>
    `uniform: el intervalo de ${p.low} a ${p.high} es demasiado ancho para representarlo`,
  'random-bad-range': (p) => `randint: low (${p.low}) debe ser menor que high (${p.high})`,
  'random-bad-permutation': (p) =>
    `permutation: se esperaba una cantidad o un arreglo; se recibió ${p.value}`,
  'random-bad-state': (p) => `estado del generador no válido: ${p.part} incorrecto (${p.value})`,

  // data/simulate
  'data-bad-spec': (p) => `la especificación de datos debe ser un objeto; se recibió ${p.value}`,
  'data-unknown-field': (p) =>
    `campo desconocido en la especificación de datos: ${p.field} (conocidos: ${p.known})`,
  'data-bad-choice': (p) => `${p.field} no válido: ${p.value} (uno de ${p.choices})`,
  'data-not-finite': (p) => `${p.field} no válido: ${p.value} (un número finito)`,
  'data-negative': (p) => `${p.field} no válido: ${p.value} (un número ≥ 0)`,
  'data-bad-points': (p) => `points no válido: ${p.value} (un entero de 1 a ${p.max})`,
  'data-bad-range': (p) => `${p.field} no válido: ${p.value} (dos números finitos [a, b] con a < b)`,
  'data-bad-list': (p) =>
    `${p.field} no válido: ${p.value} (una lista de ${p.min} a ${p.max} números finitos)`,
  'data-bad-fn': (p) => `fn no válido: ${p.value} (una función de un número)`,
  'data-missing-fn': () => `la familia 'formula' necesita fn, la función que se muestrea`,
  'data-non-finite': (p) =>
    `los datos ${p.family} no son finitos en x = ${p.x} (${p.value}); elija otro intervalo de x o parámetros más pequeños`,
  'data-blobs-non-finite': (p) =>
    `el punto ${p.point} de las nubes no es finito; elija centros o ruido más pequeños`,
  'data-bad-centers': (p) => `centers no válido: ${p.value} (dos puntos [x, y] de números finitos)`,
  'data-formula-failed': (p) => `la fórmula falló en x = ${p.x}: ${p.reason}`,

  // data/csv
  'csv-bad-option': (p) => `opción de CSV no válida ${p.name}: ${p.value}`,
  'csv-empty': () => 'el archivo CSV está vacío',
  'csv-no-rows': () => 'el archivo CSV tiene encabezado pero ninguna fila de datos',
  'csv-bad-number': (p) => `línea ${p.line}, columna ${p.column}: '${p.found}' no es un número`,
  'csv-empty-field': (p) => `línea ${p.line}, columna ${p.column}: el campo está vacío`,
  'csv-ragged': (p) => `línea ${p.line}: ${p.found} campos donde el archivo tiene ${p.expected}`,
  'csv-unclosed-quote': (p) => `línea ${p.line}, columna ${p.column}: una comilla se abre y no se cierra`,
  'csv-bad-quote': (p) => `línea ${p.line}, columna ${p.column}: texto después de una comilla de cierre`,
  'csv-no-numeric': () => 'el archivo CSV no tiene columnas numéricas',
  'csv-binary': (p) =>
    `línea ${p.line}, columna ${p.column}: un byte NUL (\\x00): no es un archivo CSV de texto (guárdelo como CSV, UTF-8)`,
  'csv-decimal-comma': (p) =>
    `línea ${p.line}, columna ${p.column}: '${p.value}' lleva coma decimal: use un punto: ${p.fixed} (un archivo con ';' entre campos puede conservar la coma decimal)`,
  'csv-no-column': (p) =>
    `no hay columna ${p.name} en el archivo CSV${didYouMean(p.suggestion)} (columnas: ${p.columns})`,
  'csv-text-column': (p) => `la columna ${p.name} contiene texto, no números`,
  'csv-ragged-table': (p) =>
    `no se puede escribir la fila ${p.row} como CSV: ${p.found} números para ${p.expected} columnas`,
  'csv-bad-table': (p) => `no se puede escribir la fila ${p.row}, columna ${p.column} como CSV: ${p.value}`,
};
