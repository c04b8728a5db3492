import type { Phrasebook } from '../../export/localize.js';

/**
 * The Spanish of the exported scripts (src/export/localize.ts turns a script with it): each English
 * text a generator writes — a comment or a block of them, a docstring or one of its lines, a
 * printed message — and its Spanish. Keys are the generators' English byte for byte (a changed
 * English text needs its entry changed too: the export tests find any English left). Code, names,
 * numbers, statuses and the CSV never pass through here.
 */
const exact: [string, string][] = [
  ['The runs', 'Las ejecuciones'],
  ['The data', 'Los datos'],
  ['The descent', 'El descenso'],
  ['Training', 'El entrenamiento'],
  ['The function and its gradient', 'La función y su gradiente'],
  ['The function; JAX differentiates it', 'La función; JAX la deriva'],
  ['The model and the loss', 'El modelo y la pérdida'],
  ['The model and the loss; JAX differentiates the loss', 'El modelo y la pérdida; JAX deriva la pérdida'],
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
  ['The CSV of `descenso run FILE.json --format csv`', 'El CSV de `descenso run FILE.json --format csv`'],
  [
    'Optimizers keras.optimizers does not have in this form, written out',
    'Optimizadores que keras.optimizers no tiene en esta forma, escritos a mano',
  ],
  [
    'Optimizers torch.optim does not have in this form, written out',
    'Optimizadores que torch.optim no tiene en esta forma, escritos a mano',
  ],
  ['== {label} ==', '== {label} =='],
  [
    'step {step:5d}  ({point})  f = {value:.10g}  |grad| = {norm:.3g}',
    'paso {step:5d}  ({point})  f = {value:.10g}  |grad| = {norm:.3g}',
  ],
  ['status: {status} after {rows[-1][0]} steps', 'estado: {status} tras {rows[-1][0]} pasos'],
  [
    'epoch {epoch:5d}  loss = {loss:.10g}  θ = ({numbers})',
    'época {epoch:5d}  pérdida = {loss:.10g}  θ = ({numbers})',
  ],
  ['status: {status} after {history[-1][0]} epochs', 'estado: {status} tras {history[-1][0]} épocas'],
  [
    '{run.label}  step {at:>4}: ({coordinates}), f = {value:.8f}',
    '{run.label}  paso {at:>4}: ({coordinates}), f = {value:.8f}',
  ],
  ['{run.label}: {status} after {at} steps', '{run.label}: {status} tras {at} pasos'],
  [
    '{run.label}  epoch {epoch:>4}: loss = {value:.8f}{shown}',
    '{run.label}  época {epoch:>4}: pérdida = {value:.8f}{shown}',
  ],
  [
    '{run.label}: {status} after {history[-1][1] if history else 0} epochs',
    '{run.label}: {status} tras {history[-1][1] if history else 0} épocas',
  ],
  [
    'f or its gradient is not defined at the start',
    'f o su gradiente no están definidos en el punto de partida',
  ],
  [
    'the loss is not defined at the initial parameters',
    'la pérdida no está definida en los parámetros iniciales',
  ],
  [
    '    python3 script.py         to see the progress, as the tutorials print it;',
    '    python3 guion.py          para ver el avance, como lo imprimen los tutoriales;',
  ],
  [
    '    python3 script.py --csv   to print the CSV of `descenso run FILE.json --format csv`,',
    '    python3 guion.py --csv    para imprimir el CSV de `descenso run FILE.json --format csv`,',
  ],
  [
    '                              the same rows and the same numbers.',
    '                              las mismas filas y los mismos números.',
  ],
  [
    "run's progress; `python3 script.py --csv` prints the CSV of `descenso run FILE.json --format csv`,",
    'ejecución; `python3 guion.py --csv` imprime el CSV de `descenso run FILE.json --format csv`,',
  ],
  ['the same rows with the same numbers.', 'las mismas filas con los mismos números.'],
  [
    'A Python number rounded to DT (a no-op in float64).',
    'Un número de Python redondeado a DT (no cambia nada en float64).',
  ],
  [
    'A fresh optimizer (and scheduler) over params.',
    'Un optimizador nuevo (y su planificador) sobre params.',
  ],
  ['A fresh optimizer for the variables params.', 'Un optimizador nuevo para las variables params.'],
  [
    'A label as a CSV cell, quoted (and kept from reading as a spreadsheet formula) as descenso does.',
    'Una etiqueta como celda del CSV, entre comillas (y sin que una hoja de cálculo la lea como fórmula), como hace descenso.',
  ],
  [
    'A number as JavaScript prints it: the shortest round-trip digits; empty if not finite.',
    'Un número como lo imprime JavaScript: las cifras más cortas que lo reproducen; vacío si no es finito.',
  ],
  ["Adadelta's formula is Keras's.", 'La fórmula de Adadelta es la de Keras.'],
  [
    'Binary cross-entropy on the logits z: the mean of softplus(z) − y·z.',
    'Entropía cruzada binaria sobre los logits z: la media de softplus(z) − y·z.',
  ],
  ['Cholesky, A = L·Lᵀ', 'Cholesky, A = L·Lᵀ'],
  [
    'CosineAnnealingLR computes its cosine step by step and rises again after T: the rate is written out and set before each step.',
    'CosineAnnealingLR calcula su coseno paso a paso y vuelve a subir pasado T: la tasa se escribe a mano y se fija antes de cada paso.',
  ],
  ['Gaussian noise on each gradient', 'ruido gaussiano en cada gradiente'],
  ['Gaussian noise on every gradient component', 'ruido gaussiano en cada componente del gradiente'],
  [
    'Glorot uniform weights drawn layer after layer (row-major), zero biases; then INIT.',
    'Pesos uniformes de Glorot sorteados capa tras capa (por filas), sesgos a cero; después INIT.',
  ],
  [
    'He uniform weights drawn layer after layer (row-major), zero biases; then INIT.',
    'Pesos uniformes de He sorteados capa tras capa (por filas), sesgos a cero; después INIT.',
  ],
  ["Huber's δ", 'la δ de Huber'],
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
  ['Mean absolute error, (1/n)·Σ|p − y|.', 'Error absoluto medio, (1/n)·Σ|p − y|.'],
  ['Mean squared error, (1/n)·Σ(p − y)², no ½.', 'Error cuadrático medio, (1/n)·Σ(p − y)², sin ½.'],
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
    'One header line, then one line per row: text cells quoted, numbers as JavaScript writes them.',
    'Una línea de cabecera y luego una línea por fila: las celdas de texto entre comillas, los números como los escribe JavaScript.',
  ],
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
    'PyTorch: m̂/(√v̂ + ε), with m̂ = m/(1 − β₁ᵗ) and √v̂ = √v/√(1 − β₂ᵗ)',
    'PyTorch: m̂/(√v̂ + ε), con m̂ = m/(1 − β₁ᵗ) y √v̂ = √v/√(1 − β₂ᵗ)',
  ],
  [
    'Runs one optimizer from START; returns the recorded rows (step, point, f, ‖∇f‖) and the status.',
    'Ejecuta un optimizador desde START; devuelve las filas registradas (paso, punto, f, ‖∇f‖) y el estado.',
  ],
  [
    'Sum of squared errors, Σ(y − p)², no ½ and no 1/n.',
    'Suma de errores al cuadrado, Σ(y − p)², sin ½ ni 1/n.',
  ],
  [
    "The function the runs walk, in TensorFlow's operations (so a GradientTape can differentiate it).",
    'La función que recorren las ejecuciones, con las operaciones de TensorFlow (para que un GradientTape la derive).',
  ],
  [
    "The function the runs walk, in torch's operations (so backward() can differentiate it).",
    'La función que recorren las ejecuciones, con las operaciones de torch (para que backward() la derive).',
  ],
  [
    'The gradient by central differences, as the tutorials take it by hand (not by jax.grad).',
    'El gradiente por diferencias centradas, como lo calculan a mano los tutoriales (no con jax.grad).',
  ],
  [
    'The gradient by forward differences, as the tutorials take it by hand (not by jax.grad).',
    'El gradiente por diferencias hacia delante, como lo calculan a mano los tutoriales (no con jax.grad).',
  ],
  ['The logit z = w·x + b (the probability is σ(z)).', 'El logit z = w·x + b (la probabilidad es σ(z)).'],
  [
    'The loss and its gradient with respect to θ: the forward pass, then the chain rule backwards.',
    'La pérdida y su gradiente respecto de θ: la pasada hacia delante y luego la regla de la cadena hacia atrás.',
  ],
  [
    'The loss on the points (x, y) and its gradient, one tensor per parameter.',
    'La pérdida en los puntos (x, y) y su gradiente, un tensor por parámetro.',
  ],
  [
    'The loss on the points (x, y); backward() leaves its gradient in each p.grad.',
    'La pérdida en los puntos (x, y); backward() deja su gradiente en cada p.grad.',
  ],
  [
    'The partial derivatives, written out from the formula by the rules of differentiation.',
    'Las derivadas parciales, escritas a partir de la fórmula con las reglas de derivación.',
  ],
  [
    'The points of the CSV file named in SOURCE, embedded here number for number.',
    'Los puntos del archivo CSV nombrado en SOURCE, copiados aquí número a número.',
  ],
  [
    "The second derivatives (Newton's method needs them), row by row.",
    'Las segundas derivadas (las necesita el método de Newton), fila a fila.',
  ],
  [
    'Trains from the initial parameters; returns the kept epochs (epoch, loss, θ) and the status.',
    'Entrena desde los parámetros iniciales; devuelve las épocas guardadas (época, pérdida, θ) y el estado.',
  ],
  [
    'Trains from the initial parameters; returns the kept epochs as CSV rows (the status last).',
    'Entrena desde los parámetros iniciales; devuelve las épocas guardadas como filas del CSV (el estado al final).',
  ],
  [
    'Two clouds: point i belongs to class i % 2 and sits at its centre plus two normal draws.',
    'Dos nubes: el punto i es de la clase i % 2 y está en su centro más dos valores normales sorteados.',
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
    'Weights uniform in ±√(6/(fan_in + fan_out)) (Glorot), drawn layer after layer, row-major; biases zero.',
    'Pesos uniformes en ±√(6/(fan_in + fan_out)) (Glorot), sorteados capa tras capa, por filas; sesgos a cero.',
  ],
  [
    'Weights uniform in ±√(6/fan_in) (He), drawn layer after layer, row-major; biases zero.',
    'Pesos uniformes en ±√(6/fan_in) (He), sorteados capa tras capa, por filas; sesgos a cero.',
  ],
  [
    'Whether p lies farther outside a [low, high] of DOMAIN than the interval is wide.',
    'Si p queda fuera de un [low, high] de DOMAIN a más distancia que el ancho del intervalo.',
  ],
  [
    'Whether p lies farther outside a range of DOMAIN than the range is wide.',
    'Si p queda fuera de un rango de DOMAIN a más distancia que el ancho del rango.',
  ],
  [
    'Zeros, as the tutorials start (nothing is drawn from rng).',
    'Ceros, como empiezan los tutoriales (no se sortea nada de rng).',
  ],
  [
    "Zeros, then INIT (the experiment's initial values).",
    'Ceros y después INIT (los valores iniciales del experimento).',
  ],
  ['a + b·x.', 'a + b·x.'],
  ['a new permutation of the points every epoch', 'una permutación nueva de los puntos en cada época'],
  ['about ten lines', 'unas diez líneas'],
  [
    'an overflow is judged by the loop (a status), not a warning',
    'un desbordamiento lo juzga el bucle (un estado), no un aviso',
  ],
  [
    "c0 + c1·x + … + ck·xᵏ by Horner's rule: ((ck·x + c(k−1))·x + …)·x + c0.",
    'c0 + c1·x + … + ck·xᵏ por la regla de Horner: ((ck·x + c(k−1))·x + …)·x + c0.',
  ],
  [
    "c0 + c1·x + … by Horner's rule, from the last coefficient down.",
    'c0 + c1·x + … por la regla de Horner, desde el último coeficiente.',
  ],
  [
    'centered: the variance v − ḡ², kept ≥ 0 (only rounding could cross it)',
    'centrado: la varianza v − ḡ², mantenida ≥ 0 (solo el redondeo podría cruzar el cero)',
  ],
  ['converged when f changes by this or less', 'converge cuando f cambia esto o menos'],
  [
    'converged when the loss changes by this, relative',
    'converge cuando la pérdida cambia esto, en relativo',
  ],
  ['converged when ‖∇f‖ falls to this', 'converge cuando ‖∇f‖ baja hasta esto'],
  ['converged when ‖∇‖ falls to this (batch regime)', 'converge cuando ‖∇‖ baja hasta esto (régimen batch)'],
  ['d softplus(z)/dz = σ(z)', 'd softplus(z)/dz = σ(z)'],
  ['diverged: a million times worse than the start', 'divergió: un millón de veces peor que al empezar'],
  [
    'f and its gradient by central differences (f(p + h·eᵢ) − f(p − h·eᵢ))/2h, coordinate by coordinate.',
    'f y su gradiente por diferencias centradas (f(p + h·eᵢ) − f(p − h·eᵢ))/2h, coordenada a coordenada.',
  ],
  [
    'f and its gradient by forward differences (f(p + h·eᵢ) − f(p))/h, coordinate by coordinate.',
    'f y su gradiente por diferencias hacia delante (f(p + h·eᵢ) − f(p))/h, coordenada a coordenada.',
  ],
  [
    "f at a point given as one tensor (what the Hessian of Newton's method takes).",
    'f en un punto dado como un solo tensor (lo que toma la hessiana del método de Newton).',
  ],
  [
    'f(p) and ∇f(p) by central differences: (f(p + h·eᵢ) − f(p − h·eᵢ))/2h, coordinate by coordinate.',
    'f(p) y ∇f(p) por diferencias centradas: (f(p + h·eᵢ) − f(p − h·eᵢ))/2h, coordenada a coordenada.',
  ],
  [
    'f(p) and ∇f(p) by forward differences: (f(p + h·eᵢ) − f(p))/h, coordinate by coordinate.',
    'f(p) y ∇f(p) por diferencias hacia delante: (f(p + h·eᵢ) − f(p))/h, coordenada a coordenada.',
  ],
  [
    'f(p) and ∇f(p): backward() fills p.grad with the gradient of f at p.',
    'f(p) y ∇f(p): backward() llena p.grad con el gradiente de f en p.',
  ],
  [
    'f(p) and ∇f(p): the tape records f, tape.gradient differentiates it.',
    'f(p) y ∇f(p): la cinta registra f y tape.gradient la deriva.',
  ],
  [
    'float32, as the experiment asks: every operation rounds to single precision.',
    'float32, como pide el experimento: cada operación redondea a precisión simple.',
  ],
  ["float64 like descenso; JAX's default is float32", 'float64 como descenso; JAX usa float32 por omisión'],
  [
    "float64, descenso's default: every tensor, and the state torch.optim keeps, in double precision.",
    'float64, lo que usa descenso por omisión: cada tensor, y el estado que guarda torch.optim, en doble precisión.',
  ],
  [
    "float64, descenso's default: the variables, and the rate and state Keras's optimizers keep.",
    'float64, lo que usa descenso por omisión: las variables, y la tasa y el estado que guardan los optimizadores de Keras.',
  ],
  ['grad with respect to θ, compiled by jit', 'grad respecto de θ, compilado por jit'],
  ['grad, compiled once by jit', 'grad, compilado una vez por jit'],
  ['initial values given by name', 'valores iniciales dados por nombre'],
  [
    'its derivative at 0 is 0, as descenso takes it (jnp.maximum would give ½)',
    'su derivada en 0 es 0, como la toma descenso (jnp.maximum daría ½)',
  ],
  ['keep epochs 0, EVERY, 2·EVERY, … and the last', 'guarda las épocas 0, EVERY, 2·EVERY, … y la última'],
  ['keep the start, every EVERY-th step and the last', 'guarda el inicio, un paso de cada EVERY y el último'],
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
    'log(1 + eʸ) without overflow: z + log1p(e⁻ᶻ) for z > 0, log1p(eᶻ) otherwise.',
    'log(1 + eʸ) sin desbordamiento: z + log1p(e⁻ᶻ) si z > 0, log1p(eᶻ) si no.',
  ],
  [
    'lr·γᵏ as one product: ExponentialLR would multiply by γ at every step, which rounds differently.',
    'lr·γᵏ como un solo producto: ExponentialLR multiplicaría por γ en cada paso, que redondea distinto.',
  ],
  ['n: where the decimal point goes', 'n: dónde va la coma decimal'],
  [
    'record the start, every EVERY-th step and the last',
    'registra el inicio, un paso de cada EVERY y el último',
  ],
  ['relu′: 1 where z > 0', 'relu′: 1 donde z > 0'],
  [
    'sign descent (no Keras class): p ← p − lr·sign(g).',
    'descenso por signo (sin clase en Keras): p ← p − lr·sign(g).',
  ],
  [
    'sign descent (no torch.optim class): p ← p − lr·sign(g).',
    'descenso por signo (sin clase en torch.optim): p ← p − lr·sign(g).',
  ],
  [
    'softplus(z) = log(1 + eᶻ), which tf.math.softplus computes without overflow.',
    'softplus(z) = log(1 + eᶻ), que tf.math.softplus calcula sin desbordamiento.',
  ],
  ['stop (converged) when f changes by this or less', 'para (convergió) cuando f cambia esto o menos'],
  [
    'stop (converged) when the loss changes by this, relative',
    'para (convergió) cuando la pérdida cambia esto, en relativo',
  ],
  ['stop (converged) when ‖∇f‖ falls to this', 'para (convergió) cuando ‖∇f‖ baja hasta esto'],
  [
    'stop (converged) when ‖∇‖ falls to this (batch regime)',
    'para (convergió) cuando ‖∇‖ baja hasta esto (régimen batch)',
  ],
  ['symmetric up to rounding', 'simétrica salvo redondeo'],
  ['tanh′ = 1 − tanh²', 'tanh′ = 1 − tanh²'],
  ['the CSV shows the parameters', 'el CSV muestra los parámetros'],
  [
    'the array module of the model and the updates',
    'el módulo de arrays del modelo y de las actualizaciones',
  ],
  ['the array module of the updates', 'el módulo de arrays de las actualizaciones'],
  ['the initial weights, then the permutations', 'los pesos iniciales y luego las permutaciones'],
  ["the mini-batch regime's (the sgd regime's is 1)", 'el del régimen mini-batch (el del régimen sgd es 1)'],
  ['the parameters, one number per column', 'los parámetros, un número por columna'],
  ['the precision of every number of the run', 'la precisión de cada número de la ejecución'],
  ['the region f is about', 'la región que interesa de f'],
  ['the region the function is about', 'la región que interesa de la función'],
  ['the same in both conventions', 'igual en ambas convenciones'],
  ['the step of the difference quotients', 'el paso de los cocientes de diferencias'],
  ['the step of the differences', 'el paso de las diferencias'],
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
  ['w·x, a line through the origin.', 'w·x, una recta que pasa por el origen.'],
  ['x·w + b, x a matrix of one row per point.', 'x·w + b, con x una matriz de una fila por punto.'],
  [
    '(H + δ·I)⁻¹·g by Cholesky, or along the eigenvectors of H when it is not positive definite.',
    '(H + δ·I)⁻¹·g por Cholesky, o a lo largo de los vectores propios de H cuando no es definida positiva.',
  ],
  [
    '(H + δ·I)⁻¹·g, or along the eigenvectors with |μ| floored when H + δ·I is not positive definite.',
    '(H + δ·I)⁻¹·g, o a lo largo de los vectores propios con |μ| acotado por abajo cuando H + δ·I no es definida positiva.',
  ],
  [
    'NAdam: torch.optim.NAdam from PyTorch 2.0 on, else the written-out Nadam (see above).',
    'NAdam: torch.optim.NAdam desde PyTorch 2.0; si no, el Nadam escrito a mano (ver arriba).',
  ],
  ['Sign descent: p ← p − lr·sign(g), sign(0) = 0.', 'Descenso por signo: p ← p − lr·sign(g), sign(0) = 0.'],
  [
    'The points of the experiment, embedded number for number.',
    'Los puntos del experimento, copiados aquí número a número.',
  ],
  ['too many parameters to keep', 'demasiados parámetros para guardarlos'],
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
    'How a step ends: diverged (not finite, or f or a coordinate far beyond where it started),\nleft-domain, or ok. Far is judged relative to the start: 1e12·max(1, |f0|) for f, and\n1e8·max(1, ‖start‖∞) for a coordinate.\n',
    'Cómo acaba un paso: diverged (no finito, o f o una coordenada muy lejos de donde empezó),\nleft-domain, u ok. Lo lejos se juzga respecto del inicio: 1e12·max(1, |f0|) para f, y\n1e8·max(1, ‖start‖∞) para una coordenada.\n',
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
    "a**n for an integer n ≥ 1, multiplied out as descenso's engine does: a^(2m) = a^m·a^m,\na^(2m+1) = a^m·a^m·a (pow() rounds the last bit differently, and difference quotients show it).",
    'a**n para un entero n ≥ 1, multiplicado como lo hace el motor de descenso: a^(2m) = a^m·a^m,\na^(2m+1) = a^m·a^m·a (pow() redondea distinto el último bit, y los cocientes de diferencias lo notan).',
  ],
  [
    'lr·γ^⌊k/s⌋ as one product: StepLR would multiply by γ one step at a time (lr·γ·γ…),\nwhich rounds differently.',
    'lr·γ^⌊k/s⌋ como un solo producto: StepLR multiplicaría por γ paso a paso (lr·γ·γ…),\nque redondea distinto.',
  ],
  [
    "softplus(z) = log(1 + eᶻ); torch's returns z itself past threshold 20, where log(1 + e⁻ᶻ)\nstill shows in the digits: past 40 it does not.",
    'softplus(z) = log(1 + eᶻ); la de torch devuelve z tal cual pasado el umbral 20, donde\nlog(1 + e⁻ᶻ) aún se nota en las cifras: pasado 40 ya no.',
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

/** Texts with a variable part: a name, a count, a formula, a message descenso already gives in Spanish. */
const patterns: [RegExp, string][] = [
  [
    /^Huber's loss with δ = (\S+): the mean of ½q² \+ δ·\(\|r\| − q\), q = min\(\|r\|, δ\)\.$/,
    'Pérdida de Huber con δ = $1: la media de ½q² + δ·(|r| − q), q = min(|r|, δ).',
  ],
  [
    /^A network: 1 hidden layer of (\w+) units, then a linear output\.$/,
    'Una red: 1 capa oculta de unidades $1 y luego una salida lineal.',
  ],
  [
    /^A network: (\d+) hidden layers of (\w+) units, then a linear output\.$/,
    'Una red: $1 capas ocultas de unidades $2 y luego una salida lineal.',
  ],
  [
    /^A descent on the catalog surface (.+): (\d+) optimizer\(s\), (\d+) steps, (float\d+)\.$/,
    'Un descenso sobre la superficie $1 del catálogo: $2 optimizador(es), $3 pasos, $4.',
  ],
  [
    /^A descent on a formula: (\d+) optimizer\(s\), (\d+) steps, (float\d+)\.$/,
    'Un descenso sobre una fórmula: $1 optimizador(es), $2 pasos, $3.',
  ],
  [
    /^A fit of the model (.+) with the (\w+) loss: (\d+) run\(s\), (\d+) epochs, (float\d+)\.$/,
    'Un ajuste del modelo $1 con la pérdida $2: $3 ejecución(es), $4 épocas, $5.',
  ],
  [
    /^Written by descenso's export in (\w+)'s idiom\. Run it as$/,
    'Escrito por la exportación de descenso al estilo de $1. Ejecútalo así:',
  ],
  [
    /^Gradient descent on the surface (.+), in PyTorch\.$/,
    'Descenso por gradiente sobre la superficie $1, en PyTorch.',
  ],
  [
    /^Gradient descent on the surface (.+), in TensorFlow with Keras's optimizers\.$/,
    'Descenso por gradiente sobre la superficie $1, en TensorFlow con los optimizadores de Keras.',
  ],
  [/^Gradient descent on (f\(.*\)), in PyTorch\.$/, 'Descenso por gradiente sobre $1, en PyTorch.'],
  [
    /^Gradient descent on (f\(.*\)), in TensorFlow with Keras's optimizers\.$/,
    'Descenso por gradiente sobre $1, en TensorFlow con los optimizadores de Keras.',
  ],
  [/^Training (.+) with the (\w+) loss, in PyTorch\.$/, 'Entrenamiento de $1 con la pérdida $2, en PyTorch.'],
  [
    /^Training (.+) with the (\w+) loss, in TensorFlow with Keras's optimizers\.$/,
    'Entrenamiento de $1 con la pérdida $2, en TensorFlow con los optimizadores de Keras.',
  ],
  [
    /^Written by descenso \(`descenso export FILE\.json --to (\w+)`\)\. Run as it is, it prints each$/,
    'Escrito por descenso (`descenso export FILE.json --to $1`). Ejecutado tal cual, imprime el avance de cada',
  ],
  [/^( *)\(left out: descenso cannot run it: (.*)\)$/, '$1(omitida: descenso no puede ejecutarla: $2)'],
  [/^Run (\d+), (.*): not run — (.*)$/, 'Ejecución $1, $2: no se ejecuta — $3'],
  [/^The function, as descenso reads it: (.*)$/, 'La función, tal como la lee descenso: $1'],
  [/^The surface (\S+), as descenso reads it: (.*)$/, 'La superficie $1, tal como la lee descenso: $2'],
  [
    /^Simulated as descenso draws it \(family (\w+)\): NumPy's RandomState\((\d+)\),\nx drawn uniform first, then all the noise at once, added last\.$/,
    'Simulados como los sortea descenso (familia $1): RandomState($2) de NumPy,\nprimero x uniforme y luego todo el ruido de una vez, sumado al final.',
  ],
  [
    /^Simulated as descenso draws it \(family (\w+)\): NumPy's RandomState\((\d+)\),\nthen all the noise at once, added last\.$/,
    'Simulados como los sortea descenso (familia $1): RandomState($2) de NumPy,\nluego todo el ruido de una vez, sumado al final.',
  ],
  [
    /^The mean squared error \(1\/n\)·Σ\(p − y\)², of the model (\S+) on \(x, y\)\.$/,
    'El error cuadrático medio (1/n)·Σ(p − y)², del modelo $1 en (x, y).',
  ],
  [
    /^The mean absolute error \(1\/n\)·Σ\|p − y\|, of the model (\S+) on \(x, y\)\.$/,
    'El error absoluto medio (1/n)·Σ|p − y|, del modelo $1 en (x, y).',
  ],
  [
    /^The sum of squared errors Σ\(y − p\)², of the model (\S+) on \(x, y\)\.$/,
    'La suma de errores al cuadrado Σ(y − p)², del modelo $1 en (x, y).',
  ],
  [
    /^The binary cross-entropy on the logits, the mean of softplus\(z\) − y·z, of the model (\S+) on \(x, y\)\.$/,
    'La entropía cruzada binaria sobre los logits, la media de softplus(z) − y·z, del modelo $1 en (x, y).',
  ],
  [
    /^The Huber's loss, the mean of ½r² where \|r\| ≤ δ and δ\(\|r\| − ½δ\) beyond, of the model (\S+) on \(x, y\)\.$/,
    'La pérdida de Huber, la media de ½r² donde |r| ≤ δ y δ(|r| − ½δ) más allá, del modelo $1 en (x, y).',
  ],
];

export const spanishScriptText: Phrasebook = { exact: new Map(exact), patterns };
