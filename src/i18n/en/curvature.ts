/** Curvature: the Hessian, its eigenvalues and the fastest settings on quadratics (English). */
export const curvature = {
  'curvature-point-length': (p: { found: number; vars: string }) =>
    `the point has ${p.found} coordinates; the function takes ${p.vars}`,
  'curvature-point-finite': () => 'the point must be finite numbers',
  'curvature-undefined': (p: { point: string }) =>
    `f or its derivatives are not finite at (${p.point}): pick another point`,

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
  // the lab's tool
  'curvature-toggle': () => 'Curvature',
  'curvature-map-label': () => 'the eigenvectors of the Hessian at the point: click to pick another point',
  'curvature-title': () => 'Curvature',
  'curvature-help': () => 'Click the map to pick the point, or type it here.',
  'curvature-point': (p: { v: string }) => `point ${p.v}`,
  'curvature-from-start': () => 'at the start',
  'curvature-from-run': (p: { name: string; step: number }) => `where ${p.name} is at step ${p.step}`,
  'curvature-from-picked': () => 'at the point you picked',
  'curvature-follow': () => 'Follow the run or the start',
  'curvature-hessian-caption': () => 'Hessian H',
  'curvature-eigen-caption': () => 'eigenvalues λ and unit eigenvectors v (H·v = λ·v)',
  'curvature-kappa': () => 'condition number κ = |λ|max / |λ|min',
  'curvature-fastest-title': () => 'Fastest settings on this quadratic',
  'curvature-fastest-lr': (p: { lr: string; rate: string; stable: string }) =>
    `gradient descent: lr = 2/(λ₁ + λ₂) = ${p.lr}, the error × ${p.rate} per step (diverges from lr = ${p.stable})`,
  'curvature-fastest-heavy': (p: { lr: string; momentum: string; rate: string }) =>
    `momentum: lr = 4/(√λ₂ + √λ₁)² = ${p.lr}, momentum = ${p.momentum}, the error × ${p.rate} per step (the same in the PyTorch and Keras conventions)`,
  'curvature-use-lr': () => 'Use the fastest lr',
  'curvature-use-momentum': () => 'Use the fastest momentum',
  'curvature-use-on': (p: { name: string }) => `sets ${p.name}`,
  'curvature-no-target': () => 'Select an SGD optimizer in the race to set it in one click.',
  'curvature-legend': () =>
    'Arrows: the eigenvectors, longer for a larger |λ| (log scale); green curves up (λ > 0), pink curves down (λ < 0), grey is flat.',
  'curvature-error': (p: { message: string }) => `No curvature here: ${p.message}`,
};
