/** Curvature: the Hessian at a point, its eigen-decomposition, κ, and the fastest settings on quadratics. */
export {
  type Curvature,
  type CurvatureShape,
  type CurvatureSource,
  curvatureAt,
  curvatureFunction,
} from './curvature.js';
export { type Eigen, eigen2, symmetricEigenSorted } from './eigen.js';
export { centralHessian, type HessianAt, type HessianMethod, hessianFunction } from './hessian.js';
export { type FastestSettings, fastestSettings, isQuadratic, polynomialDegree } from './quadratic.js';
