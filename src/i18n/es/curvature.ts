/** Curvature: the Hessian, its eigenvalues and the fastest settings on quadratics (Spanish). */
export const curvature = {
  'curvature-point-length': (p: { found: number; vars: string }) =>
    `el punto tiene ${p.found} coordenadas; la función toma ${p.vars}`,
  'curvature-point-finite': () => 'el punto debe ser de números finitos',
  'curvature-undefined': (p: { point: string }) =>
    `f o sus segundas derivadas no están definidas en (${p.point}): elige otro punto`,
};
