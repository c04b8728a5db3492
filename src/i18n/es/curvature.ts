/** Curvature: the Hessian, its eigenvalues and the fastest settings on quadratics (Spanish). */
export const curvature = {
  'curvature-point-length': (p: { found: number; vars: string }) =>
    `el punto tiene ${p.found} coordenadas; la función toma ${p.vars}`,
  'curvature-point-finite': () => 'el punto debe ser de números finitos',
  'curvature-undefined': (p: { point: string }) =>
    `f o sus derivadas no están definidas en (${p.point}): elige otro punto`,

  // the command
  'curvature-description': () =>
    'la hessiana en un punto: autovalores, autovectores, número de condición y, en una cuadrática, el lr y el momentum más rápidos',
  'curvature-flag-at': () =>
    'el punto: 1,0.5 (en el orden de las variables) o x=1,y=0.5 (por nombre); por omisión, el inicio de la superficie o ceros',
  'curvature-flag-json': () => 'escribe JSON en vez de texto',
  'curvature-at': (p: { vars: string; point: string }) => `en (${p.vars}) = (${p.point})`,
  'curvature-value': (p: { value: string; gradient: string }) => `f = ${p.value}   ∇f = (${p.gradient})`,
  'curvature-hessian': (p: { method: string }): string =>
    p.method === 'autodiff'
      ? 'hessiana H (diferenciación automática):'
      : 'hessiana H (diferencias centrales: la segunda derivada exacta no es finita aquí):',
  'curvature-eigen': () => 'autovalores (de menor a mayor) y autovectores unitarios, H·v = λ·v:',
  'curvature-condition': (p: { kappa: string }) => `número de condición κ = |λ|máx / |λ|mín = ${p.kappa}`,
  'curvature-shape-positive-definite': () =>
    'definida positiva: un cuenco, curvado hacia arriba en todas las direcciones',
  'curvature-shape-negative-definite': () =>
    'definida negativa: una cúpula, curvada hacia abajo en todas las direcciones',
  'curvature-shape-indefinite': () =>
    'indefinida: una silla de montar, curvada hacia arriba en unas direcciones y hacia abajo en otras',
  'curvature-shape-positive-semidefinite': () => 'semidefinida positiva: un valle con una dirección plana',
  'curvature-shape-negative-semidefinite': () => 'semidefinida negativa: una cresta con una dirección plana',
  'curvature-shape-flat': () => 'plana: sin curvatura en ninguna dirección',
  'curvature-quadratic': () => 'una cuadrática: la hessiana es la misma en todos los puntos',
  'curvature-not-quadratic': () =>
    'no es una cuadrática: la hessiana cambia de un punto a otro, así que ningún lr es el más rápido en todas partes',
  'curvature-no-minimum': () => 'una cuadrática sin mínimo: ningún learning rate converge',
  'curvature-fastest-gd': (p: { lr: string; rate: string; stable: string }) =>
    `descenso de gradiente más rápido: lr = 2/(λmín + λmáx) = ${p.lr}, el error × ${p.rate} por paso; diverge desde lr = 2/λmáx = ${p.stable}`,
  'curvature-fastest-momentum': (p: { lr: string; momentum: string; rate: string }) =>
    `momentum más rápido (bola pesada): lr = 4/(√λmáx + √λmín)² = ${p.lr}, momentum = ((√κ − 1)/(√κ + 1))² = ${p.momentum}, el error × ${p.rate} por paso`,
  'curvature-convention': () =>
    'el mismo lr en las convenciones de PyTorch (p −= lr·(β·b + g)) y de Keras (v = β·v − lr·g): con un lr constante dan los mismos pasos',
};
