/** Curvature: the Hessian, its eigenvalues and the fastest settings on quadratics (English). */
export const curvature = {};
