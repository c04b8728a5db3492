/**
 * The Spanish of what exported scripts say about their optimizers: each optimizer's rule in its
 * framework and convention, schedules, clipping, weight decay and Newton's solve (keys are the
 * generators' English byte for byte; see export-script.ts).
 */
export const optimizerTexts: [string, string][] = [
  [
    'The optimizers: each a pair init(p) → state, update(g, state, p, step) → (u, state)',
    'Los optimizadores: cada uno un par init(p) → state, update(g, state, p, step) → (u, state)',
  ],
  [
    'The optimizers: each a pair init(θ) → state, update(g, state, θ, step) → (u, state)',
    'Los optimizadores: cada uno un par init(θ) → state, update(g, state, θ, step) → (u, state)',
  ],
  [
    'The optimizers, written out (no optax): init(p) → state, update(g, state, p, step) → (u, state)',
    'Los optimizadores, escritos a mano (sin optax): init(p) → state, update(g, state, p, step) → (u, state)',
  ],
  [
    'The optimizers, written out (no optax): init(θ) → state, update(g, state, θ, step) → (u, state)',
    'Los optimizadores, escritos a mano (sin optax): init(θ) → state, update(g, state, θ, step) → (u, state)',
  ],
  [
    'Learning rates: functions of the 0-based update k',
    'Tasas de aprendizaje: funciones de la actualización k (desde 0)',
  ],
  [
    'Optimizers keras.optimizers does not have in this form, written out',
    'Optimizadores que keras.optimizers no tiene en esta forma, escritos a mano',
  ],
  [
    'Optimizers torch.optim does not have in this form, written out',
    'Optimizadores que torch.optim no tiene en esta forma, escritos a mano',
  ],
  [
    'A fresh optimizer (and scheduler) over params.',
    'Un optimizador nuevo (y su planificador) sobre params.',
  ],
  ['A fresh optimizer for the variables params.', 'Un optimizador nuevo para las variables params.'],
  ["Adadelta's formula is Keras's.", 'La fórmula de Adadelta es la de Keras.'],
  ['Cholesky, A = L·Lᵀ', 'Cholesky, A = L·Lᵀ'],
  [
    'Keras adds ε before the bias correction, which it folds into the step',
    'Keras suma ε antes de la corrección del sesgo, que incorpora al paso',
  ],
  [
    "Keras's Adadelta is torch's formula (Keras's defaults: lr 0.001, ρ 0.95, ε 1e-7).",
    'El Adadelta de Keras tiene la fórmula de torch (valores por omisión de Keras: lr 0.001, ρ 0.95, ε 1e-7).',
  ],
  [
    "Keras's SGD without momentum is torch's: p ← p − lr·g (Keras's default lr, 0.01).",
    'El SGD de Keras sin momento es el de torch: p ← p − lr·g (lr por omisión de Keras, 0.01).',
  ],
  [
    'Lion (no torch.optim class): p ← p − lr·sign(β₁·m + (1 − β₁)·g).',
    'Lion (sin clase en torch.optim): p ← p − lr·sign(β₁·m + (1 − β₁)·g).',
  ],
  [
    "Lion's formula is one in both conventions (PyTorch's lr default, 1e-4).",
    'La fórmula de Lion es la misma en ambas convenciones (lr por omisión de PyTorch, 1e-4).',
  ],
  [
    'Nadam with the momentum decay ψ: μₜ = β₁·(1 − ½·0.96^(t·ψ)), Πₜ = μ₁·…·μₜ, p ← p − lr·[(1 − μₜ)/(1 − Πₜ)·g + μₜ₊₁/(1 − Πₜ·μₜ₊₁)·m]/(√(v/(1 − β₂ᵗ)) + ε).',
    'Nadam con el decaimiento del momento ψ: μₜ = β₁·(1 − ½·0.96^(t·ψ)), Πₜ = μ₁·…·μₜ, p ← p − lr·[(1 − μₜ)/(1 − Πₜ)·g + μₜ₊₁/(1 − Πₜ·μₜ₊₁)·m]/(√(v/(1 − β₂ᵗ)) + ε).',
  ],
  [
    "Newton's method (no framework class): p ← p − lr·(H + δ·I)⁻¹·g.",
    'Método de Newton (sin clase en el marco): p ← p − lr·(H + δ·I)⁻¹·g.',
  ],
  ["Newton's method needs the second derivatives", 'el método de Newton necesita las segundas derivadas'],
  [
    "PyTorch's Adagrad: s ← s + g² (from s₀), p ← p − lr·g/(√s + ε).",
    'Adagrad de PyTorch: s ← s + g² (desde s₀), p ← p − lr·g/(√s + ε).',
  ],
  [
    "PyTorch's Adam: m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ), p ← p − lr·m̂/(√v̂ + ε) (AMSGrad: v its running max).",
    'Adam de PyTorch: m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ), p ← p − lr·m̂/(√v̂ + ε) (AMSGrad: v, su máximo acumulado).',
  ],
  [
    "PyTorch's Adamax: u ← max(β₂·u, |g| + ε), p ← p − lr·m/((1 − β₁ᵗ)·u).",
    'Adamax de PyTorch: u ← max(β₂·u, |g| + ε), p ← p − lr·m/((1 − β₁ᵗ)·u).',
  ],
  [
    "PyTorch's RMSprop: v ← ρ·v + (1 − ρ)·g², d = g/(√v′ + ε) (centered: v′ = v − ḡ²), b ← μ·b + d, p ← p − lr·b.",
    'RMSprop de PyTorch: v ← ρ·v + (1 − ρ)·g², d = g/(√v′ + ε) (centrado: v′ = v − ḡ²), b ← μ·b + d, p ← p − lr·b.',
  ],
  [
    "PyTorch's SGD without momentum is Keras's: p ← p − lr·g.",
    'El SGD de PyTorch sin momento es el de Keras: p ← p − lr·g.',
  ],
  [
    "PyTorch's SGD: b ← μ·b + (1 − τ)·g (b = g on the first step), d = g + μ·b (Nesterov) or b, p ← p − lr·d.",
    'SGD de PyTorch: b ← μ·b + (1 − τ)·g (b = g en el primer paso), d = g + μ·b (Nesterov) o b, p ← p − lr·d.',
  ],
  [
    'Runs one optimizer from START; returns the recorded rows (step, point, f, ‖∇f‖) and the status.',
    'Ejecuta un optimizador desde START; devuelve las filas registradas (paso, punto, f, ‖∇f‖) y el estado.',
  ],
  [
    "The second derivatives (Newton's method needs them), row by row.",
    'Las segundas derivadas (las necesita el método de Newton), fila a fila.',
  ],
  [
    'Update number k (from 0), with the gradients in p.grad: rate, clipping, optimizer.step().',
    'La actualización número k (desde 0), con los gradientes en p.grad: tasa, recorte, optimizer.step().',
  ],
  [
    'Update number k (from 0): the rate of step k, clipping, then apply_gradients.',
    'La actualización número k (desde 0): la tasa del paso k, el recorte y luego apply_gradients.',
  ],
  [
    'Walks f from START with one optimizer; returns its CSV rows (the status last).',
    'Recorre f desde START con un optimizador; devuelve sus filas del CSV (el estado al final).',
  ],
  [
    "f at a point given as one tensor (what the Hessian of Newton's method takes).",
    'f en un punto dado como un solo tensor (lo que toma la hessiana del método de Newton).',
  ],
  [
    "float64, descenso's default: every tensor, and the state torch.optim keeps, in double precision.",
    'float64, lo que usa descenso por omisión: cada tensor, y el estado que guarda torch.optim, en doble precisión.',
  ],
  [
    "float64, descenso's default: the variables, and the rate and state Keras's optimizers keep.",
    'float64, lo que usa descenso por omisión: las variables, y la tasa y el estado que guardan los optimizadores de Keras.',
  ],
  [
    "keras.optimizers has no Newton's method: written out (Newton, above).",
    'keras.optimizers no tiene el método de Newton: escrito a mano (Newton, arriba).',
  ],
  [
    'keras.optimizers has no sign descent: written out (SignDescent, above).',
    'keras.optimizers no tiene el descenso por signo: escrito a mano (SignDescent, arriba).',
  ],
  [
    'keras.optimizers.Adadelta: d = √(u + ε)/√(v + ε)·g; p ← p − lr·d.',
    'keras.optimizers.Adadelta: d = √(u + ε)/√(v + ε)·g; p ← p − lr·d.',
  ],
  [
    'keras.optimizers.Adagrad: s ← s + g²; p ← p − lr·g/√(s + ε).',
    'keras.optimizers.Adagrad: s ← s + g²; p ← p − lr·g/√(s + ε).',
  ],
  [
    'keras.optimizers.Adam: p ← p − lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ)·m/(√v + ε).',
    'keras.optimizers.Adam: p ← p − lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ)·m/(√v + ε).',
  ],
  [
    'keras.optimizers.AdamW: Adam (Keras), the weights shrunk apart.',
    'keras.optimizers.AdamW: Adam (Keras), con los pesos encogidos aparte.',
  ],
  [
    'keras.optimizers.Adamax: u ← max(β₂·u, |g|); p ← p − lr·m/((1 − β₁ᵗ)·(u + ε)).',
    'keras.optimizers.Adamax: u ← max(β₂·u, |g|); p ← p − lr·m/((1 − β₁ᵗ)·(u + ε)).',
  ],
  [
    'keras.optimizers.Lion: p ← p − lr·sign(β₁·m + (1 − β₁)·g).',
    'keras.optimizers.Lion: p ← p − lr·sign(β₁·m + (1 − β₁)·g).',
  ],
  [
    "keras.optimizers.Nadam: Adam with Nesterov momentum and Dozat's schedule μₜ.",
    'keras.optimizers.Nadam: Adam con momento de Nesterov y la pauta μₜ de Dozat.',
  ],
  [
    'keras.optimizers.RMSprop: v ← ρ·v + (1 − ρ)·g²; d = lr·g/√(v + ε); momentum after lr.',
    'keras.optimizers.RMSprop: v ← ρ·v + (1 − ρ)·g²; d = lr·g/√(v + ε); el momento después de lr.',
  ],
  [
    'keras.optimizers.SGD: v ← μ·v − lr·g; p ← p + μ·v − lr·g (Nesterov) or p + v.',
    'keras.optimizers.SGD: v ← μ·v − lr·g; p ← p + μ·v − lr·g (Nesterov) o p + v.',
  ],
  [
    'lr·γᵏ as one product: ExponentialLR would multiply by γ at every step, which rounds differently.',
    'lr·γᵏ como un solo producto: ExponentialLR multiplicaría por γ en cada paso, que redondea distinto.',
  ],
  [
    'sign descent (no Keras class): p ← p − lr·sign(g).',
    'descenso por signo (sin clase en Keras): p ← p − lr·sign(g).',
  ],
  [
    'sign descent (no torch.optim class): p ← p − lr·sign(g).',
    'descenso por signo (sin clase en torch.optim): p ← p − lr·sign(g).',
  ],
  ["the mini-batch regime's (the sgd regime's is 1)", 'el del régimen mini-batch (el del régimen sgd es 1)'],
  [
    'torch.optim has no Lion (before PyTorch 2.x it had none at all): written out (Lion, above).',
    'torch.optim no tiene Lion (antes de PyTorch 2.x no tenía ninguno): escrito a mano (Lion, arriba).',
  ],
  [
    'torch.optim has no sign descent: its update is written out (SignDescent, above).',
    'torch.optim no tiene el descenso por signo: su actualización se escribe a mano (SignDescent, arriba).',
  ],
  [
    'torch.optim.Adadelta: d = √(u + ε)/√(v + ε)·g; p ← p − lr·d.',
    'torch.optim.Adadelta: d = √(u + ε)/√(v + ε)·g; p ← p − lr·d.',
  ],
  [
    'torch.optim.Adagrad: s ← s + g²; p ← p − lr·g/(√s + ε).',
    'torch.optim.Adagrad: s ← s + g²; p ← p − lr·g/(√s + ε).',
  ],
  ['torch.optim.Adam: p ← p − lr·m̂/(√v̂ + ε).', 'torch.optim.Adam: p ← p − lr·m̂/(√v̂ + ε).'],
  [
    'torch.optim.AdamW: Adam, the weights shrunk apart.',
    'torch.optim.AdamW: Adam, con los pesos encogidos aparte.',
  ],
  [
    'torch.optim.Adamax: u ← max(β₂·u, |g| + ε); p ← p − lr·m/((1 − β₁ᵗ)·u).',
    'torch.optim.Adamax: u ← max(β₂·u, |g| + ε); p ← p − lr·m/((1 − β₁ᵗ)·u).',
  ],
  [
    "torch.optim.NAdam: Adam with Nesterov momentum and Dozat's schedule μₜ.",
    'torch.optim.NAdam: Adam con momento de Nesterov y la pauta μₜ de Dozat.',
  ],
  [
    'torch.optim.RMSprop: v ← ρ·v + (1 − ρ)·g²; d = g/(√v + ε); momentum after, then lr.',
    'torch.optim.RMSprop: v ← ρ·v + (1 − ρ)·g²; d = g/(√v + ε); el momento después y luego lr.',
  ],
  [
    'torch.optim.SGD: b ← μ·b + (1 − τ)·g (b ← g at first), d = g + μ·b (Nesterov) or b; p ← p − lr·d.',
    'torch.optim.SGD: b ← μ·b + (1 − τ)·g (b ← g al principio), d = g + μ·b (Nesterov) o b; p ← p − lr·d.',
  ],
  [
    'torch.optim.lr_scheduler has no inverse-time decay: the rate is written out and set before each step.',
    'torch.optim.lr_scheduler no tiene decaimiento inverso en el tiempo: la tasa se escribe a mano y se fija antes de cada paso.',
  ],
  [
    'torch.optim.lr_scheduler has no warm-up into a schedule restarted at 0 (LinearLR differs): the rate is written out and set before each step.',
    'torch.optim.lr_scheduler no tiene un calentamiento seguido de una pauta que empieza de nuevo en 0 (LinearLR es distinto): la tasa se escribe a mano y se fija antes de cada paso.',
  ],
  [
    '(H + δ·I)⁻¹·g by Cholesky, or along the eigenvectors of H when it is not positive definite.',
    '(H + δ·I)⁻¹·g por Cholesky, o a lo largo de los vectores propios de H cuando no es definida positiva.',
  ],
  [
    'NAdam: torch.optim.NAdam from PyTorch 2.0 on, else the written-out Nadam (see above).',
    'NAdam: torch.optim.NAdam desde PyTorch 2.0; si no, el Nadam escrito a mano (ver arriba).',
  ],
  ['Sign descent: p ← p − lr·sign(g), sign(0) = 0.', 'Descenso por signo: p ← p − lr·sign(g), sign(0) = 0.'],
  [
    'Adadelta: v ← ρ·v + (1 − ρ)·g², d = √(u + ε)/√(v + ε)·g, u ← ρ·u + (1 − ρ)·d², p ← p − lr·d.',
    'Adadelta: v ← ρ·v + (1 − ρ)·g², d = √(u + ε)/√(v + ε)·g, u ← ρ·u + (1 − ρ)·d², p ← p − lr·d.',
  ],
  [
    "Keras's weight decay is decoupled: p ← p − lr·λ·p.",
    'El decaimiento de pesos de Keras va desacoplado: p ← p − lr·λ·p.',
  ],
  ['Weight decay is decoupled: p ← p − lr·λ·p.', 'El decaimiento de pesos va desacoplado: p ← p − lr·λ·p.'],
  [
    'Weight decay is decoupled: p ← p − lr·λ·p (AdamW).',
    'El decaimiento de pesos va desacoplado: p ← p − lr·λ·p (AdamW).',
  ],
  [
    'Weight decay λ is coupled (g ← g + λ·p first, PyTorch) or decoupled (p ← p − lr·λ·p, Keras).',
    'El decaimiento de pesos λ va acoplado (primero g ← g + λ·p, PyTorch) o desacoplado (p ← p − lr·λ·p, Keras).',
  ],
  [
    'PyTorch adds λ·p to the gradient (Keras decays decoupled): written out (TorchAdadelta, above).',
    'PyTorch suma λ·p al gradiente (Keras decae desacoplado): escrito a mano (TorchAdadelta, arriba).',
  ],
  [
    'torch.optim.lr_scheduler has no such schedule: the rate is written out and set before each step.',
    'torch.optim.lr_scheduler no tiene esa pauta: la tasa se escribe a mano y se fija antes de cada paso.',
  ],
  [
    "Clipping first (values, then the global norm), then weight decay: added to g before the\ncore (coupled, PyTorch's L2) or shrinking p after it (decoupled: AdamW, Keras).",
    'Primero el recorte (los valores y luego la norma global) y después el decaimiento de pesos:\nsumado a g antes del núcleo (acoplado, la L2 de PyTorch) o encogiendo p después\n(desacoplado: AdamW, Keras).',
  ],
  [
    "Keras's Adagrad puts ε inside the square root, g/√(s + ε); torch's adds it outside,\ng/(√s + ε): written out (KerasAdagrad, above).",
    'El Adagrad de Keras pone ε dentro de la raíz cuadrada, g/√(s + ε); el de torch la suma\nfuera, g/(√s + ε): escrito a mano (KerasAdagrad, arriba).',
  ],
  [
    "Keras's Adagrad: s ← s + g² (s starting at s₀), p ← p − lr·g/√(s + ε).\n\nWeight decay is decoupled: p ← p − lr·λ·p.\n",
    'Adagrad de Keras: s ← s + g² (s empieza en s₀), p ← p − lr·g/√(s + ε).\n\nEl decaimiento de pesos va desacoplado: p ← p − lr·λ·p.\n',
  ],
  [
    "Keras's Adam adds ε before the bias correction, αₜ·m/(√v + ε); torch's after it,\nm̂/(√v̂ + ε): written out (KerasAdam, above).",
    'El Adam de Keras suma ε antes de la corrección del sesgo, αₜ·m/(√v + ε); el de torch\ndespués, m̂/(√v̂ + ε): escrito a mano (KerasAdam, arriba).',
  ],
  [
    "Keras's Adam: m and v as Adam's, αₜ = lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ), p ← p − αₜ·m/(√v + ε):\nε is added before the bias correction (AMSGrad: v replaced by its running maximum).\n\nWeight decay is decoupled: p ← p − lr·λ·p (AdamW).\n",
    'Adam de Keras: m y v como en Adam, αₜ = lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ), p ← p − αₜ·m/(√v + ε):\nε se suma antes de la corrección del sesgo (AMSGrad: v sustituida por su máximo acumulado).\n\nEl decaimiento de pesos va desacoplado: p ← p − lr·λ·p (AdamW).\n',
  ],
  [
    "Keras's Adamax adds ε outside the max, m/((1 − β₁ᵗ)·(u + ε)); torch's inside it,\nmax(β₂·u, |g| + ε): written out (KerasAdamax, above).",
    'El Adamax de Keras suma ε fuera del máximo, m/((1 − β₁ᵗ)·(u + ε)); el de torch dentro,\nmax(β₂·u, |g| + ε): escrito a mano (KerasAdamax, arriba).',
  ],
  [
    "Keras's Adamax: m as Adam's, u ← max(β₂·u, |g|), p ← p − lr·m/((1 − β₁ᵗ)·(u + ε)).\n\nWeight decay is decoupled: p ← p − lr·λ·p.\n",
    'Adamax de Keras: m como en Adam, u ← max(β₂·u, |g|), p ← p − lr·m/((1 − β₁ᵗ)·(u + ε)).\n\nEl decaimiento de pesos va desacoplado: p ← p − lr·λ·p.\n',
  ],
  [
    "Keras's Nadam is torch's NAdam with momentum_decay 1: μₜ = β₁·(1 − ½·0.96ᵗ).\nNAdam: torch.optim.NAdam from PyTorch 2.0 on, else the written-out Nadam (see above).",
    'El Nadam de Keras es el NAdam de torch con momentum_decay 1: μₜ = β₁·(1 − ½·0.96ᵗ).\nNAdam: torch.optim.NAdam desde PyTorch 2.0; si no, el Nadam escrito a mano (ver arriba).',
  ],
  [
    "Keras's RMSprop puts ε inside the square root and lr inside the momentum; torch's does\nneither: written out (KerasRMSprop, above).",
    'El RMSprop de Keras pone ε dentro de la raíz cuadrada y lr dentro del momento; el de torch\nno hace ninguna de las dos cosas: escrito a mano (KerasRMSprop, arriba).',
  ],
  [
    "Keras's RMSprop: v ← ρ·v + (1 − ρ)·g², d = lr·g/√(v′ + ε) (centered: v′ = v − ḡ²),\nthen with momentum b ← μ·b + d and p ← p − b, else p ← p − d.\n\nWeight decay is decoupled: p ← p − lr·λ·p.\n",
    'RMSprop de Keras: v ← ρ·v + (1 − ρ)·g², d = lr·g/√(v′ + ε) (centrado: v′ = v − ḡ²),\nluego, con momento, b ← μ·b + d y p ← p − b; sin él, p ← p − d.\n\nEl decaimiento de pesos va desacoplado: p ← p − lr·λ·p.\n',
  ],
  [
    "Keras's SGD keeps the velocity v ← μ·v − lr·g (lr inside the momentum) and decays weights\ndecoupled; torch's SGD multiplies by lr after its buffer: written out (KerasSGD, above).",
    'El SGD de Keras guarda la velocidad v ← μ·v − lr·g (lr dentro del momento) y decae los pesos\ndesacoplado; el SGD de torch multiplica por lr después de su búfer: escrito a mano (KerasSGD, arriba).',
  ],
  [
    "Keras's SGD: v ← μ·v − lr·g, then p ← p + v (Nesterov: p ← p + μ·v − lr·g).\n\nWeight decay is decoupled: p ← p − lr·λ·p.\n",
    'SGD de Keras: v ← μ·v − lr·g, luego p ← p + v (Nesterov: p ← p + μ·v − lr·g).\n\nEl decaimiento de pesos va desacoplado: p ← p − lr·λ·p.\n',
  ],
  [
    'Lion (Chen et al., 2023): p ← p − lr·sign(β₁·m + (1 − β₁)·g), then m ← β₂·m + (1 − β₂)·g.\n\nWeight decay is decoupled: p ← p − lr·λ·p.\n',
    'Lion (Chen et al., 2023): p ← p − lr·sign(β₁·m + (1 − β₁)·g), luego m ← β₂·m + (1 − β₂)·g.\n\nEl decaimiento de pesos va desacoplado: p ← p − lr·λ·p.\n',
  ],
  [
    'Nadam (Dozat): μₜ = β₁·(1 − ½·0.96^(t·ψ)), Πₜ = μ₁·…·μₜ,\np ← p − lr·[(1 − μₜ)/(1 − Πₜ)·g + μₜ₊₁/(1 − Πₜ·μₜ₊₁)·m]/(√(v/(1 − β₂ᵗ)) + ε).\n\nWeight decay λ is coupled (g ← g + λ·p first, PyTorch) or decoupled (p ← p − lr·λ·p, Keras).\n',
    'Nadam (Dozat): μₜ = β₁·(1 − ½·0.96^(t·ψ)), Πₜ = μ₁·…·μₜ,\np ← p − lr·[(1 − μₜ)/(1 − Πₜ)·g + μₜ₊₁/(1 − Πₜ·μₜ₊₁)·m]/(√(v/(1 − β₂ᵗ)) + ε).\n\nEl decaimiento de pesos λ va acoplado (primero g ← g + λ·p, PyTorch) o desacoplado (p ← p − lr·λ·p, Keras).\n',
  ],
  [
    "Newton's method: p ← p − lr·(H + δ·I)⁻¹·g, H the Hessian of f at p (two nested tapes).\n\nWhen H + δ·I is not positive definite (a Cholesky pivot at most 1e-12 times the largest\ndiagonal entry), the eigenvalues μᵢ of H are replaced by max(|μᵢ|, η) + δ, with\nη = 1e-6·max(1, maxᵢ|μᵢ|), so the step still goes downhill.\n",
    'Método de Newton: p ← p − lr·(H + δ·I)⁻¹·g, con H la hessiana de f en p (dos cintas anidadas).\n\nCuando H + δ·I no es definida positiva (un pivote de Cholesky de a lo sumo 1e-12 veces la mayor\nentrada de la diagonal), los valores propios μᵢ de H se sustituyen por max(|μᵢ|, η) + δ, con\nη = 1e-6·max(1, maxᵢ|μᵢ|), para que el paso siga bajando.\n',
  ],
  [
    "Newton's method: p ← p − lr·(H + δ·I)⁻¹·g, H the Hessian of f at p.\n\nWhen H + δ·I is not positive definite (a Cholesky pivot at most 1e-12 times the largest\ndiagonal entry), the eigenvalues μᵢ of H are replaced by max(|μᵢ|, η) + δ, with\nη = 1e-6·max(1, maxᵢ|μᵢ|), so the step still goes downhill.\n",
    'Método de Newton: p ← p − lr·(H + δ·I)⁻¹·g, con H la hessiana de f en p.\n\nCuando H + δ·I no es definida positiva (un pivote de Cholesky de a lo sumo 1e-12 veces la mayor\nentrada de la diagonal), los valores propios μᵢ de H se sustituyen por max(|μᵢ|, η) + δ, con\nη = 1e-6·max(1, maxᵢ|μᵢ|), para que el paso siga bajando.\n',
  ],
  [
    'One optimizer of the experiment: its label, how it is built over the parameters, its\nlearning-rate schedule (a LambdaLR factor, or a rate written out per step) and its clipping.\n',
    'Un optimizador del experimento: su etiqueta, cómo se construye sobre los parámetros, la pauta\nde su tasa de aprendizaje (un factor de LambdaLR, o una tasa escrita a mano por paso) y su recorte.\n',
  ],
  [
    "One optimizer of the experiment: its label, how it is built, its learning rate written out\nper step when it follows a schedule, and its clipping (before the optimizer, as Keras's).\n",
    'Un optimizador del experimento: su etiqueta, cómo se construye, su tasa de aprendizaje escrita\na mano por paso cuando sigue una pauta, y su recorte (antes del optimizador, como el de Keras).\n',
  ],
  [
    "PyTorch's Adagrad adds ε outside the square root, g/(√s + ε); Keras's inside it:\nwritten out (TorchAdagrad, above).",
    'El Adagrad de PyTorch suma ε fuera de la raíz cuadrada, g/(√s + ε); el de Keras dentro:\nescrito a mano (TorchAdagrad, arriba).',
  ],
  [
    "PyTorch's Adam adds ε after the bias correction, m̂/(√v̂ + ε); Keras's before it:\nwritten out (TorchAdam, above).",
    'El Adam de PyTorch suma ε después de la corrección del sesgo, m̂/(√v̂ + ε); el de Keras antes:\nescrito a mano (TorchAdam, arriba).',
  ],
  [
    "PyTorch's Adamax adds ε inside the max, max(β₂·u, |g| + ε); Keras's outside it:\nwritten out (TorchAdamax, above).",
    'El Adamax de PyTorch suma ε dentro del máximo, max(β₂·u, |g| + ε); el de Keras fuera:\nescrito a mano (TorchAdamax, arriba).',
  ],
  [
    "PyTorch's NAdam has the momentum decay ψ (0.96^(t·ψ)); Keras's is fixed at ψ = 1:\nwritten out (Nadam, above).",
    'El NAdam de PyTorch tiene el decaimiento del momento ψ (0.96^(t·ψ)); el de Keras lo fija en ψ = 1:\nescrito a mano (Nadam, arriba).',
  ],
  [
    "PyTorch's RMSprop adds ε outside the square root and lr after the momentum; Keras's\ndoes neither: written out (TorchRMSprop, above).",
    'El RMSprop de PyTorch suma ε fuera de la raíz cuadrada y lr después del momento; el de Keras\nno hace ninguna de las dos cosas: escrito a mano (TorchRMSprop, arriba).',
  ],
  [
    "PyTorch's SGD multiplies by lr after its buffer b ← μ·b + (1 − τ)·g and adds λ·p to the\ngradient; Keras's keeps v ← μ·v − lr·g and decays decoupled: written out (TorchSGD, above).",
    'El SGD de PyTorch multiplica por lr después de su búfer b ← μ·b + (1 − τ)·g y suma λ·p al\ngradiente; el de Keras guarda v ← μ·v − lr·g y decae desacoplado: escrito a mano (TorchSGD, arriba).',
  ],
  [
    "Scales the gradients so that their global norm is at most max_norm.\n\ntorch.nn.utils.clip_grad_norm_ divides by the norm + 1e-6; this is descenso's (and Keras's)\nmax_norm/‖g‖, so the clipped numbers are the same to the last digit.\n",
    'Escala los gradientes para que su norma global sea a lo sumo max_norm.\n\ntorch.nn.utils.clip_grad_norm_ divide entre la norma + 1e-6; esto es el max_norm/‖g‖ de descenso\n(y de Keras), así que los números recortados coinciden hasta la última cifra.\n',
  ],
  [
    'Sign descent: p ← p − lr·sign(g), sign(0) = 0.\n\nWeight decay λ is coupled (g ← g + λ·p first, PyTorch) or decoupled (p ← p − lr·λ·p, Keras).\n',
    'Descenso por signo: p ← p − lr·sign(g), sign(0) = 0.\n\nEl decaimiento de pesos λ va acoplado (primero g ← g + λ·p, PyTorch) o desacoplado (p ← p − lr·λ·p, Keras).\n',
  ],
  [
    "The gradients scaled so that their global norm is at most max_norm.\n\ntf.clip_by_global_norm multiplies by max_norm·min(1/‖g‖, 1/max_norm), which can differ from\ndescenso's max_norm/‖g‖ in the last digit: written out.\n",
    'Los gradientes escalados para que su norma global sea a lo sumo max_norm.\n\ntf.clip_by_global_norm multiplica por max_norm·min(1/‖g‖, 1/max_norm), que puede diferir del\nmax_norm/‖g‖ de descenso en la última cifra: escrito a mano.\n',
  ],
  [
    "The rate follows a schedule, written out: Keras's schedule objects compute in their own\ndtype and order, which would change the last digits.",
    'La tasa sigue una pauta, escrita a mano: los objetos de pauta de Keras calculan en su propio\ndtype y orden, lo que cambiaría las últimas cifras.',
  ],
  [
    'What a written-out optimizer shares with a Keras one: learning_rate and apply_gradients.\n\napply_gradients builds the update as descenso does: u = −lr·direction(g), where weight decay\nλ is coupled (g ← g + λ·p first, PyTorch) or decoupled (u ← u − lr·λ·p, Keras, AdamW), then\np ← p + u. Subclasses write `direction`, keeping their state per variable in `s`.\n',
    'Lo que un optimizador escrito a mano comparte con uno de Keras: learning_rate y apply_gradients.\n\napply_gradients construye la actualización como descenso: u = −lr·direction(g), donde el\ndecaimiento de pesos λ va acoplado (primero g ← g + λ·p, PyTorch) o desacoplado (u ← u − lr·λ·p,\nKeras, AdamW), y luego p ← p + u. Las subclases escriben `direction` y guardan su estado por\nvariable en `s`.\n',
  ],
  [
    'lr·γ^⌊k/s⌋ as one product: StepLR would multiply by γ one step at a time (lr·γ·γ…),\nwhich rounds differently.',
    'lr·γ^⌊k/s⌋ como un solo producto: StepLR multiplicaría por γ paso a paso (lr·γ·γ…),\nque redondea distinto.',
  ],
  [
    "torch.optim has no Newton's method: the step solves (H + δ·I)·d = g with the Hessian of\ntorch.autograd.functional.hessian (Newton, above).",
    'torch.optim no tiene el método de Newton: el paso resuelve (H + δ·I)·d = g con la hessiana de\ntorch.autograd.functional.hessian (Newton, arriba).',
  ],
  [
    'torch.optim.NAdam before PyTorch 2.0 multiplied μₜ twice into Πₜ·μₜ₊₁ (fixed in 2.0): with an\nolder torch the update is the written-out Nadam above.',
    'torch.optim.NAdam antes de PyTorch 2.0 multiplicaba μₜ dos veces en Πₜ·μₜ₊₁ (corregido en 2.0):\ncon un torch más antiguo la actualización es el Nadam escrito a mano de arriba.',
  ],
  [
    "Adadelta: v ← ρ·v + (1 − ρ)·g², d = √(u + ε)/√(v + ε)·g, u ← ρ·u + (1 − ρ)·d², p ← p − lr·d.\n\nKeras's weight decay is decoupled: p ← p − lr·λ·p.\n",
    'Adadelta: v ← ρ·v + (1 − ρ)·g², d = √(u + ε)/√(v + ε)·g, u ← ρ·u + (1 − ρ)·d², p ← p − lr·d.\n\nEl decaimiento de pesos de Keras va desacoplado: p ← p − lr·λ·p.\n',
  ],
  [
    "Keras decays weights decoupled (p ← p − lr·λ·p); torch's Adadelta adds λ·p to the\ngradient: written out (KerasAdadelta, above).",
    'Keras decae los pesos desacoplado (p ← p − lr·λ·p); el Adadelta de torch suma λ·p al\ngradiente: escrito a mano (KerasAdadelta, arriba).',
  ],
  [
    "Keras decays weights decoupled (p ← p − lr·λ·p); torch's NAdam adds λ·p to the\ngradient: written out (Nadam, above).",
    'Keras decae los pesos desacoplado (p ← p − lr·λ·p); el NAdam de torch suma λ·p al\ngradiente: escrito a mano (Nadam, arriba).',
  ],
];
