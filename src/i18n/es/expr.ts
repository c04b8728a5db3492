import type { ExpectedToken, expr as en } from '../en/expr.js';

/** Mensajes del lenguaje de fórmulas (src/expr) y del catálogo de superficies (español). */

const expectedText: Record<ExpectedToken, string> = {
  operand: 'un número, una variable, una función o «(»',
  operator: 'un operador o el final de la fórmula',
  'close-paren': 'un operador o «)»',
  'comma-or-close': 'un operador, «,» o «)»',
};

const argumentCount = (n: number) => `${n} argumento${n === 1 ? '' : 's'}`;

export const expr: typeof en = {
  'expr-empty': () => 'la fórmula está vacía',
  'expr-too-long': (p) => `la fórmula es demasiado larga: ${p.length} caracteres, el límite es ${p.limit}`,
  'expr-too-deep': (p) =>
    `la fórmula está anidada demasiado (más de ${p.limit} niveles); divídala en partes más sencillas`,
  'expr-bad-char': (p) => `carácter inesperado «${p.char}» en la fórmula`,
  'expr-bad-number': (p) =>
    `número no válido «${p.text}»: escríbalo con cifras, «.» y un exponente opcional, sin «_», y que sea finito`,
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
  'expr-unbound': (p) => `no se dio ningún valor para la variable «${p.name}»`,
  'expr-function-args': (p) =>
    `esta fórmula recibe ${argumentCount(p.expected)} (${p.vars}), pero se dieron ${p.got}`,
  'surface-unknown': (p) => `superficie desconocida «${p.id}»; las superficies son: ${p.known}`,
};
