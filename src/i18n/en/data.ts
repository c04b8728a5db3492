/** Messages of the random generator, the data simulators and the CSV reader (English). */
import { didYouMean } from './core.js';

export const data = {
  // random/
  'random-bad-seed': (p: { value: string }) =>
    `invalid seed: ${p.value} (an integer from 0 to 2^32 - 1, or a non-empty list of them)`,
  'random-bad-size': (p: { value: string; max: number }) =>
    `invalid size: ${p.value} (an integer from 0 to ${p.max})`,
  'random-not-finite': (p: { method: string; name: string; value: string }) =>
    `${p.method}: ${p.name} must be a finite number, got ${p.value}`,
  'random-not-integer': (p: { method: string; name: string; value: string }) =>
    `${p.method}: ${p.name} must be an integer of at most 53 bits, got ${p.value}`,
  'random-negative-scale': (p: { value: string }) => `normal: scale must be ≥ 0, got ${p.value}`,
  'random-uniform-range': (p: { low: number; high: number }) =>
    `uniform: the range from ${p.low} to ${p.high} is too wide to represent`,
  'random-bad-range': (p: { low: number; high: number }) =>
    `randint: low (${p.low}) must be less than high (${p.high})`,
  'random-bad-permutation': (p: { value: string }) =>
    `permutation: expected a count or an array, got ${p.value}`,
  'random-bad-state': (p: { part: string; value: string }) =>
    `invalid generator state: bad ${p.part} (${p.value})`,

  // data/simulate
  'data-bad-spec': (p: { value: string }) => `a data spec must be an object, got ${p.value}`,
  'data-unknown-field': (p: { field: string; known: string }) =>
    `unknown field in the data spec: ${p.field} (known: ${p.known})`,
  'data-bad-choice': (p: { field: string; value: string; choices: string }) =>
    `invalid ${p.field}: ${p.value} (one of ${p.choices})`,
  'data-not-finite': (p: { field: string; value: string }) =>
    `invalid ${p.field}: ${p.value} (a finite number)`,
  'data-negative': (p: { field: string; value: string }) => `invalid ${p.field}: ${p.value} (a number ≥ 0)`,
  'data-bad-points': (p: { value: string; max: number }) =>
    `invalid points: ${p.value} (an integer from 1 to ${p.max})`,
  'data-bad-range': (p: { field: string; value: string }) =>
    `invalid ${p.field}: ${p.value} (two finite numbers [a, b] with a < b)`,
  'data-bad-list': (p: { field: string; value: string; min: number; max: number }) =>
    `invalid ${p.field}: ${p.value} (a list of ${p.min} to ${p.max} finite numbers)`,
  'data-bad-fn': (p: { value: string }) => `invalid fn: ${p.value} (a function of one number)`,
  'data-missing-fn': () => `the family 'formula' needs fn, the function to sample`,
  'data-non-finite': (p: { family: string; x: number; value: string }) =>
    `the ${p.family} data is not finite at x = ${p.x} (${p.value}); choose another x range or smaller parameters`,
  'data-blobs-non-finite': (p: { point: number }) =>
    `point ${p.point} of the blobs is not finite; choose smaller centers or noise`,
  'data-bad-centers': (p: { value: string }) =>
    `invalid centers: ${p.value} (two points [x, y] of finite numbers)`,
  'data-formula-failed': (p: { x: number; reason: string }) =>
    `the formula failed at x = ${p.x}: ${p.reason}`,

  // data/csv
  'csv-bad-option': (p: { name: string; value: string }) => `invalid CSV option ${p.name}: ${p.value}`,
  'csv-empty': () => 'the CSV file is empty',
  'csv-no-rows': () => 'the CSV file has a header but no data rows',
  'csv-bad-number': (p: { line: number; column: number; found: string }) =>
    `line ${p.line}, column ${p.column}: '${p.found}' is not a number`,
  'csv-empty-field': (p: { line: number; column: number }) =>
    `line ${p.line}, column ${p.column}: the field is empty`,
  'csv-ragged': (p: { line: number; found: number; expected: number }) =>
    `line ${p.line}: ${p.found} fields where the file has ${p.expected}`,
  'csv-unclosed-quote': (p: { line: number; column: number }) =>
    `line ${p.line}, column ${p.column}: a quote is opened and never closed`,
  'csv-bad-quote': (p: { line: number; column: number }) =>
    `line ${p.line}, column ${p.column}: text after a closing quote`,
  'csv-no-numeric': () => 'the CSV file has no numeric columns',
  'csv-binary': (p: { line: number; column: number }) =>
    `line ${p.line}, column ${p.column}: a NUL byte (\\x00): this is not a text CSV file (save it as CSV, UTF-8)`,
  'csv-decimal-comma': (p: { line: number; column: number; value: string; fixed: string }) =>
    `line ${p.line}, column ${p.column}: '${p.value}' has a decimal comma: use a point: ${p.fixed} (a file with ';' between fields may keep decimal commas)`,
  'csv-no-column': (p: { name: string; columns: string; suggestion?: string | null }) =>
    `no column ${p.name} in the CSV file${didYouMean(p.suggestion)} (columns: ${p.columns})`,
  'csv-text-column': (p: { name: string }) => `the column ${p.name} holds text, not numbers`,
  'csv-ragged-table': (p: { row: number; found: number; expected: number }) =>
    `cannot write row ${p.row} as CSV: ${p.found} numbers for ${p.expected} columns`,
  'csv-bad-table': (p: { row: number; column: number; value: string }) =>
    `cannot write row ${p.row}, column ${p.column} as CSV: ${p.value}`,
};
