/** Curvature: the Hessian, its eigenvalues and the fastest settings on quadratics (Spanish). */
export const curvature = {};
