/**
 * Lesson `gradient-tape` (seed 003): y = a + b·x fitted with TensorFlow's GradientTape on the sum
 * of squared errors, lr 0.001, 70 epochs, float32 — the regression lab's `gradient-tape` preset.
 * The tutorial drew its data without a seed; descenso draws them with seed 42, and its printed
 * losses (`descenso tutorial gradient-tape`) are the ones found here.
 */
import { EXPERIMENT_VERSION, type FitExperiment } from '../../experiment/types.js';
import { LESSON_VERSION, type Lesson } from '../types.js';

/** The tutorial's data and model: 200 points of y = 0.3 + 0.5x + N(0, 0.3²), a and b from 0, float32. */
const tape = (loss: 'sse' | 'mse', lr: number, epochs: number): FitExperiment => ({
  kind: 'fit',
  version: EXPERIMENT_VERSION,
  data: { family: 'affine', seed: 42 },
  model: 'affine',
  loss,
  optimizers: [{ name: 'sgd', options: { lr } }],
  epochs,
  regimes: ['batch'],
  init: { a: 0, b: 0 },
  dtype: 'float32',
});

/** "Epoch: e, Loss: …": the loss before epoch e's step, to the tutorial's two decimals. */
const epochLoss = (e: number, printed: string) => ({
  label: { es: `pérdida de la época ${e} (antes de su paso)`, en: `loss of epoch ${e} (before its step)` },
  printed,
  path: `runs.0.history.${e}.loss`,
  tolerance: 0,
  format: 2,
});

export const lesson: Lesson = {
  id: 'gradient-tape',
  version: LESSON_VERSION,
  tutorial: '003',
  title: {
    es: 'Regresión y = a + b·x con la GradientTape de TensorFlow',
    en: 'Regression y = a + b·x with TensorFlow’s GradientTape',
  },
  summary: {
    es: 'Una recta con ordenada y pendiente ajustada a 200 puntos ruidosos: qué graba la cinta, por qué la suma de errores pide un lr tan pequeño y si la pérdida de la época 69 es ya el final.',
    en: 'A line with intercept and slope fitted to 200 noisy points: what the tape records, why the sum of errors asks for such a small lr, and whether the loss of epoch 69 is already the end.',
  },
  steps: [
    {
      title: { es: 'Una recta entre puntos con ruido', en: 'A line among noisy points' },
      text: {
        es: 'Los datos son 200 valores de x uniformes entre 0 y 1, con y = 0.3 + 0.5x más un ruido normal de desviación 0.3. El modelo tiene dos parámetros, `y = a + b·x`, ambos desde 0, y la pérdida es la *suma* de los errores al cuadrado (SSE), no su media.\n\nEl descenso usa lr = 0.001 durante 70 épocas, en float32 como TensorFlow. La pérdida que se imprime en cada época es la de antes de su paso.',
        en: 'The data are 200 values of x uniform between 0 and 1, with y = 0.3 + 0.5x plus normal noise of deviation 0.3. The model has two parameters, `y = a + b·x`, both from 0, and the loss is the *sum* of the squared errors (SSE), not their mean.\n\nThe descent uses lr = 0.001 for 70 epochs, in float32 as TensorFlow does. The loss printed at each epoch is the one before its step.',
      },
      experiment: tape('sse', 0.001, 70),
      numbers: [epochLoss(0, '83.96'), epochLoss(1, '34.25')],
      slip: {
        es: 'El tutorial genera los datos sin fijar una semilla, así que cada ejecución dibuja otros puntos y sus pérdidas no se pueden repetir. descenso usa la semilla 42 (lo mismo que `np.random.seed(42)` antes de generarlos): desde aquí las cifras son reproducibles, pero no son las de la ejecución original.',
        en: 'The tutorial draws its data without fixing a seed, so every run draws other points and its losses cannot be repeated. descenso uses seed 42 (the same as `np.random.seed(42)` before drawing them): from here on the figures are reproducible, but they are not those of the original run.',
      },
    },
    {
      title: { es: 'Lo que graba la cinta', en: 'What the tape records' },
      text: {
        es: 'Dentro de `with tf.GradientTape() as g:` TensorFlow anota cada operación que toca una variable: la predicción `a + b·x` y la pérdida. `g.gradient(loss, [a, b])` recorre esa grabación hacia atrás y devuelve ∂SSE/∂a y ∂SSE/∂b; `assign_sub` resta lr veces cada uno.\n\nEl laboratorio hace lo mismo con su diferenciación automática y dibuja la recta época a época.',
        en: 'Inside `with tf.GradientTape() as g:` TensorFlow notes every operation that touches a variable: the prediction `a + b·x` and the loss. `g.gradient(loss, [a, b])` walks that recording backwards and returns ∂SSE/∂a and ∂SSE/∂b; `assign_sub` subtracts lr times each.\n\nThe lab does the same with its automatic differentiation and draws the line epoch by epoch.',
      },
      numbers: [epochLoss(9, '17.42')],
      question: {
        prompt: {
          es: 'La pérdida empieza en 83.96. ¿Cuánto vale diez épocas después (la línea «Epoch: 9»)?',
          en: 'The loss starts at 83.96. What is it ten epochs later (the line “Epoch: 9”)?',
        },
        choices: [
          { es: 'Cerca de 75: baja a ritmo constante', en: 'About 75: it falls at a steady pace' },
          {
            es: 'Cerca de 17: casi toda la bajada ocurre al principio',
            en: 'About 17: almost all of the drop comes first',
          },
          {
            es: 'Cerca de 0: la recta ya pasa por todos los puntos',
            en: 'About 0: the line already goes through every point',
          },
        ],
        answer: 1,
        reveal: {
          es: 'Al principio el gradiente es grande y cada paso recorre mucho; cerca del mínimo el gradiente se encoge y los pasos también. Y no puede bajar a 0: con 200 puntos y ruido de desviación 0.3, ninguna recta pasa por todos.',
          en: 'At first the gradient is large and each step goes far; near the minimum the gradient shrinks and so do the steps. And it cannot fall to 0: with 200 points and noise of deviation 0.3, no line goes through them all.',
        },
      },
      slip: {
        es: 'El comentario del tutorial escribe la actualización como `a = ai - sse * lr`. Lo que el código resta no es la SSE, sino lr por su *derivada* respecto de a (y de b): `da * lr` y `db * lr`. El código está bien; el comentario, no.',
        en: 'The tutorial’s comment writes the update as `a = ai - sse * lr`. What the code subtracts is not the SSE but lr times its *derivative* with respect to a (and b): `da * lr` and `db * lr`. The code is right; the comment is not.',
      },
    },
    {
      title: { es: 'Suma o media: los mismos pasos', en: 'Sum or mean: the same steps' },
      text: {
        es: 'La SSE de 200 puntos es 200 veces su error cuadrático medio (MSE), y lo mismo su gradiente. Un lr de 0.001 sobre la suma es, por tanto, un paso 200 veces mayor de lo que parece si se piensa en la media.\n\nEl laboratorio abre ahora el mismo ajuste con la pérdida MSE: las pérdidas que muestra son 200 veces menores, pero la recta recorre el mismo camino: a y b solo difieren por el redondeo de float32, en la séptima cifra.',
        en: 'The SSE of 200 points is 200 times their mean squared error (MSE), and so is its gradient. An lr of 0.001 on the sum is therefore a step 200 times larger than it looks if one thinks of the mean.\n\nThe lab now opens the same fit with the MSE loss: the losses it shows are 200 times smaller, but the line follows the same path: a and b differ only by float32’s rounding, in the seventh digit.',
      },
      experiment: tape('mse', 0.2, 70),
      question: {
        prompt: {
          es: '¿Con qué lr da la MSE los mismos pasos que la SSE con lr = 0.001?',
          en: 'With what lr does the MSE take the same steps as the SSE with lr = 0.001?',
        },
        choices: [
          { es: '0.001, el mismo', en: '0.001, the same' },
          { es: '0.2', en: '0.2' },
          { es: '0.000005', en: '0.000005' },
        ],
        answer: 1,
        reveal: {
          es: 'El gradiente de la MSE es 200 veces menor, así que el lr debe ser 200 veces mayor: 200·0.001 = 0.2. Tras 70 épocas a y b son los mismos en ambos ajustes. Por eso cambiar el número de puntos con la SSE cambia también el paso efectivo.',
          en: 'The gradient of the MSE is 200 times smaller, so the lr must be 200 times larger: 200·0.001 = 0.2. After 70 epochs a and b are the same in both fits. This is why, with the SSE, changing the number of points changes the effective step as well.',
        },
      },
    },
    {
      title: { es: '¿Saturada en la época 65?', en: 'Saturated at epoch 65?' },
      text: {
        es: 'Con dos decimales, la pérdida apenas cambia al final de las 70 épocas: 16.84 hacia la época 64 y 16.83 en la 69. El laboratorio sigue ahora hasta 300 épocas con la misma SSE y el mismo lr.',
        en: 'With two decimals, the loss hardly changes at the end of the 70 epochs: 16.84 around epoch 64 and 16.83 at epoch 69. The lab now carries on to 300 epochs with the same SSE and the same lr.',
      },
      experiment: tape('sse', 0.001, 300),
      numbers: [epochLoss(69, '16.83')],
      question: {
        prompt: {
          es: 'En la época 69 la pérdida es 16.83 y casi no se mueve. ¿Han llegado a y b a sus mejores valores?',
          en: 'At epoch 69 the loss is 16.83 and it barely moves. Have a and b reached their best values?',
        },
        choices: [
          {
            es: 'Sí: si la pérdida no cambia, los parámetros tampoco',
            en: 'Yes: if the loss does not change, neither do the parameters',
          },
          {
            es: 'No: la pendiente b sigue creciendo de forma apreciable',
            en: 'No: the slope b still grows noticeably',
          },
        ],
        answer: 1,
        reveal: {
          es: 'Tras la época 70, b = 0.443; hacia la época 250 se asienta en 0.476 y a baja de 0.349 a 0.332, la recta de mínimos cuadrados. La pérdida solo cae de 16.83 a 16.81: cerca del mínimo la pérdida es plana, y un cambio pequeño en ella puede esconder uno grande en los parámetros.',
          en: 'After epoch 70, b = 0.443; around epoch 250 it settles at 0.476 and a drops from 0.349 to 0.332, the least-squares line. The loss only falls from 16.83 to 16.81: near the minimum the loss is flat, and a small change in it can hide a large one in the parameters.',
        },
      },
      slip: {
        es: 'El tutorial da por saturado el entrenamiento hacia las épocas 64–65 porque la pérdida impresa con dos decimales deja de cambiar. Eso mide el redondeo del mensaje, no la convergencia: para saber si se ha llegado hay que mirar los parámetros o el gradiente.',
        en: 'The tutorial deems the training saturated around epochs 64–65 because the loss printed with two decimals stops changing. That measures the rounding of the message, not convergence: to know whether it has arrived, look at the parameters or the gradient.',
      },
    },
  ],
};
