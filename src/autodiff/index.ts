export {
  abs,
  acos,
  add,
  asin,
  assign,
  assignAdd,
  assignSub,
  atan,
  broadcastTo,
  constant,
  cos,
  cosh,
  div,
  dot,
  exp,
  greaterEqual,
  lessEqual,
  log,
  log10,
  matmul,
  maximum,
  mean,
  minimum,
  mul,
  neg,
  onesLike,
  pow,
  relu,
  reshape,
  sigmoid,
  sign,
  sin,
  sinh,
  softplus,
  sqrt,
  square,
  sub,
  sum,
  tan,
  tanh,
  tensor,
  transpose,
  variable,
  zeros,
} from './api.js';
export { checkFinite, type GradientOptions, gradients, topoOrder } from './backward.js';
export { type ArgValue, type Compiled, type CompileOptions, compile, type OutValue } from './compile.js';
export { type GradOptions, grad, hessian, hvp, type Plain, valueAndGrad } from './grad.js';
export { type GradCheckParam, type GradCheckReport, gradCheck } from './gradcheck.js';
export { type DifferenceMethod, derivative, numericGradient } from './numeric.js';
export { type OpName, ops } from './ops.js';
export { GradientTape } from './tape.js';
export { type Data, type DType, noGrad, type Shape, Tensor, type TensorLike } from './tensor.js';
