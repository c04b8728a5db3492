import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { hasUnsafeChar } from '../text.js';
import { MAX_JSON_DEPTH, parseJson } from './json.js';
import { experimentFromJson } from './schema.js';

/** The English and Spanish messages of the fault, after the common prefix. */
function fault(text: string): { en: string; es: string } {
  try {
    parseJson(text);
  } catch (e) {
    expect(e).toBeInstanceOf(DescensoError);
    const err = e as DescensoError;
    expect(err.code).toBe('experiment-json');
    return {
      en: err.messageIn('en').replace('the experiment is not valid JSON: syntax error at ', ''),
      es: err.messageIn('es').replace('el experimento no es JSON válido: error de sintaxis en la ', ''),
    };
  }
  throw new Error(`accepted: ${text.slice(0, 40)}`);
}

describe('parseJson: the first fault with line, column and what was found', () => {
  it.each([
    ['', 'line 1, column 1: the text is empty', 'línea 1, columna 1: el texto está vacío'],
    [' \n\t ', 'line 1, column 1: the text is empty', 'línea 1, columna 1: el texto está vacío'],
    [
      '{"kind": }',
      'line 1, column 10: found \'}\' where a value (a number, "text", true, false, null, [ or {) was expected',
      'línea 1, columna 10: se encontró \'}\' donde se esperaba un valor (un número, "texto", true, false, null, [ o {)',
    ],
    [
      '{"kind": descend}',
      'line 1, column 10: found \'descend\': text goes in double quotes, "descend"',
      'línea 1, columna 10: se encontró \'descend\': el texto va entre comillas dobles, "descend"',
    ],
    [
      '{"kind": "desc',
      'line 1, column 10: the string that starts here is never closed with "',
      'línea 1, columna 10: la cadena que empieza aquí no se cierra nunca con "',
    ],
    [
      '{\n  "a": 1,\n}',
      "line 2, column 9: a comma just before '}': remove it",
      "línea 2, columna 9: una coma justo antes de '}': quítela",
    ],
    [
      '[1, 2,]',
      "line 1, column 6: a comma just before ']': remove it",
      "línea 1, columna 6: una coma justo antes de ']': quítela",
    ],
    [
      '{\n  // the run\n  "kind": "fit"\n}',
      'line 2, column 3: JSON has no comments (// or /* */): remove it',
      'línea 2, columna 3: JSON no admite comentarios (// o /* */): quítelo',
    ],
    [
      '{"a": /* no */ 1}',
      'line 1, column 7: JSON has no comments (// or /* */): remove it',
      'línea 1, columna 7: JSON no admite comentarios (// o /* */): quítelo',
    ],
    [
      '{"lr": NaN}',
      'line 1, column 8: NaN is not a JSON number: write a finite number',
      'línea 1, columna 8: NaN no es un número JSON: escriba un número finito',
    ],
    [
      '[-Infinity]',
      'line 1, column 2: -Infinity is not a JSON number: write a finite number',
      'línea 1, columna 2: -Infinity no es un número JSON: escriba un número finito',
    ],
    [
      '{"lr": 1, "lr": 2}',
      'line 1, column 11: the key "lr" appears twice in the same object',
      'línea 1, columna 11: la clave "lr" aparece dos veces en el mismo objeto',
    ],
    [
      '{"lr": 0,03}',
      "line 1, column 9: '0,03' has a decimal comma: use a point: 0.03",
      "línea 1, columna 9: '0,03' lleva coma decimal: use un punto: 0.03",
    ],
    [
      "{'kind': 'fit'}",
      'line 1, column 2: found \': JSON writes text in double quotes, "like this"',
      'línea 1, columna 2: se encontró \': en JSON el texto va entre comillas dobles, "así"',
    ],
    [
      '{"x": True}',
      "line 1, column 7: found 'True': JSON writes true in lower case",
      "línea 1, columna 7: se encontró 'True': JSON escribe true en minúsculas",
    ],
    [
      '{"a": 01}',
      "line 1, column 7: '01' is not a JSON number (numbers look like 3, -0.5, 1e-4)",
      "línea 1, columna 7: '01' no es un número JSON (los números son como 3, -0.5, 1e-4)",
    ],
    [
      '{"a": "x\ny"}',
      'line 1, column 9: a control character (\\n) inside a string: write it as an escape, such as \\n',
      'línea 1, columna 9: un carácter de control (\\n) dentro de una cadena: escríbalo como secuencia de escape, por ejemplo \\n',
    ],
    [
      '{"a": "\\q"}',
      "line 1, column 8: invalid escape '\\q' in a string (valid: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)",
      "línea 1, columna 8: secuencia de escape no válida '\\q' en una cadena (válidas: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)",
    ],
    [
      '{"kind": "fit"}}',
      "line 1, column 16: found '}' where the end of the text was expected",
      "línea 1, columna 16: se encontró '}' donde se esperaba el final del texto",
    ],
    [
      '{"kind" "fit"}',
      "line 1, column 9: found '\"' where ':' after the key was expected",
      "línea 1, columna 9: se encontró '\"' donde se esperaba ':' tras la clave",
    ],
    [
      '{ "kind": "descend", ',
      'line 1, column 22: the text ends where a key in double quotes was expected',
      'línea 1, columna 22: el texto termina donde se esperaba una clave entre comillas dobles',
    ],
    [
      '{"a": [1 2]}',
      "line 1, column 10: found '2' where ',' or ']' was expected",
      "línea 1, columna 10: se encontró '2' donde se esperaba ',' o ']'",
    ],
    [
      '{"a": [1, 2}',
      "line 1, column 12: found '}' where ',' or ']' was expected",
      "línea 1, columna 12: se encontró '}' donde se esperaba ',' o ']'",
    ],
    [
      '{"😀": x}',
      'line 1, column 7: found \'x\': text goes in double quotes, "x"',
      'línea 1, columna 7: se encontró \'x\': el texto va entre comillas dobles, "x"',
    ],
  ])('parseJson(%j) names the place and the fault', (text, en, es) => {
    expect(fault(text)).toEqual({ en, es });
  });

  it('parseJson of terminal escapes shows them escaped, on one line', () => {
    const { en, es } = fault('{"x":\n \x1b]0;pwned\x07\x1b[2J}');
    expect(en).toBe(
      'line 2, column 2: found \'\\x1b\' where a value (a number, "text", true, false, null, [ or {) was expected',
    );
    expect(hasUnsafeChar(en) || hasUnsafeChar(es)).toBe(false);
  });

  it('parseJson accepts a UTF-8 byte order mark at the start', () => {
    expect(parseJson('\ufeff{"kind": "fit"}')).toEqual({ kind: 'fit' });
    expect(experimentFromJson('\ufeff{"kind": "fit"}').kind).toBe('fit');
  });

  it('parseJson of 10⁵ nested brackets stops at the depth limit instead of overflowing the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(fault(deep).en).toBe(
      `line 1, column ${MAX_JSON_DEPTH + 1}: nested more than ${MAX_JSON_DEPTH} levels deep`,
    );
    expect(fault('{"a":'.repeat(100_000)).en).toMatch(/nested more than 256 levels deep$/);
  });

  it('parseJson accepts nesting up to the limit and gives what JSON.parse gives', () => {
    const ok = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    expect(parseJson(ok)).toEqual(JSON.parse(ok));
    const text = '{"a": [1, -2.5e3, true, false, null, "s\\u00e9\\n", {}], "b": {"c": []}}';
    expect(parseJson(text)).toEqual(JSON.parse(text));
  });

  it('parseJson of a 50 MB string: an unclosed one is reported at its opening quote, a closed one parses', () => {
    const body = 'x'.repeat(50_000_000);
    expect(fault(`{"formula": "${body}`).en).toBe(
      'line 1, column 13: the string that starts here is never closed with "',
    );
    expect((parseJson(`{"formula": "${body}"}`) as { formula: string }).formula.length).toBe(50_000_000);
  });

  it('experimentFromJson with a non-string argument is a DescensoError', () => {
    expect(() => experimentFromJson(undefined as never)).toThrow(DescensoError);
  });
});
