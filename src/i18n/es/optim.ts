import type { optim as en, OptimExpected } from '../en/optim.js';
import { didYouMean } from './core.js';

/** Mensajes de los optimizadores, las planificaciones y las transformaciones del gradiente (español). */

const expected: Record<OptimExpected, string> = {
  positive: 'un número finito > 0',
  nonNegative: 'un número finito ≥ 0',
  unitOpen: 'un número en [0, 1)',
  unitClosed: 'un número en [0, 1]',
  unitInterior: 'un número estrictamente entre 0 y 1',
  boolean: 'true o false',
  dtype: "'float64' o 'float32'",
  lr: 'un número finito > 0, una función de planificación o una especificación de planificación',
  positiveInteger: 'un entero ≥ 1',
  nonNegativeInteger: 'un entero ≥ 0',
  finite: 'un número finito',
  function: 'una función',
  notAboveLr: 'un número de 0 a lr',
  object: 'un objeto de opciones',
};

const SEARCHES = [
  'Ni PyTorch ni Keras lo ofrecen como optimizador (salvo torch.optim.LBFGS); las dos convenciones son iguales. La referencia es SciPy (scripts/reference-classical.py).',
  'Pide f, y para la búsqueda de Wolfe también ∇f, en puntos de prueba a lo largo de su dirección: cada una cuenta como una evaluación, y los puntos de prueba se guardan para dibujarlos. lr es el primer paso de prueba (su tope, en la búsqueda de Wolfe).',
  'No puede entrenar un modelo en fit, que no tiene valores de la función que darle; no admite recorte (la búsqueda lineal ya acota el paso).',
];
const WOLFE_ES =
  'La búsqueda de Wolfe fuerte es la de los algoritmos 3.5 y 3.6 de Nocedal y Wright con las salvaguardas de SciPy; su primer paso de prueba es min(lr, 1.01·2·(f − f₋₁)/gᵀd), como lo eligen BFGS y CG de SciPy.';

export const optim: typeof en = {
  'optim-bad-option': (p) =>
    `${p.option} no válido para ${p.owner}: ${p.value} (se esperaba ${expected[p.expected]})`,
  'optim-unknown': (p) =>
    `optimizador desconocido ${p.name}${didYouMean(p.suggestion)}; los optimizadores son: ${p.valid}`,
  'optim-unknown-option': (p) =>
    `${p.owner} no tiene la opción "${p.option}"${didYouMean(p.suggestion)}; sus opciones son: ${p.valid}`,
  'optim-duplicate-option': (p) => `${p.owner}: indique ${p.option} o su alias ${p.alias}, no ambos`,
  'optim-unknown-convention': (p) =>
    `convención desconocida ${p.convention}${didYouMean(p.suggestion)}; las convenciones son: ${p.valid}`,
  'optim-unknown-schedule': (p) =>
    `planificación desconocida ${p.kind}${didYouMean(p.suggestion)}; las planificaciones son: ${p.valid}`,
  'optim-option-fixed': (p) =>
    `la convención ${p.convention} de ${p.optimizer} no tiene la opción ${p.option}: vale siempre ${p.fixed}`,
  'optim-nesterov': (p) =>
    `el momento de Nesterov necesita momentum > 0 y dampening 0 (se recibió momentum ${p.momentum}, dampening ${p.dampening})`,
  'optim-needs-hessian': (p) =>
    `${p.optimizer} necesita la hessiana: pase extra.hessian, una matriz n×n por filas para cada array de parámetros`,
  'optim-needs-values': (p) =>
    `${p.optimizer} busca a lo largo de su dirección: pase extra.value y extra.valueAndGrad, la función (y su gradiente) en otros parámetros`,
  'optim-wolfe-order': (p) =>
    `${p.optimizer}: las condiciones de Wolfe necesitan c1 < c2 (se recibió c1 ${p.c1}, c2 ${p.c2})`,
  'optim-needs-params': (p) =>
    `${p.transform} necesita los parámetros actuales: páselos como tercer argumento de update()`,
  'optim-needs-value': (p) =>
    `${p.optimizer} necesita valores de la función: pase extra.value, f en otros parámetros`,
  'optim-bad-lr': (p) =>
    `la planificación de la tasa de aprendizaje dio ${p.value} en el paso ${p.step} (se esperaba un número finito ≥ 0)`,

  'optim-schedule-text-pair': (p) =>
    `${p.where} ${p.text}: se esperaba clave=valor tras el tipo, se recibió ${p.part} (por ejemplo exponential:gamma=0.9)`,
  'optim-schedule-text-value': (p) =>
    `${p.where} ${p.kind}: ${p.key}=${p.value} no es ${p.expected === 'number' ? 'un número decimal' : 'true ni false'}`,
  'optim-schedule-text-twice': (p) => `${p.where} ${p.kind}: ${p.key} aparece dos veces`,
  'optim-schedule-text-missing': (p) =>
    p.key === 'lr'
      ? `${p.where} ${p.kind} necesita una tasa de aprendizaje base: lr=… en el texto, o --lr en la línea de órdenes (por ejemplo --lr 0.1 --lr-schedule ${p.example})`
      : `${p.where} ${p.kind} necesita ${p.key}=… (por ejemplo ${p.example})`,
  'optim-schedule-depth': (p) =>
    `${p.where}: la base de un warmup admite como mucho ${p.max} planificaciones anidadas`,

  'optim-option-lr': () => 'tasa de aprendizaje',
  'optim-option-momentum': () => 'momento: la parte del último paso que se lleva al siguiente',
  'optim-option-dampening': () =>
    'amortiguación: la parte del gradiente que no entra en el búfer del momento',
  'optim-option-nesterov': () => 'momento de Nesterov: el paso de gradiente se da desde el punto adelantado',
  'optim-option-beta1': () => 'decaimiento del primer momento, la media móvil de los gradientes',
  'optim-option-beta2': () =>
    'decaimiento de la segunda media móvil: la de los gradientes al cuadrado, o la del momento en lion',
  'optim-option-eps': () => 'se suma al denominador por estabilidad numérica',
  'optim-option-amsgrad': () => 'AMSGrad: divide por el máximo acumulado del segundo momento',
  'optim-option-rho': () => 'decaimiento de la media móvil de los gradientes al cuadrado',
  'optim-option-centered': () => 'RMSprop centrado: resta el cuadrado del gradiente medio',
  'optim-option-weightDecay': () => 'decaimiento de pesos (L2 acoplado en pytorch, desacoplado en keras)',
  'optim-option-initialAccumulator': () => 'valor inicial de la suma de gradientes al cuadrado',
  'optim-option-momentumDecay': () => 'lo rápido que la planificación del momento de nadam sube hasta β₁',
  'optim-option-damping': () => 'se suma a la diagonal de la hessiana',
  'optim-option-c1': () => 'descenso suficiente de la búsqueda lineal: f(p + α·d) ≤ f(p) + c₁·α·gᵀd',
  'optim-option-c2': () => 'condición de curvatura de la búsqueda de Wolfe: |∇f(p + α·d)ᵀd| ≤ c₂·|gᵀd|',
  'optim-option-shrink': () => 'retroceso: cada paso α rechazado se multiplica por γ',
  'optim-option-memory': () => 'L-BFGS: cuántos pasos pasados (s, y) dan forma a la dirección',
  'optim-option-scaled': () =>
    'empieza la estimación de la inversa de la hessiana en (sᵀy/yᵀy)·I en lugar de I',
  'optim-option-adaptive': () =>
    'Nelder–Mead: coeficientes según la dimensión (Gao y Han: χ = 1 + 2/n, ψ = ¾ − 1/(2n), σ = 1 − 1/n)',
  'optim-option-clipNorm': () =>
    'recorta el gradiente a esta norma L2 global, antes que nada (clip_grad_norm_ de torch, global_clipnorm de Keras)',
  'optim-option-clipValue': () =>
    'recorta cada componente del gradiente a [−c∞, c∞], antes que nada (clip_grad_value_ de torch, clipvalue de Keras)',

  // El nombre de cada opción en palabras (las etiquetas del laboratorio; el símbolo va al lado).
  'optim-label-lr': () => 'tasa de aprendizaje',
  'optim-label-momentum': () => 'momento',
  'optim-label-dampening': () => 'amortiguación del momento',
  'optim-label-nesterov': () => 'momento de Nesterov',
  'optim-label-beta1': () => 'decaimiento del primer momento',
  'optim-label-beta2': () => 'decaimiento del segundo momento',
  'optim-label-eps': () => 'término de estabilidad',
  'optim-label-amsgrad': () => 'AMSGrad',
  'optim-label-rho': () => 'decaimiento de los cuadrados',
  'optim-label-centered': () => 'centrado',
  'optim-label-weightDecay': () => 'decaimiento de pesos',
  'optim-label-initialAccumulator': () => 'acumulador inicial',
  'optim-label-momentumDecay': () => 'decaimiento del momento',
  'optim-label-damping': () => 'amortiguamiento de la hessiana',
  'optim-label-c1': () => 'descenso suficiente',
  'optim-label-c2': () => 'curvatura',
  'optim-label-shrink': () => 'factor de retroceso',
  'optim-label-memory': () => 'memoria',
  'optim-label-scaled': () => 'inicio escalado',
  'optim-label-adaptive': () => 'coeficientes adaptativos',
  'optim-label-clipNorm': () => 'recorte por norma',
  'optim-label-clipValue': () => 'recorte por valor',

  'optim-about-sgd': () => 'descenso de gradiente, con momento (de Nesterov) opcional',
  'optim-about-sign': () =>
    'descenso por signo: un paso fijo contra el signo de cada componente del gradiente',
  'optim-about-adagrad': () =>
    'pasos por coordenada que encogen con la suma de todos los gradientes al cuadrado anteriores',
  'optim-about-rmsprop': () =>
    'pasos por coordenada divididos por una media cuadrática móvil de los gradientes',
  'optim-about-adadelta': () =>
    'RMSprop cuyo tamaño de paso es una media cuadrática móvil de los pasos anteriores',
  'optim-about-adam': () => 'momento y escalado RMS, ambos con corrección del sesgo',
  'optim-about-adamw': () => 'Adam con decaimiento de pesos desacoplado',
  'optim-about-adamax': () => 'Adam con un segundo momento en norma infinito',
  'optim-about-nadam': () => 'Adam con momento de Nesterov',
  'optim-about-lion': () => 'el signo de un momento interpolado (evolved sign momentum)',
  'optim-about-newton': () => 'pasos de Newton amortiguados a partir de la hessiana',
  'optim-about-gd-armijo': () => 'descenso de gradiente cuyo paso se halla por retroceso (Armijo)',
  'optim-about-gd-wolfe': () =>
    'descenso de gradiente cuyo paso se halla con una búsqueda lineal de Wolfe fuerte',
  'optim-about-cg-fr': () =>
    'gradiente conjugado no lineal, Fletcher–Reeves, con búsqueda lineal de Wolfe fuerte',
  'optim-about-cg-pr': () =>
    'gradiente conjugado no lineal, Polak–Ribière+, con búsqueda lineal de Wolfe fuerte',
  'optim-about-bfgs': () =>
    'cuasi-Newton: una estimación de la inversa de la hessiana construida con los pasos (BFGS), con búsqueda lineal',
  'optim-about-lbfgs': () =>
    'BFGS con solo los últimos m pasos (recursión de dos bucles), con búsqueda lineal',
  'optim-about-nelder-mead': () =>
    'sin derivadas: un símplex de n + 1 puntos que se refleja, expande, contrae y encoge (Nelder–Mead)',

  'optim-differences-sgd': () =>
    [
      'Tasa de aprendizaje por defecto 0.001 en PyTorch, 0.01 en Keras.',
      'PyTorch guarda un búfer b ← μ·b + (1 − τ)·g (el primer paso pone b = g, sin amortiguar) y avanza p ← p − lr·b; Keras guarda una velocidad v ← μ·v − lr·g y avanza p ← p + v. Con tasa constante y sin dampening ambos dan la misma trayectoria (v = −lr·b); con una planificación difieren, porque Keras mete la tasa de cada paso en la velocidad.',
      'Keras no tiene dampening: en la convención keras vale siempre 0.',
      'Decaimiento de pesos: PyTorch suma λ·p al gradiente (L2, acoplado, así que entra en el momento); Keras primero encoge los pesos, p ← p − lr·λ·p (desacoplado).',
    ].join('\n'),
  'optim-differences-sign': () =>
    [
      'Ningún framework trae el descenso por signo: es la actualización del tutorial x ← x − α·sign(g), con sign(0) = 0 para que el iterado se quede donde el gradiente se anula exactamente.',
      'Las convenciones solo difieren en cómo entra el decaimiento de pesos: sign(g + λ·p) en pytorch, p ← p − lr·λ·p en keras.',
    ].join('\n'),
  'optim-differences-adagrad': () =>
    [
      'Tasa de aprendizaje por defecto 0.01 en PyTorch, 0.001 en Keras.',
      'Acumulador inicial 0 en PyTorch, 0.1 en Keras: partiendo de 0, el primer paso es lr por coordenada sea cual sea el tamaño del gradiente.',
      'ε es 1e-10 sumado tras la raíz cuadrada en PyTorch, 1e-7 dentro de ella en Keras.',
      'El lr_decay de PyTorch, lr/(1 + (t − 1)·decay), es la planificación inverseTime con decaySteps 1.',
      'Decaimiento de pesos: L2 acoplado en PyTorch, desacoplado en Keras.',
    ].join('\n'),
  'optim-differences-rmsprop': () =>
    [
      'ρ (PyTorch lo llama alpha) es 0.99 en PyTorch y 0.9 en Keras; la tasa de aprendizaje, 0.01 y 0.001.',
      'ε es 1e-8 sumado tras la raíz cuadrada en PyTorch, 1e-7 dentro de ella en Keras.',
      'Con momento, PyTorch acumula g/√v y multiplica por lr al avanzar; Keras acumula lr·g/√v. Las trayectorias coinciden con tasa constante.',
      'Centrado: √(v − ḡ²) + ε en PyTorch, √(v − ḡ² + ε) en Keras; descenso recorta v − ḡ² en 0 donde el redondeo lo haría ligeramente negativo.',
      'Decaimiento de pesos: L2 acoplado en PyTorch, desacoplado en Keras.',
    ].join('\n'),
  'optim-differences-adadelta': () =>
    [
      'La misma fórmula con otros valores por defecto: tasa 1.0 en PyTorch (como en el artículo) y 0.001 en Keras, ρ 0.9 y 0.95, ε 1e-6 y 1e-7.',
      'Con los valores de Keras Adadelta apenas se mueve: su primer paso es de unos 1.4e-6 por coordenada, el de PyTorch de unos 3.2e-3.',
      'Decaimiento de pesos: L2 acoplado en PyTorch, desacoplado en Keras.',
    ].join('\n'),
  'optim-differences-adam': () =>
    [
      'ε es 1e-8 en PyTorch y 1e-7 en Keras, y está en otro sitio: PyTorch lo suma a √v̂ tras corregir el sesgo, lr·m̂/(√v̂ + ε); Keras lo suma a √v antes, αₜ·m/(√v + ε) con αₜ = lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ). En la forma de PyTorch el ε de Keras es ε·√(1 − β₂ᵗ), y se nota cuando los gradientes son diminutos.',
      'AMSGrad guarda en ambos el máximo acumulado de v y lo usa en lugar de v.',
      'Decaimiento de pesos: L2 acoplado en el Adam de PyTorch; desacoplado en Keras (Adam con weight_decay es AdamW).',
    ].join('\n'),
  'optim-differences-adamw': () =>
    [
      'Ambos desacoplan el decaimiento de pesos, p ← p − lr·λ·p junto al paso de Adam; λ por defecto es 0.01 en PyTorch y 0.004 en Keras.',
      'ε y su sitio como en adam: 1e-8 tras la corrección del sesgo en PyTorch, 1e-7 antes de ella en Keras.',
    ].join('\n'),
  'optim-differences-adamax': () =>
    [
      'Tasa de aprendizaje por defecto 0.002 en PyTorch, 0.001 en Keras; ε 1e-8 y 1e-7.',
      'PyTorch pone ε dentro del máximo, u ← max(β₂·u, |g| + ε); Keras lo suma después, m/((1 − β₁ᵗ)·(u + ε)).',
      'Decaimiento de pesos: L2 acoplado en PyTorch, desacoplado en Keras.',
    ].join('\n'),
  'optim-differences-nadam': () =>
    [
      'El calendario del momento es μₜ = β₁·(1 − ½·0.96^(t·ψ)). El momentum_decay ψ = 0.004 de PyTorch empieza con μ cerca de β₁/2 y lo sube despacio; Keras usa 0.96ᵗ, es decir ψ = 1, así que μ llega a β₁ en unas pocas decenas de pasos. En la convención keras ψ vale siempre 1.',
      'Tasa de aprendizaje por defecto 0.002 en PyTorch, 0.001 en Keras; ε 1e-8 y 1e-7, sumado en ambos tras la raíz de la v corregida.',
      'Decaimiento de pesos: L2 acoplado en PyTorch, desacoplado en Keras.',
    ].join('\n'),
  'optim-differences-lion': () =>
    [
      'PyTorch no tiene Lion en torch.optim: la convención pytorch toma los valores del artículo (lr 1e-4, β₁ 0.9, β₂ 0.99); la tasa de Keras es 1e-3.',
      'El decaimiento de pesos está desacoplado en ambos, p ← p − lr·λ·p, como en el artículo.',
    ].join('\n'),
  'optim-differences-newton': () =>
    [
      'Ningún framework trae el método de Newton; las dos convenciones son iguales.',
      'Necesita la hessiana: extra.hessian, una matriz n×n por filas para cada array de parámetros (arrays distintos son bloques distintos).',
      'Cuando H + δ·I es definida positiva (su factorización de Cholesky sale bien) el paso es el de Newton amortiguado. Si no, descenso modifica los autovalores: H = Q·Λ·Qᵀ y cada autovalor μ pasa a ser max(|μ|, 1e-6·max(1, max|μ|)) + δ, así que el paso sigue bajando con la escala de Newton, y en un punto de silla se aleja por las direcciones de curvatura negativa.',
      'Su álgebra lineal se hace en float64; en modo float32 solo se redondea el resultado.',
    ].join('\n'),
  'optim-differences-gd-armijo': () =>
    [
      ...SEARCHES,
      'El retroceso prueba lr, γ·lr, γ²·lr, … y toma el primer paso que hace bajar f lo suficiente (Nocedal y Wright, algoritmo 3.1).',
    ].join('\n'),
  'optim-differences-gd-wolfe': () => [...SEARCHES, WOLFE_ES].join('\n'),
  'optim-differences-cg-fr': () =>
    [
      ...SEARCHES,
      WOLFE_ES,
      'Se reinicia según −g cada n pasos (n parámetros) y siempre que la dirección no baje; c₂ = 0.1 mantiene el descenso de Fletcher–Reeves (necesita c₂ < ½).',
    ].join('\n'),
  'optim-differences-cg-pr': () =>
    [
      ...SEARCHES,
      WOLFE_ES,
      'β se recorta en 0 (PR+), que ya reinicia por sí solo; además se reinicia cada n pasos y siempre que la dirección no baje.',
    ].join('\n'),
  'optim-differences-bfgs': () =>
    [
      ...SEARCHES,
      WOLFE_ES,
      'H₀ = I como en el BFGS de SciPy (scaled: (yᵀs/yᵀy)·I antes de la primera actualización, ec. 6.20 de Nocedal y Wright); un par con yᵀs ≤ 0 se omite.',
    ].join('\n'),
  'optim-differences-lbfgs': () =>
    [
      ...SEARCHES,
      WOLFE_ES,
      'H₀ = I por omisión, así que con m al menos igual al número de pasos da los pasos de BFGS; scaled usa γ = sᵀy/yᵀy del par más reciente (ec. 7.20 de Nocedal y Wright). El L-BFGS-B de SciPy es distinto: otra búsqueda lineal (la de MINPACK) y siempre escalado.',
    ].join('\n'),
  'optim-differences-nelder-mead': () =>
    [
      "Ni PyTorch ni Keras lo tienen; las dos convenciones son iguales. La referencia es minimize(method='Nelder-Mead') de SciPy (scripts/reference-nelder-mead.py): el mismo primer símplex (un 5 % de cada coordenada no nula, 0,00025 para una nula), los mismos coeficientes, los mismos iterados.",
      'Usa solo f, mediante extra.value: no evalúa ni cuenta ningún gradiente. Un paso es una iteración del símplex (1 o 2 evaluaciones de f, n + 2 tras un encogimiento; el primer paso evalúa además el primer símplex). El punto de un paso es el mejor vértice, que a menudo no se mueve.',
      'Su parada: --tol t es xatol = fatol = t de SciPy (cada vértice a menos de t del mejor en cada coordenada, cada valor a menos de t del mejor); una parada por cambio del valor usa la dispersión de los valores del símplex. No tiene tasa de aprendizaje ni recorte, y no puede entrenar un modelo en fit.',
    ].join('\n'),
};
