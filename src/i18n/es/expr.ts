import type { ExpectedToken, expr as en } from '../en/expr.js';

/** Mensajes del lenguaje de fórmulas (src/expr) y del catálogo de superficies (español). */

const expectedText: Record<ExpectedToken, string> = {
  operand: 'un número, una variable, una función o «(»',
  operator: 'un operador o el final de la fórmula',
  'close-paren': 'un operador o «)»',
  'comma-or-close': 'un operador, «,» o «)»',
};

/** JavaScript's `typeof` names, as a Spanish reader says them. */
const typeNames = new Map([
  ['number', 'número'],
  ['bigint', 'entero grande'],
  ['boolean', 'booleano'],
  ['undefined', 'indefinido'],
  ['object', 'objeto'],
  ['function', 'función'],
  ['symbol', 'símbolo'],
]);

const argumentCount = (n: number) => `${n} argumento${n === 1 ? '' : 's'}`;

export const expr: typeof en = {
  'expr-empty': () => 'la fórmula está vacía',
  'expr-too-long': (p) => `la fórmula es demasiado larga: ${p.length} caracteres, el límite es ${p.limit}`,
  'expr-too-deep': (p) =>
    `la fórmula está anidada demasiado (más de ${p.limit} niveles); divídala en partes más sencillas`,
  'expr-bad-char': (p) => `carácter inesperado «${p.char}» en la fórmula`,
  'expr-bad-number': (p) =>
    `número no válido «${p.text}»: escríbalo con cifras, «.» y un exponente opcional, sin «_»`,
  'expr-number-form': (p) =>
    `«${p.text}» no es un número aquí: no se aceptan las formas hexadecimal, binaria ni octal; escríbalo con cifras decimales`,
  'expr-number-too-large': (p) =>
    `el número «${p.text}» es demasiado grande: el mayor número es aproximadamente 1.8e308`,
  'expr-no-variable': () =>
    'la fórmula no tiene ninguna variable respecto de la que derivar: escríbala en función de una variable, como en x^2',
  'expr-not-text': (p) =>
    `la fórmula debe ser un texto, pero se dio un valor de tipo ${typeNames.get(String(p.type)) ?? p.type}`,
  'expr-bad-kind': (p) => `tipo de fórmula desconocido «${p.kind}»: es surface, 1d o nd`,
  'expr-vars-kind': (p) => `solo se puede dar una lista de variables a una fórmula de tipo nd, no ${p.kind}`,
  'expr-bad-var-name': (p) =>
    `nombre de variable no válido ${p.name}: una variable es un nombre de letras, cifras y «_» que no es una función`,
  'expr-repeated-var': (p) => `la variable ${p.name} aparece dos veces en la lista`,
  'expr-unexpected': (p) =>
    `${p.found === '' ? 'final de la fórmula inesperado' : `«${p.found}» inesperado`}: se esperaba ${expectedText[p.expected]}`,
  'expr-unbalanced': (p) =>
    p.paren === '('
      ? 'este «(» no se cierra nunca: añada un «)»'
      : 'este «)» no tiene su «(» correspondiente',
  'expr-unknown-function': (p) =>
    `función desconocida «${p.name}»${p.suggestion ? ` (¿quería decir «${p.suggestion}»?)` : ''}. ` +
    `Funciones conocidas: ${p.known}. Para multiplicar por un paréntesis, escriba «*» delante`,
  'expr-unknown-variable': (p) => `variable desconocida «${p.name}»: las variables aquí son ${p.expected}`,
  'expr-ambiguous-name': (p) =>
    `«${p.name}» no es una variable, y los nombres nunca se separan en letras: para multiplicar, escriba ${p.product}`,
  'expr-unknown-name': (p) =>
    `nombre desconocido «${p.name}»: no es una variable, ni una constante, ni una función`,
  'expr-call-paren': (p) =>
    `la función ${p.name} necesita su argumento entre paréntesis, como en ${p.name}(x)`,
  'expr-arity': (p) => `${p.name} recibe ${argumentCount(p.expected)}, pero se dieron ${p.got}`,
  'expr-ambiguous-power': (p) =>
    `«${p.power} ${p.factor}» es ambiguo: escriba ${p.power}*${p.factor} para multiplicar, ` +
    'o ponga todo el exponente entre paréntesis, como en e^(2x)',
  'expr-bad-node': (p) =>
    `no es un árbol de fórmula: ${p.node} (se espera el ast de una fórmula, como lo devuelve parseFormula)`,
  'expr-unbound': (p) => `no se dio ningún valor para la variable «${p.name}»`,
  'expr-function-args': (p) =>
    `esta fórmula recibe ${argumentCount(p.expected)} (${p.vars}), pero se dieron ${p.got}`,
  'surface-unknown': (p) =>
    `superficie desconocida «${p.id}»${p.suggestion ? ` (¿quería decir «${p.suggestion}»?)` : ''}; las superficies son: ${p.known}`,

  // ---- el motor (src/autodiff) -----------------------------------------------------------------
  'autodiff-arg-shape': (p) =>
    `forma no válida para el argumento ${p.index}: ${p.shape} (una forma es [], [n] o [filas, columnas] de enteros positivos)`,
  'autodiff-arg-value': (p) => `el argumento ${p.index} no tiene la forma compilada ${p.shape}`,
  'autodiff-arg-count': (p) =>
    `la función compilada recibe ${argumentCount(p.expected)}, pero se dieron ${p.got}`,
  'autodiff-bad-argnum': (p) =>
    `no se puede derivar respecto del argumento ${p.index}: la función recibe ${argumentCount(p.count)}`,
  'autodiff-bad-argument': (p) =>
    `el argumento ${p.index} no es un número, ni un vector, ni un tensor: ${p.value}`,
  'autodiff-bad-result': (p) => `la función debe devolver un tensor, pero devolvió ${p.value}`,
  'autodiff-bad-dtype': (p) =>
    `dtype desconocido «${p.dtype}»${p.suggestion ? ` (¿quería decir «${p.suggestion}»?)` : ''}; los dtypes son: ${p.known}`,
  'autodiff-ragged': () => 'matriz no válida: sus filas no tienen todas la misma longitud',
  'autodiff-placeholder': (p) =>
    `la operación ${p.op} encontró un marcador que no es un argumento de la función compilada`,
  'autodiff-not-watched': (p) =>
    `no se puede derivar respecto de ${p.name}: no es una variable y la cinta no la observa`,
  'autodiff-bad-step': (p) => `paso h no válido: ${p.value} (debe ser un número positivo)`,
  'autodiff-unknown-method': (p) =>
    `método de diferencias desconocido «${p.method}»${p.suggestion ? ` (¿quería decir «${p.suggestion}»?)` : ''}; los métodos son: ${p.known}`,
  'autodiff-non-finite': (p) =>
    `${p.pass === 'input' ? 'una entrada tiene' : `la operación ${p.op} produjo`} un valor no finito, ${p.value}` +
    `${p.element === null ? '' : ` (elemento ${p.element} de ${p.shape})`}` +
    `${p.pass === 'gradient' ? ', al calcular el gradiente' : ''}`,
};
