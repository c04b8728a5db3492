/**
 * Lesson `jax-regression` (seed 004): w fitted to y = 5x + 2·N(0, 1) with JAX's grad and jit,
 * the precision of its digits, and the three exercises the tutorial ends with, answered with the
 * lab: (1) the regression lab itself, (2) data without a linear trend, (3) the learning rate of the
 * fewest epochs — two windows of the sweep `descenso tutorial jax-exercise` runs over 0.01…1,
 * narrowed so that each opens in the lab at once, with the same rows.
 *
 * The tutorial's later lines came from JAX in float32; `descenso tutorial jax-regression` prints
 * NumPy's float64. The float32 steps match those printed numbers within float32's precision, the
 * float64 step to the last digit.
 */
import type { FitExperiment, SweepStudy } from '../../experiment/types.js';
import { EXPERIMENT_VERSION } from '../../experiment/types.js';
import { LESSON_VERSION, type Lesson } from '../types.js';

/** The tutorial's run: seed 22, x = linspace(−2, 2, 100), y = 5x + 2·N(0, 1); w from 10, MSE, h = 0.01, 401 epochs. */
const jax = (dtype: 'float32' | 'float64'): FitExperiment => ({
  kind: 'fit',
  version: EXPERIMENT_VERSION,
  data: { family: 'linear', slope: 5, noise: 2, seed: 22 },
  model: 'linear',
  loss: 'mse',
  optimizers: [{ name: 'sgd', options: { lr: 0.01 } }],
  epochs: 401,
  regimes: ['batch'],
  init: { w: 10 },
  dtype,
});

/** Exercise 2's data: y = 1.5x³ − 4x + N(0, 1) on the same grid and seed. */
const cubic = (model: string, lr: number, epochs: number): FitExperiment => ({
  kind: 'fit',
  version: EXPERIMENT_VERSION,
  data: { family: 'poly', coeffs: [0, -4, 0, 1.5], noise: 1, seed: 22 },
  model,
  loss: 'mse',
  optimizers: [{ name: 'sgd', options: { lr } }],
  epochs,
  regimes: ['batch'],
});

/** Exercise 3: the exercise's sweep (w from 10, ≤ 500 epochs, tolerance 1e-9) over lr in [from, to], step 0.01. */
const sweep = (from: number, to: number, count: number): SweepStudy => ({
  kind: 'sweep',
  version: EXPERIMENT_VERSION,
  base: {
    kind: 'fit',
    version: EXPERIMENT_VERSION,
    data: { family: 'linear', slope: 5, noise: 2, seed: 22 },
    model: 'linear',
    optimizers: [{ name: 'sgd' }],
    epochs: 500,
    regimes: ['batch'],
    init: { w: 10 },
    stop: { tolerance: 1e-9 },
  },
  vary: [{ option: 'lr', from, to, scale: 'lin', count }],
});

/** float32 against float64: JAX's digits and NumPy's part after about the seventh. */
const F32_LOSS = 1e-5;
const F32_W = 1e-6;

export const lesson: Lesson = {
  id: 'jax-regression',
  version: LESSON_VERSION,
  tutorial: '004',
  title: {
    es: 'Regresión con grad y jit de JAX, y sus tres ejercicios',
    en: 'Regression with JAX’s grad and jit, and its three exercises',
  },
  summary: {
    es: 'Un parámetro w ajustado a datos de pendiente 5 con ruido: grad y jit, float32 frente a float64, y los tres ejercicios del final resueltos en el laboratorio, con el barrido que encuentra la tasa de aprendizaje más rápida.',
    en: 'One parameter w fitted to noisy data of slope 5: grad and jit, float32 against float64, and the three closing exercises answered in the lab, with the sweep that finds the fastest learning rate.',
  },
  steps: [
    {
      title: { es: 'Una pendiente escondida en el ruido', en: 'A slope hidden in noise' },
      text: {
        es: 'Con la semilla 22 se toman 100 valores de x equiespaciados entre −2 y 2 y se genera y = 5x más un ruido normal de desviación 2. El modelo es una recta por el origen, `y = w·x`, con w = 10 al empezar; la pérdida es el error cuadrático medio y cada una de las 401 épocas da un paso `w ← w − h·L′(w)` con h = 0.01.\n\nEl laboratorio lo corre en float32, como JAX.',
        en: 'With seed 22, 100 values of x are taken evenly spaced between −2 and 2, and y = 5x plus normal noise of deviation 2 is drawn. The model is a line through the origin, `y = w·x`, with w = 10 to begin with; the loss is the mean squared error and each of the 401 epochs takes a step `w ← w − h·L′(w)` with h = 0.01.\n\nThe lab runs it in float32, as JAX does.',
      },
      experiment: jax('float32'),
      numbers: [
        {
          label: { es: 'pérdida inicial, con w = 10', en: 'initial loss, at w = 10' },
          printed: '38.407744806265676',
          path: 'runs.0.history.0.loss',
          tolerance: F32_LOSS,
          format: 'python',
        },
        {
          label: { es: 'w al final de las 401 épocas', en: 'w after the 401 epochs' },
          printed: '4.962451345583043',
          path: 'runs.0.params.w',
          tolerance: F32_W,
          format: 'python',
        },
      ],
      question: {
        prompt: {
          es: 'Los datos se generaron con pendiente 5. ¿Dónde acaba w?',
          en: 'The data were made with slope 5. Where does w end?',
        },
        choices: [
          { es: 'Exactamente en 5', en: 'Exactly at 5' },
          { es: 'Cerca de 5, pero no en 5', en: 'Near 5, but not at 5' },
          { es: 'En 10, donde empezó', en: 'At 10, where it started' },
        ],
        answer: 1,
        reveal: {
          es: 'El descenso busca el mínimo de la pérdida *para estos 100 puntos*, y su ruido inclina un poco la mejor recta: w ≈ 4.9625. Con otra semilla el ruido sería otro y w acabaría en otro valor cercano a 5.',
          en: 'The descent looks for the minimum of the loss *for these 100 points*, and their noise tilts the best line a little: w ≈ 4.9625. With another seed the noise would differ and w would end at another value near 5.',
        },
      },
    },
    {
      title: { es: 'grad y jit', en: 'grad and jit' },
      text: {
        es: '`grad(loss, argnums=0)` convierte la función de pérdida en otra que devuelve su derivada respecto del primer argumento, w. `jit` la compila la primera vez que se llama y reutiliza el resultado en cada época. descenso hace lo mismo: graba la pérdida una vez y la compila en un solo bucle que da el valor y la derivada.\n\nLa derivada es `L′(w) = −(2/N) Σ x·(y − w·x)`: en w = 10 es positiva y grande, y el primer paso baja w a 9.86.',
        en: '`grad(loss, argnums=0)` turns the loss function into another that returns its derivative with respect to the first argument, w. `jit` compiles it the first time it is called and reuses the result at every epoch. descenso does the same: it records the loss once and compiles it into a single loop that gives the value and the derivative.\n\nThe derivative is `L′(w) = −(2/N) Σ x·(y − w·x)`: at w = 10 it is large and positive, and the first step brings w down to 9.86.',
      },
      numbers: [
        {
          label: {
            es: '«Iteración 0»: pérdida tras el primer paso',
            en: '“Iteración 0”: loss after the first step',
          },
          printed: '36.55500742792821',
          path: 'runs.0.history.1.loss',
          tolerance: F32_LOSS,
          format: 'python',
        },
        {
          label: { es: '«Iteración 0»: w tras el primer paso', en: '“Iteración 0”: w after the first step' },
          printed: '9.862949383699329',
          path: 'runs.0.history.1.params.w',
          tolerance: F32_W,
          format: 'python',
        },
        {
          label: { es: '«Iteración 100»: w tras 101 pasos', en: '“Iteración 100”: w after 101 steps' },
          printed: '5.273087653257413',
          path: 'runs.0.history.101.params.w',
          tolerance: F32_W,
          format: 'python',
        },
      ],
      slip: {
        es: 'El bucle imprime después de actualizar w, así que «Iteración 0» es el estado tras el primer paso, e «Iteración 400», tras el paso 401. La condición inicial se imprime aparte, antes del bucle.',
        en: 'The loop prints after updating w, so “Iteración 0” is the state after the first step, and “Iteración 400” after step 401. The initial condition is printed separately, before the loop.',
      },
    },
    {
      title: { es: 'float32 y float64', en: 'float32 and float64' },
      text: {
        es: 'JAX calcula en float32 salvo que se le pida otra cosa, y NumPy en float64. La primera línea del tutorial, la pérdida inicial, la imprimió NumPy; las demás, JAX. En float32 el laboratorio da w = 4.962451457977295, las cifras de JAX; ahora abre el mismo ajuste en float64 y llega a las de NumPy.',
        en: 'JAX computes in float32 unless told otherwise, and NumPy in float64. The tutorial’s first line, the initial loss, was printed by NumPy; the others by JAX. In float32 the lab gives w = 4.962451457977295, JAX’s digits; it now opens the same fit in float64 and reaches NumPy’s.',
      },
      experiment: jax('float64'),
      numbers: [
        {
          label: { es: 'pérdida inicial, con w = 10', en: 'initial loss, at w = 10' },
          printed: '38.407744806265676',
          path: 'runs.0.history.0.loss',
          tolerance: 1e-12,
          format: 'python',
        },
        {
          label: { es: '«Iteración 0»: w tras el primer paso', en: '“Iteración 0”: w after the first step' },
          printed: '9.862949383699329',
          path: 'runs.0.history.1.params.w',
          tolerance: 0,
          format: 'python',
        },
        {
          label: { es: 'w al final de las 401 épocas', en: 'w after the 401 epochs' },
          printed: '4.962451345583043',
          path: 'runs.0.params.w',
          tolerance: 0,
          format: 'python',
        },
      ],
      question: {
        prompt: {
          es: 'Al pasar de float32 a float64, ¿qué cifras del w final cambian?',
          en: 'Going from float32 to float64, which digits of the final w change?',
        },
        choices: [
          { es: 'Ninguna', en: 'None' },
          { es: 'Desde la séptima u octava cifra', en: 'From the seventh or eighth digit on' },
          {
            es: 'Desde la segunda: otra precisión, otro resultado',
            en: 'From the second: another precision, another result',
          },
        ],
        answer: 1,
        reveal: {
          es: 'float32 guarda unas 7 cifras significativas: 4.962451457977295 frente a 4.962451345583043 difieren en 1.1·10⁻⁷. La pérdida inicial en float64 difiere de la de NumPy solo en las últimas cifras (1.4·10⁻¹⁴), porque suma los 100 términos en otro orden.',
          en: 'float32 keeps about 7 significant digits: 4.962451457977295 against 4.962451345583043 differ by 1.1·10⁻⁷. The float64 initial loss differs from NumPy’s only in its last digits (1.4·10⁻¹⁴), because it adds the 100 terms in another order.',
        },
      },
    },
    {
      title: { es: 'Ejercicio 1: una animación fluida', en: 'Exercise 1: a fluid animation' },
      text: {
        es: 'El primer ejercicio pide una aplicación que anime el ajuste con fluidez. Es este mismo laboratorio de regresión: el transporte reproduce las 401 épocas y dibuja la recta y la curva de pérdida a la vez, y los controles del panel (pendiente, ruido, semilla, w inicial, lr, épocas) cambian los datos o el descenso y lo recalculan al momento, sin volver a ejecutar un cuaderno.\n\nPrueba a subir el lr a 0.5 o a poner el ruido en 0.',
        en: 'The first exercise asks for an app that animates the fit smoothly. It is this regression lab itself: the transport plays the 401 epochs and draws the line and the loss curve together, and the panel’s controls (slope, noise, seed, initial w, lr, epochs) change the data or the descent and recompute it at once, without running a notebook again.\n\nTry raising the lr to 0.5, or setting the noise to 0.',
      },
      experiment: jax('float32'),
      slip: {
        es: 'Los deslizadores de la regresión del tutorial generan `m*x + 2*normal(μ, σ)`: el ruido que dibujan tiene media 2μ y desviación 2σ, el doble de lo que marcan. En el laboratorio, el ruido es la desviación que se ve en el control.',
        en: 'The sliders of the tutorial’s regression draw `m*x + 2*normal(μ, σ)`: the noise they make has mean 2μ and deviation 2σ, twice what they show. In the lab, the noise is the deviation the control shows.',
      },
    },
    {
      title: { es: 'Ejercicio 2: datos sin tendencia lineal', en: 'Exercise 2: data without a linear trend' },
      text: {
        es: 'El segundo ejercicio pide datos que no sigan una recta. Aquí, sobre la misma malla de x y con la misma semilla, y = 1.5x³ − 4x más ruido de desviación 1: una curva que sube, baja y vuelve a subir entre −2 y 2. El modelo sigue siendo la recta `y = w·x`.',
        en: 'The second exercise asks for data that do not follow a line. Here, on the same grid of x and with the same seed, y = 1.5x³ − 4x plus noise of deviation 1: a curve that rises, falls and rises again between −2 and 2. The model is still the line `y = w·x`.',
      },
      experiment: cubic('linear', 0.1, 100),
      question: {
        prompt: {
          es: '¿Qué hace la mejor recta por el origen con estos datos?',
          en: 'What does the best line through the origin do with these data?',
        },
        choices: [
          { es: 'Sigue la curva de cerca', en: 'It follows the curve closely' },
          {
            es: 'Queda casi plana y deja la forma sin explicar',
            en: 'It stays almost flat and leaves the shape unexplained',
          },
          { es: 'El descenso diverge', en: 'The descent diverges' },
        ],
        answer: 1,
        reveal: {
          es: 'Los tramos que suben y los que bajan se compensan y la mejor pendiente es w ≈ −0.35. La pérdida se queda en 4.5, muy por encima del ruido (su varianza es 1): el modelo, no el descenso, es lo que falla.',
          en: 'The rising and falling stretches cancel out and the best slope is w ≈ −0.35. The loss stays at 4.5, far above the noise (its variance is 1): the model, not the descent, is what fails.',
        },
      },
    },
    {
      title: { es: 'Un modelo cúbico', en: 'A cubic model' },
      text: {
        es: 'Con un polinomio de grado 3, `y = c₀ + c₁x + c₂x² + c₃x³`, el mismo descenso del gradiente encuentra la forma: c₁ ≈ −4.04 y c₃ ≈ 1.51, y la pérdida baja a 0.97, el nivel del ruido.\n\nLas potencias de x llegan a 8 en x = 2, así que la pérdida es mucho más curva en c₃ que en c₀: su límite de estabilidad, 2/λ_máx, es ≈ 0.092, y con lr = 0.1 el ajuste ya diverge. Elegir el lr es cosa de la curvatura, que es el tercer ejercicio.',
        en: 'With a polynomial of degree 3, `y = c₀ + c₁x + c₂x² + c₃x³`, the same gradient descent finds the shape: c₁ ≈ −4.04 and c₃ ≈ 1.51, and the loss falls to 0.97, the level of the noise.\n\nThe powers of x reach 8 at x = 2, so the loss is much more curved in c₃ than in c₀: its limit of stability, 2/λ_max, is ≈ 0.092, and at lr = 0.1 the fit already diverges. Choosing the lr is a matter of curvature, which is the third exercise.',
      },
      experiment: cubic('poly:3', 0.06, 300),
    },
    {
      title: { es: 'Ejercicio 3: la tasa más rápida', en: 'Exercise 3: the fastest rate' },
      text: {
        es: 'El último ejercicio pregunta qué hiperparámetros dan el mejor modelo en menos épocas. Un barrido lo responde para el lr: el mismo ajuste, desde w = 10, para cada lr, hasta que la pérdida cambia menos de 10⁻⁹ en una época (como mucho 500). `descenso tutorial jax-exercise` barre lr de 0.01 a 1; el laboratorio abre la ventana de 0.30 a 0.44, donde está el ganador.\n\nLa teoría lo predice: la pérdida es una parábola en w con curvatura λ = 2·media(x²) = 2.721, y cada época multiplica la distancia al mínimo por 1 − lr·λ.',
        en: 'The last exercise asks which hyper-parameters give the best model in the fewest epochs. A sweep answers it for the lr: the same fit, from w = 10, for each lr, until the loss changes by less than 10⁻⁹ in an epoch (500 at most). `descenso tutorial jax-exercise` sweeps lr from 0.01 to 1; the lab opens the window from 0.30 to 0.44, where the winner is.\n\nTheory predicts it: the loss is a parabola in w with curvature λ = 2·mean(x²) = 2.721, and each epoch multiplies the distance to the minimum by 1 − lr·λ.',
      },
      experiment: sweep(0.3, 0.44, 15),
      numbers: [
        {
          label: { es: 'el lr más rápido del barrido', en: 'the sweep’s fastest lr' },
          printed: '0.37',
          path: 'best.sgd.options.lr',
          tolerance: 0,
          format: 'python',
        },
        {
          label: { es: 'sus épocas hasta la tolerancia', en: 'its epochs to the tolerance' },
          printed: '4',
          path: 'best.sgd.stepsToTol',
          tolerance: 0,
          format: 0,
        },
      ],
      question: {
        prompt: {
          es: 'Si cada época multiplica la distancia por 1 − lr·λ con λ = 2.721, ¿qué lr llega antes?',
          en: 'If each epoch multiplies the distance by 1 − lr·λ with λ = 2.721, which lr gets there first?',
        },
        choices: [
          {
            es: 'El mayor que no diverja, cerca de 0.73',
            en: 'The largest that does not diverge, near 0.73',
          },
          { es: 'El que anula el factor, 1/λ ≈ 0.37', en: 'The one that makes the factor zero, 1/λ ≈ 0.37' },
          { es: 'El del tutorial, 0.01, por prudente', en: 'The tutorial’s, 0.01, being careful' },
        ],
        answer: 1,
        reveal: {
          es: 'Con lr = 2/(λ_mín + λ_máx) = 1/λ = 0.3676 el factor es 0 y una sola época caería en el mínimo. El barrido va de 0.01 en 0.01: su mejor valor, 0.37, deja un factor de −0.0066 y llega en 4 épocas. Con el lr del tutorial, 0.01, el factor es 0.973 y hacen falta 364.',
          en: 'With lr = 2/(λ_min + λ_max) = 1/λ = 0.3676 the factor is 0 and a single epoch would land on the minimum. The sweep goes in steps of 0.01: its best value, 0.37, leaves a factor of −0.0066 and gets there in 4 epochs. With the tutorial’s lr, 0.01, the factor is 0.973 and it takes 364.',
        },
      },
    },
    {
      title: { es: 'El borde de la estabilidad', en: 'The edge of stability' },
      text: {
        es: 'Más allá de 1/λ el factor 1 − lr·λ es negativo: cada paso se pasa del mínimo y cae al otro lado. Mientras |1 − lr·λ| < 1 aún converge, cada vez más despacio; el límite es lr < 2/λ_máx = 0.7351. El laboratorio abre la ventana de 0.70 a 0.76; en ella la estrella marca 0.70, la más rápida de estas tasas lentas.',
        en: 'Beyond 1/λ the factor 1 − lr·λ is negative: each step overshoots the minimum and lands on the other side. While |1 − lr·λ| < 1 it still converges, ever more slowly; the limit is lr < 2/λ_max = 0.7351. The lab opens the window from 0.70 to 0.76; in it the star marks 0.70, the fastest of these slow rates.',
      },
      experiment: sweep(0.7, 0.76, 7),
      numbers: [
        {
          label: {
            es: 'épocas hasta la tolerancia con lr = 0.72',
            en: 'epochs to the tolerance at lr = 0.72',
          },
          printed: '244',
          path: 'runs.2.stepsToTol',
          tolerance: 0,
          format: 0,
        },
        {
          label: { es: 'pérdida tras 500 épocas con lr = 0.74', en: 'loss after 500 epochs at lr = 0.74' },
          printed: '1.709e+7',
          path: 'runs.4.final',
          tolerance: 1e4,
          format: 0,
        },
      ],
      question: {
        prompt: {
          es: 'Con lr = 0.74, apenas por encima de 0.7351, ¿qué pasa en 500 épocas?',
          en: 'At lr = 0.74, just above 0.7351, what happens in 500 epochs?',
        },
        choices: [
          { es: 'Converge, aunque muy despacio', en: 'It converges, though very slowly' },
          { es: 'Oscila y la pérdida crece', en: 'It swings and the loss grows' },
          { es: 'Se detiene al primer paso', en: 'It stops at the first step' },
        ],
        answer: 1,
        reveal: {
          es: 'El factor es 1 − 0.74·2.721 = −1.013: cada época multiplica la distancia por 1.013 y, tras 500, la pérdida pasa de 38.41 a 1.7·10⁷. Con 0.72 el factor es −0.959 y aún converge, en 244 épocas; con 0.75 la pérdida supera un millón de veces la inicial y el barrido la marca como divergente.',
          en: 'The factor is 1 − 0.74·2.721 = −1.013: each epoch multiplies the distance by 1.013 and, after 500, the loss goes from 38.41 to 1.7·10⁷. At 0.72 the factor is −0.959 and it still converges, in 244 epochs; at 0.75 the loss exceeds a million times the initial one and the sweep marks it diverged.',
        },
      },
      slip: {
        es: 'La función `optimize` del tutorial trae por defecto h = 1.5, el doble del límite 0.7351: quien la llame sin pasar h verá divergir el ajuste. El tutorial siempre le pasa h = 0.01, así que sus cifras no se ven afectadas.',
        en: 'The tutorial’s `optimize` function defaults to h = 1.5, twice the limit 0.7351: whoever calls it without passing h will see the fit diverge. The tutorial always passes h = 0.01, so its figures are not affected.',
      },
    },
  ],
};
