/** Curvature: the Hessian, its eigenvalues and the fastest settings on quadratics (English). */
export const curvature = {
  'curvature-point-length': (p: { found: number; vars: string }) =>
    `the point has ${p.found} coordinates; the function takes ${p.vars}`,
  'curvature-point-finite': () => 'the point must be finite numbers',
  'curvature-undefined': (p: { point: string }) =>
    `f or its second derivatives are not defined at (${p.point}): pick another point`,
};
