import type { Phrasebook } from '../../export/localize.js';
import { optimizerTexts } from './export-script-optim.js';

/**
 * The Spanish of the exported scripts (src/export/localize.ts turns a script with it): each English
 * text a generator writes — a comment or a block of them, a docstring or one of its lines, a
 * printed message — and its Spanish. Keys are the generators' English byte for byte (a changed
 * English text needs its entry changed too: the export tests find any English left). Code, names,
 * numbers, statuses and the CSV never pass through here. What they say of the optimizers is in
 * export-script-optim.ts.
 */

/** The script's frame: its sections, the function and the data, the loop, what it prints. */
const frame: [string, string][] = [
  ['The runs', 'Las ejecuciones'],
  ['The data', 'Los datos'],
  ['The descent', 'El descenso'],
  ['Training', 'El entrenamiento'],
  ['The function and its gradient', 'La función y su gradiente'],
  ['The function; JAX differentiates it', 'La función; JAX la deriva'],
  ['The model and the loss', 'El modelo y la pérdida'],
  ['The model and the loss; JAX differentiates the loss', 'El modelo y la pérdida; JAX deriva la pérdida'],
  ['The CSV of `descenso run FILE.json --format csv`', 'El CSV de `descenso run FILE.json --format csv`'],
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
    'A label as a CSV cell, quoted (and kept from reading as a spreadsheet formula) as descenso does.',
    'Una etiqueta como celda del CSV, entre comillas (y sin que una hoja de cálculo la lea como fórmula), como hace descenso.',
  ],
  [
    'A number as JavaScript prints it: the shortest round-trip digits; empty if not finite.',
    'Un número como lo imprime JavaScript: las cifras más cortas que lo reproducen; vacío si no es finito.',
  ],
  [
    'Binary cross-entropy on the logits z: the mean of softplus(z) − y·z.',
    'Entropía cruzada binaria sobre los logits z: la media de softplus(z) − y·z.',
  ],
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
  ['Mean absolute error, (1/n)·Σ|p − y|.', 'Error absoluto medio, (1/n)·Σ|p − y|.'],
  ['Mean squared error, (1/n)·Σ(p − y)², no ½.', 'Error cuadrático medio, (1/n)·Σ(p − y)², sin ½.'],
  [
    'One header line, then one line per row: text cells quoted, numbers as JavaScript writes them.',
    'Una línea de cabecera y luego una línea por fila: las celdas de texto entre comillas, los números como los escribe JavaScript.',
  ],
  [
    'PyTorch: m̂/(√v̂ + ε), with m̂ = m/(1 − β₁ᵗ) and √v̂ = √v/√(1 − β₂ᵗ)',
    'PyTorch: m̂/(√v̂ + ε), con m̂ = m/(1 − β₁ᵗ) y √v̂ = √v/√(1 − β₂ᵗ)',
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
    'log(1 + eʸ) without overflow: z + log1p(e⁻ᶻ) for z > 0, log1p(eᶻ) otherwise.',
    'log(1 + eʸ) sin desbordamiento: z + log1p(e⁻ᶻ) si z > 0, log1p(eᶻ) si no.',
  ],
  ['n: where the decimal point goes', 'n: dónde va la coma decimal'],
  [
    'record the start, every EVERY-th step and the last',
    'registra el inicio, un paso de cada EVERY y el último',
  ],
  ['relu′: 1 where z > 0', 'relu′: 1 donde z > 0'],
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
  ['the parameters, one number per column', 'los parámetros, un número por columna'],
  ['the precision of every number of the run', 'la precisión de cada número de la ejecución'],
  ['the region f is about', 'la región que interesa de f'],
  ['the region the function is about', 'la región que interesa de la función'],
  ['the same in both conventions', 'igual en ambas convenciones'],
  ['the step of the difference quotients', 'el paso de los cocientes de diferencias'],
  ['the step of the differences', 'el paso de las diferencias'],
  ['w·x, a line through the origin.', 'w·x, una recta que pasa por el origen.'],
  ['x·w + b, x a matrix of one row per point.', 'x·w + b, con x una matriz de una fila por punto.'],
  [
    '(H + δ·I)⁻¹·g, or along the eigenvectors with |μ| floored when H + δ·I is not positive definite.',
    '(H + δ·I)⁻¹·g, o a lo largo de los vectores propios con |μ| acotado por abajo cuando H + δ·I no es definida positiva.',
  ],
  [
    'The points of the experiment, embedded number for number.',
    'Los puntos del experimento, copiados aquí número a número.',
  ],
  ['too many parameters to keep', 'demasiados parámetros para guardarlos'],
  [
    'How a step ends: diverged (not finite, or f or a coordinate far beyond where it started),\nleft-domain, or ok. Far is judged relative to the start: 1e12·max(1, |f0|) for f, and\n1e8·max(1, ‖start‖∞) for a coordinate.\n',
    'Cómo acaba un paso: diverged (no finito, o f o una coordenada muy lejos de donde empezó),\nleft-domain, u ok. Lo lejos se juzga respecto del inicio: 1e12·max(1, |f0|) para f, y\n1e8·max(1, ‖start‖∞) para una coordenada.\n',
  ],
  [
    "a**n for an integer n ≥ 1, multiplied out as descenso's engine does: a^(2m) = a^m·a^m,\na^(2m+1) = a^m·a^m·a (pow() rounds the last bit differently, and difference quotients show it).",
    'a**n para un entero n ≥ 1, multiplicado como lo hace el motor de descenso: a^(2m) = a^m·a^m,\na^(2m+1) = a^m·a^m·a (pow() redondea distinto el último bit, y los cocientes de diferencias lo notan).',
  ],
  [
    "softplus(z) = log(1 + eᶻ); torch's returns z itself past threshold 20, where log(1 + e⁻ᶻ)\nstill shows in the digits: past 40 it does not.",
    'softplus(z) = log(1 + eᶻ); la de torch devuelve z tal cual pasado el umbral 20, donde\nlog(1 + e⁻ᶻ) aún se nota en las cifras: pasado 40 ya no.',
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

export const spanishScriptText: Phrasebook = { exact: new Map([...frame, ...optimizerTexts]), patterns };
