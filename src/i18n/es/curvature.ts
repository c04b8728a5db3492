/** Curvature: the Hessian, its eigenvalues and the fastest settings on quadratics (Spanish). */
export const curvature = {
  'curvature-point-length': (p: { found: number; vars: string }) =>
    `el punto tiene ${p.found} coordenadas; la función toma ${p.vars}`,
  'curvature-point-finite': () => 'el punto debe ser de números finitos',
  'curvature-undefined': (p: { point: string }) =>
    `f o sus derivadas no son finitas en (${p.point}): elige otro punto`,

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
      ? 'Hessiana H (diferenciación automática):'
      : 'Hessiana H (diferencias centrales: la segunda derivada exacta no es finita aquí):',
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
  // the lab's tool
  'curvature-toggle': () => 'Curvatura',
  'curvature-map-label': () => 'los autovectores de la hessiana en el punto: haz clic para elegir otro punto',
  'curvature-title': () => 'Curvatura',
  'curvature-help': () => 'Haz clic en el mapa para elegir el punto, o escríbelo aquí.',
  'curvature-point': (p: { v: string }) => `punto ${p.v}`,
  'curvature-from-start': () => 'en el inicio',
  'curvature-from-run': (p: { name: string; step: number }) => `donde está ${p.name} en el paso ${p.step}`,
  'curvature-from-picked': () => 'en el punto que elegiste',
  'curvature-follow': () => 'Seguir la ejecución o el inicio',
  'curvature-hessian-caption': () => 'Hessiana H',
  'curvature-eigen-caption': () => 'autovalores λ y autovectores unitarios v (H·v = λ·v)',
  'curvature-kappa': () => 'número de condición κ = |λ|máx / |λ|mín',
  'curvature-fastest-title': () => 'Ajustes más rápidos en esta cuadrática',
  'curvature-fastest-lr': (p: { lr: string; rate: string; stable: string }) =>
    `descenso de gradiente: lr = 2/(λ₁ + λ₂) = ${p.lr}, el error × ${p.rate} por paso (diverge desde lr = ${p.stable})`,
  'curvature-fastest-heavy': (p: { lr: string; momentum: string; rate: string }) =>
    `momentum: lr = 4/(√λ₂ + √λ₁)² = ${p.lr}, momentum = ${p.momentum}, el error × ${p.rate} por paso (igual en las convenciones de PyTorch y de Keras)`,
  'curvature-use-lr': () => 'Usar el lr más rápido',
  'curvature-use-momentum': () => 'Usar el momentum más rápido',
  'curvature-use-on': (p: { name: string }) => `ajusta ${p.name}`,
  'curvature-no-target': () => 'Selecciona un optimizador SGD en la carrera para ajustarlo con un clic.',
  'curvature-legend': () =>
    'Flechas: los autovectores, más largas cuanto mayor es |λ| (escala logarítmica); verde se curva hacia arriba (λ > 0), rosa hacia abajo (λ < 0), gris es plano.',
  'curvature-error': (p: { message: string }) => `Sin curvatura aquí: ${p.message}`,
};
