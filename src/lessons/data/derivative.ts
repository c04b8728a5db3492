import type { Lesson } from '../types.js';

/** Seed 002: the derivative as a slope, descent by the sign of the slope, the chain rule, three variables. */
export const lesson: Lesson = {
  id: 'derivative',
  version: 1,
  tutorial: '002',
  title: {
    es: 'La derivada y el signo de la pendiente',
    en: 'The derivative and the sign of the slope',
  },
  summary: {
    es: 'Medir una pendiente con un cociente de diferencias, bajar una parábola mirando solo el signo de la pendiente, la regla de la cadena y tres variables a la vez.',
    en: 'Measure a slope with a difference quotient, walk down a parabola looking only at the sign of the slope, then the chain rule and three variables at once.',
  },
  steps: [
    {
      title: { es: 'Una pendiente medida con una resta', en: 'A slope measured with a subtraction' },
      text: {
        es: 'La curva es f(x) = 2x² − 3x + 4 y miramos el punto x = −1. Si avanzamos un paso diminuto h = 10⁻⁴ y dividimos lo que sube f entre lo que avanzamos, obtenemos la pendiente de la recta que une los dos puntos: el *cociente de diferencias hacia delante*.\n\nCon h tan pequeño, esa recta casi toca la curva en un solo punto, así que su pendiente se parece mucho a la derivada f′(x) = 4x − 3, que en x = −1 vale −7.',
        en: 'The curve is f(x) = 2x² − 3x + 4 and we look at the point x = −1. Move a tiny step h = 10⁻⁴ to the right, divide how much f rose by how far we moved, and we have the slope of the line through the two points: the *forward difference quotient*.\n\nWith h this small that line almost touches the curve at a single point, so its slope is very close to the derivative f′(x) = 4x − 3, which is −7 at x = −1.',
      },
      experiment: {
        kind: 'derivative',
        version: 2,
        formula: '2*x**2-3*x+4',
        x: -1,
        h: 0.0001,
        lr: 0.01,
        steps: 250,
      },
      question: {
        prompt: {
          es: 'El valor exacto es −7. ¿Qué dará el cociente con h = 10⁻⁴?',
          en: 'The exact value is −7. What will the quotient with h = 10⁻⁴ give?',
        },
        choices: [
          {
            es: 'Un poco más que −7 (una pendiente algo menos empinada)',
            en: 'A little more than −7 (a slightly gentler slope)',
          },
          { es: 'Exactamente −7', en: 'Exactly −7' },
          {
            es: 'Un poco menos que −7 (una pendiente algo más empinada)',
            en: 'A little less than −7 (a slightly steeper slope)',
          },
        ],
        answer: 0,
        reveal: {
          es: 'Para esta parábola la cuenta se hace a mano: (f(x + h) − f(x))/h = 4x − 3 + 2h, es decir −7 + 0,0002 = −6,9998. La curva se abre hacia arriba, así que la cuerda hacia la derecha es menos empinada que la tangente. Las últimas cifras (…02665) son redondeo de la aritmética de coma flotante.',
          en: 'For this parabola the arithmetic can be done by hand: (f(x + h) − f(x))/h = 4x − 3 + 2h, that is −7 + 0.0002 = −6.9998. The curve opens upwards, so the chord to the right is gentler than the tangent. The last digits (…02665) are floating-point rounding.',
        },
      },
      numbers: [
        {
          label: {
            es: 'f′(−1), diferencia hacia delante, h = 10⁻⁴',
            en: 'f′(−1), forward difference, h = 10⁻⁴',
          },
          printed: '-6.999800000002665',
          path: 'at.forward',
          tolerance: 0,
          format: 'python',
        },
      ],
    },
    {
      title: { es: 'El signo dice hacia dónde sube', en: 'The sign says which way is up' },
      text: {
        es: 'Ahora el mismo cociente en x = 2. Allí la pendiente es positiva: si x crece, f crece. En x = −1 era negativa: si x crece, f baja.\n\nEl *signo* de la derivada dice en qué dirección sube la función, y su tamaño, cuánto sube por cada unidad que avanzamos. Compara la tangente dibujada en los dos puntos.',
        en: 'Now the same quotient at x = 2. There the slope is positive: as x grows, f grows. At x = −1 it was negative: as x grows, f falls.\n\nThe *sign* of the derivative tells which way the function goes up, and its size how much it rises per unit we move. Compare the tangent drawn at both points.',
      },
      experiment: {
        kind: 'derivative',
        version: 2,
        formula: '2*x**2-3*x+4',
        x: 2,
        h: 0.0001,
        lr: 0.01,
        steps: 250,
      },
      numbers: [
        {
          label: {
            es: 'f′(2), diferencia hacia delante, h = 10⁻⁴',
            en: 'f′(2), forward difference, h = 10⁻⁴',
          },
          printed: '5.000200000004895',
          path: 'at.forward',
          tolerance: 0,
          format: 'python',
        },
      ],
    },
    {
      title: { es: 'Bajar mirando solo el signo', en: 'Walking down by the sign alone' },
      text: {
        es: 'El mínimo está donde 4x − 3 = 0, en x = 3/4. Para llegar sin resolver nada, partimos de x = 2 y repetimos 250 veces una regla muy simple: si la pendiente es positiva, retrocedemos 0,01; si es negativa, avanzamos 0,01. El tamaño de la pendiente no importa, solo su signo.\n\nEl laboratorio dibuja este *descenso por el signo* junto al descenso del gradiente de verdad, que da pasos proporcionales a la pendiente.',
        en: 'The minimum is where 4x − 3 = 0, at x = 3/4. To get there without solving anything, start at x = 2 and repeat a very simple rule 250 times: if the slope is positive, step back 0.01; if it is negative, step forward 0.01. The size of the slope does not matter, only its sign.\n\nThe lab draws this *sign descent* beside true gradient descent, whose steps are proportional to the slope.',
      },
      question: {
        prompt: {
          es: 'Tras 250 pasos de 0,01 desde x = 2, ¿dónde está x?',
          en: 'After 250 steps of 0.01 from x = 2, where is x?',
        },
        choices: [
          { es: 'Exactamente en 0,75', en: 'Exactly at 0.75' },
          {
            es: 'Junto a 0,75, saltando entre dos puntos a un paso de distancia',
            en: 'Next to 0.75, hopping between two points one step apart',
          },
          { es: 'En −0,5, porque 2 − 250 · 0,01 = −0,5', en: 'At −0.5, since 2 − 250 · 0.01 = −0.5' },
        ],
        answer: 1,
        reveal: {
          es: 'Hacen falta unos 125 pasos para llegar a 3/4. Desde ahí cada paso se pasa del mínimo y la pendiente cambia de signo, así que x va y viene entre dos vecinos de 3/4; al paso 250 está en 0,76. Sale 0,7599999999999989 y no 0,76 porque una centésima no es exacta en binario y 250 restas acumulan el error. El descenso del gradiente, en cambio, acorta el paso al aplanarse la curva y se queda en 0,75005.',
          en: 'It takes about 125 steps to reach 3/4. From there every step overshoots the minimum and the slope changes sign, so x goes back and forth between two neighbours of 3/4; at step 250 it is on 0.76. It prints 0.7599999999999989, not 0.76, because a hundredth is not exact in binary and 250 subtractions add up the error. Gradient descent instead shortens its step as the curve flattens and settles at 0.75005.',
        },
      },
      numbers: [
        {
          label: { es: 'x tras 250 pasos por el signo desde x = 2', en: 'x after 250 sign steps from x = 2' },
          printed: '0.7599999999999989',
          path: 'runs.1.points.-1.0',
          tolerance: 0,
          format: 'python',
        },
      ],
    },
    {
      title: { es: 'La regla de la cadena, y un desliz', en: 'The chain rule, and a slip' },
      text: {
        es: 'Con u = 2x² − x − 2 e y = 3u + 1, la regla de la cadena da dy/dx = dy/du · du/dx = 3 · (4x − 1) = 12x − 3. El panel de la cadena lo comprueba en x = 2: du/dx = 7, dy/du = 3 y su producto, 21.\n\nEl tutorial, sin embargo, baja por el signo de 6x − 3. El laboratorio hace lo mismo que su código: desciende 3x² − 3x, cuya derivada es 6x − 3, desde x = 2 con pasos de 0,01.',
        en: 'With u = 2x² − x − 2 and y = 3u + 1, the chain rule gives dy/dx = dy/du · du/dx = 3 · (4x − 1) = 12x − 3. The chain panel checks it at x = 2: du/dx = 7, dy/du = 3 and their product, 21.\n\nThe tutorial, however, walks down the sign of 6x − 3. The lab does what its code does: it descends 3x² − 3x, whose derivative is 6x − 3, from x = 2 in steps of 0.01.',
      },
      experiment: {
        kind: 'derivative',
        version: 2,
        formula: '3*x**2-3*x',
        x: 2,
        h: 0.0001,
        lr: 0.01,
        steps: 250,
        inner: '2*x**2-x-2',
        outer: '3*u+1',
      },
      question: {
        prompt: {
          es: 'Si el código sigue el signo de 6x − 3, ¿cerca de dónde termina x?',
          en: 'If the code follows the sign of 6x − 3, near where does x end?',
        },
        choices: [
          { es: 'Cerca de 1/4, donde 12x − 3 = 0', en: 'Near 1/4, where 12x − 3 = 0' },
          { es: 'Cerca de 1/2, donde 6x − 3 = 0', en: 'Near 1/2, where 6x − 3 = 0' },
          {
            es: 'Cerca de 3/4, el mínimo de la parábola anterior',
            en: 'Near 3/4, the minimum of the previous parabola',
          },
        ],
        answer: 1,
        reveal: {
          es: 'El descenso por el signo se detiene donde cambia el signo de la pendiente que le damos, no donde cambia el de la verdadera: con 6x − 3 acaba en 0,49999999999999867, cerca de 1/2. El mínimo de y = 6x² − 3x − 5 está en 1/4.',
          en: 'Sign descent stops where the slope it is given changes sign, not where the true one does: with 6x − 3 it ends at 0.49999999999999867, near 1/2. The minimum of y = 6x² − 3x − 5 is at 1/4.',
        },
      },
      slip: {
        es: 'El texto del tutorial deduce dy/dx = 12x − 3, pero su código usa deriv_y_x(x) = 6x − 3. Por eso imprime un mínimo cerca de 1/2 en lugar de 1/4.',
        en: 'The tutorial’s text derives dy/dx = 12x − 3, but its code uses deriv_y_x(x) = 6x − 3. That is why it prints a minimum near 1/2 instead of 1/4.',
      },
      numbers: [
        {
          label: {
            es: 'x tras 250 pasos por el signo de 6x − 3',
            en: 'x after 250 steps by the sign of 6x − 3',
          },
          printed: '0.49999999999999867',
          path: 'runs.1.points.-1.0',
          tolerance: 0,
          format: 'python',
        },
      ],
    },
    {
      title: { es: 'Tres variables a la vez', en: 'Three variables at once' },
      text: {
        es: 'Ahora y = 2u + c con u = 3a² − 2a + b² + 1. Cada variable tiene su propia derivada parcial: dy/da = 12a − 4, dy/db = 4b y dy/dc = 1. La regla del signo se aplica a cada una por separado, con pasos de 0,05 desde (1, 1, 1), 250 veces.\n\nObserva en la gráfica de valores que y no deja de bajar.',
        en: 'Now y = 2u + c with u = 3a² − 2a + b² + 1. Each variable has its own partial derivative: dy/da = 12a − 4, dy/db = 4b and dy/dc = 1. The sign rule is applied to each one separately, in steps of 0.05 from (1, 1, 1), 250 times.\n\nWatch the value chart: y never stops falling.',
      },
      experiment: {
        kind: 'descend',
        version: 2,
        formula: '2*(3*a**2 - 2*a + b**2 + 1) + c',
        vars: ['a', 'b', 'c'],
        start: [1, 1, 1],
        steps: 250,
        gradient: 'autodiff',
        optimizers: [{ name: 'sign', options: { lr: 0.05 } }],
      },
      question: {
        prompt: { es: '¿Dónde acaba c tras los 250 pasos?', en: 'Where does c end after the 250 steps?' },
        choices: [
          { es: 'Cerca de 0, como b', en: 'Near 0, like b' },
          { es: 'En 1: su derivada no depende de c', en: 'At 1: its derivative does not depend on c' },
          { es: 'En −11,5', en: 'At −11.5' },
        ],
        answer: 2,
        reveal: {
          es: 'Como dy/dc = 1 siempre es positiva, c retrocede 0,05 en cada paso: 1 − 250 · 0,05 = −11,5 (el tutorial imprime −11.50000000000003). y es lineal en c y no tiene mínimo. Mientras tanto a salta entre 0,30 y 0,35, a ambos lados de 1/3, y b entre 0 y 0,05.',
          en: 'Since dy/dc = 1 is always positive, c steps back 0.05 every time: 1 − 250 · 0.05 = −11.5 (the tutorial prints −11.50000000000003). y is linear in c and has no minimum. Meanwhile a hops between 0.30 and 0.35, on either side of 1/3, and b between 0 and 0.05.',
        },
      },
      slip: {
        es: 'El tutorial dice haber encontrado valores que minimizan y, pero con dy/dc = 1 no hay mínimo que encontrar: c baja 0,05 en cada paso sin parar, y solo a y b se asientan.',
        en: 'The tutorial says it found values that minimise y, but with dy/dc = 1 there is no minimum to find: c falls 0.05 every step without end, and only a and b settle.',
      },
      numbers: [
        {
          label: { es: 'a tras 250 pasos', en: 'a after 250 steps' },
          printed: '0.29999999999999966',
          path: 'runs.0.points.-1.0',
          tolerance: 0,
          format: 'python',
        },
        {
          label: { es: 'b tras 250 pasos', en: 'b after 250 steps' },
          printed: '-3.191891195797325e-16',
          path: 'runs.0.points.-1.1',
          tolerance: 0,
          format: 'python',
        },
        {
          label: { es: 'c tras 250 pasos', en: 'c after 250 steps' },
          printed: '-11.50000000000003',
          path: 'runs.0.points.-1.2',
          tolerance: 0,
          format: 'python',
        },
      ],
    },
  ],
};
