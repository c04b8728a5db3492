import type { derivative as en } from '../en/derivative.js';

/** Las palabras propias del laboratorio de derivadas (issue 12): su texto alternativo y los límites de sus campos. */
export const derivative: typeof en = {
  'lab-derivative-live': (p) =>
    `En x = ${p.x}: f(x) = ${p.fx}, f′(x) = ${p.slope}; cociente hacia delante ${p.forward}, cociente centrado ${p.central}.`,
  'lab-derivative-live-descent': (p) =>
    `El descenso del gradiente termina en ${p.gd}; el paso por signo, en ${p.sign}.`,
  'lab-derivative-live-fault': () => 'No se puede leer f(x): vea el mensaje bajo la fórmula.',
  'lab-derivative-tangent-alt': (p) =>
    `Curva de f con su tangente en x = ${p.x} (pendiente ${p.slope}) y la secante por x y x + ${p.h} (pendiente ${p.secant}).`,
  'lab-derivative-error-alt': () =>
    'Error de los cocientes hacia delante y centrado frente a h en ejes logarítmicos; la h elegida está marcada.',
  'lab-derivative-descent-alt': () => 'x en cada paso del descenso del gradiente y del paso por signo.',
};
