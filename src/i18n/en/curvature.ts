/** Curvature: the Hessian, its eigenvalues and the fastest settings on quadratics (English). */
export const curvature = {
  'curvature-point-length': (p: { found: number; vars: string }) =>
    `the point has ${p.found} coordinates; the function takes ${p.vars}`,
  'curvature-point-finite': () => 'the point must be finite numbers',
  'curvature-undefined': (p: { point: string }) =>
    `f or its derivatives are not defined at (${p.point}): pick another point`,

  // the command
  'curvature-description': () =>
    'the Hessian at a point: eigenvalues, eigenvectors, condition number, and on a quadratic the fastest lr and momentum',
  'curvature-flag-at': () =>
    'the point: 1,0.5 (in the order of the variables) or x=1,y=0.5 (by name); default the surface’s start, or zeros',
  'curvature-flag-json': () => 'print JSON instead of text',
  'curvature-at': (p: { vars: string; point: string }) => `at (${p.vars}) = (${p.point})`,
  'curvature-value': (p: { value: string; gradient: string }) => `f = ${p.value}   ∇f = (${p.gradient})`,
  'curvature-hessian': (p: { method: string }): string =>
    p.method === 'autodiff'
      ? 'Hessian H (automatic differentiation):'
      : 'Hessian H (central differences: the exact second derivative is not finite here):',
  'curvature-eigen': () => 'eigenvalues (ascending) and unit eigenvectors, H·v = λ·v:',
  'curvature-condition': (p: { kappa: string }) => `condition number κ = |λ|max / |λ|min = ${p.kappa}`,
  'curvature-shape-positive-definite': () => 'positive definite: a bowl, curving up in every direction',
  'curvature-shape-negative-definite': () => 'negative definite: a dome, curving down in every direction',
  'curvature-shape-indefinite': () =>
    'indefinite: a saddle, curving up in some directions and down in others',
  'curvature-shape-positive-semidefinite': () => 'positive semidefinite: a valley with a flat direction',
  'curvature-shape-negative-semidefinite': () => 'negative semidefinite: a ridge with a flat direction',
  'curvature-shape-flat': () => 'flat: no curvature in any direction',
  'curvature-quadratic': () => 'a quadratic: the Hessian is the same at every point',
  'curvature-not-quadratic': () =>
    'not a quadratic: the Hessian changes from point to point, so no lr is fastest everywhere',
  'curvature-no-minimum': () => 'a quadratic without a minimum: no learning rate converges',
  'curvature-fastest-gd': (p: { lr: string; rate: string; stable: string }) =>
    `fastest gradient descent: lr = 2/(λmin + λmax) = ${p.lr}, the error × ${p.rate} per step; it diverges from lr = 2/λmax = ${p.stable}`,
  'curvature-fastest-momentum': (p: { lr: string; momentum: string; rate: string }) =>
    `fastest momentum (heavy ball): lr = 4/(√λmax + √λmin)² = ${p.lr}, momentum = ((√κ − 1)/(√κ + 1))² = ${p.momentum}, the error × ${p.rate} per step`,
  'curvature-convention': () =>
    'the same lr in the PyTorch (p −= lr·(β·b + g)) and Keras (v = β·v − lr·g) conventions: with a constant lr they make the same steps',
};
