import type { Lesson } from '../types.js';

/** Seed 000: gradient descent on the peaks loss, by hand with finite differences, then with Keras's optimizers. */
export const lesson: Lesson = {
  id: 'peaks',
  version: 1,
  tutorial: '000',
  title: {
    es: 'Descenso del gradiente sobre peaks',
    en: 'Gradient descent on peaks',
  },
  summary: {
    es: 'Cinco pasos de descenso del gradiente sobre una superficie con montes y valles, calculados a mano con diferencias finitas y después con el SGD de Keras, y cuatro optimizadores de Keras lado a lado.',
    en: 'Five steps of gradient descent on a surface of hills and valleys, computed by hand with finite differences and then with Keras’s SGD, and four Keras optimizers side by side.',
  },
  steps: [
    {
      title: { es: 'Un paisaje y un punto de partida', en: 'A landscape and a starting point' },
      text: {
        es: 'La pérdida es la función *peaks* de dos pesos, w₀ y w₁: tres montes y dos valles sobre [−3, 3]². El mapa usa el aspecto del tutorial: colores fríos para lo bajo, cálidos para lo alto, una estrella roja en el punto de partida (−0,35, −0,67).\n\nEl tutorial no deriva la fórmula: estima cada derivada parcial moviendo un peso h = 10⁻⁵ y dividiendo lo que cambia la pérdida entre h. Después da un paso de 0,03 veces ese gradiente cuesta abajo.',
        en: 'The loss is the *peaks* function of two weights, w₀ and w₁: three hills and two valleys over [−3, 3]². The map uses the tutorial’s look: cool colours for low, warm for high, a red star at the start (−0.35, −0.67).\n\nThe tutorial does not differentiate the formula: it estimates each partial derivative by moving one weight by h = 10⁻⁵ and dividing the change in the loss by h. Then it steps 0.03 times that gradient downhill.',
      },
      experiment: {
        kind: 'descend',
        version: 2,
        surface: 'peaks',
        start: [-0.35, -0.67],
        steps: 5,
        gradient: 'forward',
        h: 0.00001,
        optimizers: [{ name: 'gd', options: { lr: 0.03 }, label: 'GD' }],
        view: { style: 'tutorial' },
      },
      question: {
        prompt: {
          es: 'Desde (−0,35, −0,67), ¿hacia dónde irá el primer paso?',
          en: 'From (−0.35, −0.67), which way will the first step go?',
        },
        choices: [
          { es: 'A la derecha y hacia abajo: w₀ crece, w₁ baja', en: 'Right and down: w₀ grows, w₁ falls' },
          { es: 'A la izquierda y hacia arriba: w₀ baja, w₁ crece', en: 'Left and up: w₀ falls, w₁ grows' },
          { es: 'A ninguna parte: el punto ya es un mínimo', en: 'Nowhere: the point is already a minimum' },
        ],
        answer: 0,
        reveal: {
          es: 'El gradiente en el punto de partida es de unos (−2,69, 1,82): la pérdida sube hacia la izquierda y hacia arriba. El paso va en sentido contrario, 0,03 veces más corto: (+0,081, −0,055), hacia el valle profundo cerca de (0,23, −1,63).',
          en: 'The gradient at the start is about (−2.69, 1.82): the loss rises to the left and upwards. The step goes the other way, 0.03 times as long: (+0.081, −0.055), towards the deep valley near (0.23, −1.63).',
        },
      },
      numbers: [
        {
          label: { es: 'w₀ al partir', en: 'w₀ at the start' },
          printed: '-0.35',
          path: 'runs.0.points.0.0',
          tolerance: 0,
          format: 8,
        },
        {
          label: { es: 'w₁ al partir', en: 'w₁ at the start' },
          printed: '-0.67',
          path: 'runs.0.points.0.1',
          tolerance: 0,
          format: 8,
        },
        {
          label: { es: 'w₀ tras el paso 1 (a mano)', en: 'w₀ after step 1 (by hand)' },
          printed: '-0.26931594',
          path: 'runs.0.points.1.0',
          tolerance: 0,
          format: 8,
        },
        {
          label: { es: 'w₁ tras el paso 1 (a mano)', en: 'w₁ after step 1 (by hand)' },
          printed: '-0.72470447',
          path: 'runs.0.points.1.1',
          tolerance: 0,
          format: 8,
        },
      ],
    },
    {
      title: { es: 'Cinco pasos del mismo tamaño… o no', en: 'Five steps of the same size… or not' },
      text: {
        es: 'Los cinco pasos usan la misma tasa de aprendizaje, 0,03. Sigue el camino amarillo de la estrella roja a la azul con el botón de reproducir, paso a paso.\n\nLos números de la tabla son los que imprimió el tutorial, a la octava cifra: el cálculo es el mismo, en coma flotante de 64 bits.',
        en: 'All five steps use the same learning rate, 0.03. Follow the yellow path from the red star to the blue one with the play button, one step at a time.\n\nThe numbers in the table are the ones the tutorial printed, to the eighth decimal: the computation is the same, in 64-bit floating point.',
      },
      question: {
        prompt: {
          es: 'Con la misma tasa de aprendizaje en los cinco pasos, ¿cómo son sus longitudes?',
          en: 'With the same learning rate for all five steps, how long are they?',
        },
        choices: [
          {
            es: 'Iguales: la tasa de aprendizaje fija el tamaño del paso',
            en: 'Equal: the learning rate sets the step size',
          },
          { es: 'Primero crecen y luego se acortan', en: 'First they grow, then they shorten' },
          { es: 'Cada vez más cortos', en: 'Shorter and shorter' },
        ],
        answer: 1,
        reveal: {
          es: 'El paso es 0,03 veces el gradiente, así que mide lo empinado del terreno. La ladera se hace más pendiente al bajar al valle (pasos de 0,10, 0,18, 0,30 y 0,38) y se aplana cerca del fondo (0,19).',
          en: 'The step is 0.03 times the gradient, so it measures how steep the ground is. The slope gets steeper on the way down into the valley (steps of 0.10, 0.18, 0.30 and 0.38) and flattens near the bottom (0.19).',
        },
      },
      numbers: [
        {
          label: { es: 'w₀ tras el paso 2 (a mano)', en: 'w₀ after step 2 (by hand)' },
          printed: '-0.13292324',
          path: 'runs.0.points.2.0',
          tolerance: 0,
          format: 8,
        },
        {
          label: { es: 'w₁ tras el paso 2 (a mano)', en: 'w₁ after step 2 (by hand)' },
          printed: '-0.838827',
          path: 'runs.0.points.2.1',
          tolerance: 0,
          format: 8,
        },
        {
          label: { es: 'w₀ tras el paso 3 (a mano)', en: 'w₀ after step 3 (by hand)' },
          printed: '0.0654496',
          path: 'runs.0.points.3.0',
          tolerance: 0,
          format: 8,
        },
        {
          label: { es: 'w₁ tras el paso 3 (a mano)', en: 'w₁ after step 3 (by hand)' },
          printed: '-1.06459902',
          path: 'runs.0.points.3.1',
          tolerance: 0,
          format: 8,
        },
        {
          label: { es: 'w₀ tras el paso 4 (a mano)', en: 'w₀ after step 4 (by hand)' },
          printed: '0.24087009',
          path: 'runs.0.points.4.0',
          tolerance: 0,
          format: 8,
        },
        {
          label: { es: 'w₁ tras el paso 4 (a mano)', en: 'w₁ after step 4 (by hand)' },
          printed: '-1.40749396',
          path: 'runs.0.points.4.1',
          tolerance: 0,
          format: 8,
        },
        {
          label: { es: 'w₀ tras el paso 5 (a mano)', en: 'w₀ after step 5 (by hand)' },
          printed: '0.2657862',
          path: 'runs.0.points.5.0',
          tolerance: 0,
          format: 8,
        },
        {
          label: { es: 'w₁ tras el paso 5 (a mano)', en: 'w₁ after step 5 (by hand)' },
          printed: '-1.59573582',
          path: 'runs.0.points.5.1',
          tolerance: 0,
          format: 8,
        },
      ],
    },
    {
      title: { es: 'El mismo camino con el SGD de Keras', en: 'The same walk with Keras’s SGD' },
      text: {
        es: 'El tutorial repite los cinco pasos con tf.keras.optimizers.SGD(learning_rate=0.03). Ahora TensorFlow calcula el gradiente exacto, por diferenciación automática, y trabaja en coma flotante de 32 bits. Aquí el laboratorio hace lo mismo: gradiente exacto, float32 y la convención de Keras.\n\nEl tutorial dice que el resultado es «prácticamente el mismo». Compara las dos tablas cifra a cifra.',
        en: 'The tutorial repeats the five steps with tf.keras.optimizers.SGD(learning_rate=0.03). Now TensorFlow computes the exact gradient, by automatic differentiation, and works in 32-bit floating point. Here the lab does the same: exact gradient, float32 and the Keras convention.\n\nThe tutorial says the result is “practically the same”. Compare the two tables digit by digit.',
      },
      experiment: {
        kind: 'descend',
        version: 2,
        surface: 'peaks',
        start: [-0.35, -0.67],
        steps: 5,
        gradient: 'autodiff',
        dtype: 'float32',
        optimizers: [{ name: 'sgd', options: { lr: 0.03 }, convention: 'keras', label: 'Keras SGD' }],
        view: { style: 'tutorial' },
      },
      question: {
        prompt: {
          es: 'Los dos caminos difieren a partir de la sexta cifra decimal. ¿Por qué, sobre todo?',
          en: 'The two walks differ from the sixth decimal on. Why, mostly?',
        },
        choices: [
          { es: 'Por el redondeo de float32', en: 'Because of float32 rounding' },
          {
            es: 'Por el error de las diferencias finitas con h = 10⁻⁵',
            en: 'Because of the error of finite differences with h = 10⁻⁵',
          },
          {
            es: 'Porque el SGD de Keras usa otra fórmula de actualización',
            en: 'Because Keras’s SGD uses another update formula',
          },
        ],
        answer: 1,
        reveal: {
          es: 'Una diferencia hacia delante se equivoca en torno a h · f″/2, unos 10⁻⁴ en cada derivada parcial; por 0,03, unos 3 · 10⁻⁶ por paso. Con el gradiente exacto en float64, el camino a mano queda a unos 2 · 10⁻⁷ del de Keras: ese resto sí es float32 (y las funciones exp de TensorFlow, que no redondean igual). SGD sin momento es la misma regla en Keras y en PyTorch.',
          en: 'A forward difference is off by about h · f″/2, some 10⁻⁴ in each partial derivative; times 0.03, about 3 · 10⁻⁶ per step. With the exact gradient in float64, the hand walk comes within about 2 · 10⁻⁷ of Keras’s: that remainder is float32 (and TensorFlow’s exp, which does not round the same way). SGD without momentum is the same rule in Keras and in PyTorch.',
        },
      },
      numbers: [
        {
          label: { es: 'w₀ tras el paso 1 (Keras)', en: 'w₀ after step 1 (Keras)' },
          printed: '-0.269319',
          path: 'runs.0.points.1.0',
          tolerance: 1e-7,
          format: 8,
        },
        {
          label: { es: 'w₁ tras el paso 1 (Keras)', en: 'w₁ after step 1 (Keras)' },
          printed: '-0.72470832',
          path: 'runs.0.points.1.1',
          tolerance: 1e-7,
          format: 8,
        },
        {
          label: { es: 'w₀ tras el paso 2 (Keras)', en: 'w₀ after step 2 (Keras)' },
          printed: '-0.13292952',
          path: 'runs.0.points.2.0',
          tolerance: 1e-7,
          format: 8,
        },
        {
          label: { es: 'w₁ tras el paso 2 (Keras)', en: 'w₁ after step 2 (Keras)' },
          printed: '-0.83883744',
          path: 'runs.0.points.2.1',
          tolerance: 1e-7,
          format: 8,
        },
        {
          label: { es: 'w₀ tras el paso 3 (Keras)', en: 'w₀ after step 3 (Keras)' },
          printed: '0.06544246',
          path: 'runs.0.points.3.0',
          tolerance: 1e-7,
          format: 8,
        },
        {
          label: { es: 'w₁ tras el paso 3 (Keras)', en: 'w₁ after step 3 (Keras)' },
          printed: '-1.06462073',
          path: 'runs.0.points.3.1',
          tolerance: 1e-7,
          format: 8,
        },
        {
          label: { es: 'w₀ tras el paso 4 (Keras)', en: 'w₀ after step 4 (Keras)' },
          printed: '0.24086528',
          path: 'runs.0.points.4.0',
          tolerance: 1e-7,
          format: 8,
        },
        {
          label: { es: 'w₁ tras el paso 4 (Keras)', en: 'w₁ after step 4 (Keras)' },
          printed: '-1.40752137',
          path: 'runs.0.points.4.1',
          tolerance: 1e-7,
          format: 8,
        },
        {
          label: { es: 'w₀ tras el paso 5 (Keras)', en: 'w₀ after step 5 (Keras)' },
          printed: '0.26578248',
          path: 'runs.0.points.5.0',
          tolerance: 1e-7,
          format: 8,
        },
        {
          label: { es: 'w₁ tras el paso 5 (Keras)', en: 'w₁ after step 5 (Keras)' },
          printed: '-1.59573841',
          path: 'runs.0.points.5.1',
          tolerance: 1e-7,
          format: 8,
        },
      ],
    },
    {
      title: { es: 'Cuatro optimizadores de Keras', en: 'Four Keras optimizers' },
      text: {
        es: 'El tutorial prepara su función para probar cualquier optimizador de Keras. Aquí están cuatro, todos con tasa de aprendizaje 0,03 y 60 pasos desde el mismo punto: SGD, SGD con momento 0,9, RMSprop y Adam, con la convención de Keras (su ε y su forma de acumular el momento).\n\nMira el mapa y la gráfica de valores mientras avanzan.',
        en: 'The tutorial sets its function up to try any Keras optimizer. Here are four, all with learning rate 0.03 and 60 steps from the same point: SGD, SGD with momentum 0.9, RMSprop and Adam, in the Keras convention (its ε and its way of accumulating momentum).\n\nWatch the map and the value chart as they move.',
      },
      experiment: {
        kind: 'descend',
        version: 2,
        surface: 'peaks',
        start: [-0.35, -0.67],
        steps: 60,
        gradient: 'autodiff',
        optimizers: [
          { name: 'sgd', options: { lr: 0.03 }, convention: 'keras', label: 'SGD' },
          { name: 'sgd', options: { lr: 0.03, momentum: 0.9 }, convention: 'keras', label: 'Momentum' },
          { name: 'rmsprop', options: { lr: 0.03 }, convention: 'keras', label: 'RMSprop' },
          { name: 'adam', options: { lr: 0.03 }, convention: 'keras', label: 'Adam' },
        ],
      },
      question: {
        prompt: {
          es: '¿Cuál llega antes al fondo del valle?',
          en: 'Which one reaches the bottom of the valley first?',
        },
        choices: [
          { es: 'SGD', en: 'SGD' },
          { es: 'Momentum', en: 'Momentum' },
          { es: 'RMSprop', en: 'RMSprop' },
          { es: 'Adam', en: 'Adam' },
        ],
        answer: 0,
        reveal: {
          es: 'En esta ladera gana el más sencillo: SGD baja de −6,55 (el mínimo es −6,551) en 7 pasos y RMSprop en 33. Momentum acumula velocidad, se pasa del fondo hasta w₁ ≈ −3 y tiene que volver: llega justo al final. Adam divide el gradiente por su tamaño y avanza unos 0,03 por coordenada en cada paso, por empinada que sea la ladera: a los 60 pasos aún no ha llegado. Sus ventajas aparecen en otros terrenos: valles estrechos, gradientes con ruido, escalas muy distintas.',
          en: 'On this slope the simplest wins: SGD gets below −6.55 (the minimum is −6.551) in 7 steps and RMSprop in 33. Momentum builds up speed, overshoots the bottom as far as w₁ ≈ −3 and has to come back: it arrives just at the end. Adam divides the gradient by its size and moves about 0.03 per coordinate each step, however steep the slope: after 60 steps it has not arrived yet. Their strengths show on other ground: narrow valleys, noisy gradients, very different scales.',
        },
      },
      slip: {
        es: 'La función get_puntos_descenso_gradiente_optimizer crea variables nuevas (tf.Variable) en cada época y llama a minimize una vez por peso. Con SGD no importa, porque no tiene memoria; pero un optimizador con memoria (el momento, los promedios de Adam) la asocia a cada variable, así que, según la versión de Keras, o empieza de cero en cada época o rechaza las variables nuevas. Para compararlos hay que crear las variables una sola vez, antes del bucle, como hace el laboratorio.',
        en: 'The function get_puntos_descenso_gradiente_optimizer creates new variables (tf.Variable) at every epoch and calls minimize once per weight. With SGD that does not matter, since it has no memory; but an optimizer with memory (momentum, Adam’s averages) keeps it per variable, so depending on the Keras version it either starts from zero at every epoch or refuses the new variables. To compare them the variables must be created once, before the loop, as the lab does.',
      },
    },
  ],
};
