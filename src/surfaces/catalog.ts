import type { Surface, Surface1D, Surface2D } from './types.js';

/**
 * The catalog of test functions. Each formula is written in the canonical text of the formula
 * language (what `toText` prints), so the stored string is also what users see.
 *
 * Minima were located with mpmath (40 digits, Newton on the exact gradient from many starts)
 * and rounded to float64; the tests check each one with central differences and a Newton step
 * of the scalar evaluator, and check the global ones against a grid over the domain.
 */

const square = (r: number): [[number, number], [number, number]] => [
  [-r, r],
  [-r, r],
];

const surfaces2D: Surface2D[] = [
  {
    id: 'peaks',
    name: { en: 'Peaks (MATLAB)', es: 'Picos (peaks de MATLAB)' },
    formula:
      '3*(1 - x)^2*exp(-x^2 - (y + 1)^2) - 10*(x/5 - x^3 - y^5)*exp(-x^2 - y^2) - 1/3*exp(-(x + 1)^2 - y^2)',
    dims: 2,
    domain: square(3),
    minima: [
      { point: [0.22827892055636909, -1.6255349574999964], value: -6.551133332835837, global: true },
      { point: [-1.3473962443682108, 0.20451886609700518], value: -3.04984940280026 },
      { point: [0.2964455538468321, 0.32019624766683435], value: -0.06493586825552689 },
    ],
    starts: [
      [-0.35, -0.67],
      [-1.5, 1.2],
      [1, 0.8],
    ],
    notes: {
      en: "The loss surface of the tutorial on loss(w₀, w₁): three peaks, the global minimum near (0.23, −1.63), a second basin near (−1.35, 0.20) and a shallow one near (0.30, 0.32). The tutorial's descent starts at (−0.35, −0.67).",
      es: 'La superficie de pérdida del tutorial sobre loss(w₀, w₁): tres picos, el mínimo global cerca de (0.23, −1.63), una segunda cuenca cerca de (−1.35, 0.20) y otra poco profunda cerca de (0.30, 0.32). El descenso del tutorial empieza en (−0.35, −0.67).',
    },
  },
  {
    id: 'bowl-round',
    name: { en: 'Round bowl', es: 'Cuenco redondo' },
    formula: 'x^2 + y^2',
    dims: 2,
    domain: square(2),
    minima: [{ point: [0, 0], value: 0, global: true }],
    starts: [[1.5, 1]],
    notes: {
      en: 'The gradient points straight at the minimum from everywhere.',
      es: 'El gradiente apunta directamente al mínimo desde cualquier punto.',
    },
  },
  {
    id: 'bowl-elongated',
    name: { en: 'Elongated bowl', es: 'Cuenco alargado' },
    formula: 'x^2 + 10*y^2',
    dims: 2,
    domain: square(2),
    minima: [{ point: [0, 0], value: 0, global: true }],
    starts: [[-1.8, 0.6]],
    notes: {
      en: 'Curvatures 2 and 20 (condition number 10): a step size that suits y is too small for x, and plain gradient descent zig-zags across the valley.',
      es: 'Curvaturas 2 y 20 (número de condición 10): un paso adecuado para y es demasiado pequeño para x, y el descenso de gradiente simple zigzaguea a través del valle.',
    },
  },
  {
    id: 'bowl-rotated',
    name: { en: 'Rotated elongated bowl', es: 'Cuenco alargado girado' },
    formula: '(x + y)^2/2 + 5*(x - y)^2',
    dims: 2,
    domain: square(2),
    minima: [{ point: [0, 0], value: 0, global: true }],
    starts: [[-1.5, -0.5]],
    notes: {
      en: 'The elongated bowl turned by 45°: the valley runs along the diagonal, so per-coordinate step sizes (Adagrad, RMSprop, Adam) cannot line up with it.',
      es: 'El cuenco alargado girado 45°: el valle sigue la diagonal, así que los pasos por coordenada (Adagrad, RMSprop, Adam) no pueden alinearse con él.',
    },
  },
  {
    id: 'rosenbrock',
    name: { en: 'Rosenbrock (banana valley)', es: 'Rosenbrock (valle del plátano)' },
    formula: '(1 - x)^2 + 100*(y - x^2)^2',
    dims: 2,
    domain: [
      [-2, 2],
      [-1, 3],
    ],
    minima: [{ point: [1, 1], value: 0, global: true }],
    starts: [
      [-1.2, 1],
      [-1.5, 2.5],
    ],
    notes: {
      en: 'Reaching the curved valley is easy; following its flat floor to (1, 1) is slow.',
      es: 'Llegar al valle curvo es fácil; recorrer su fondo casi plano hasta (1, 1) es lento.',
    },
  },
  {
    id: 'himmelblau',
    name: { en: 'Himmelblau', es: 'Himmelblau' },
    formula: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
    dims: 2,
    domain: square(5),
    minima: [
      { point: [3, 2], value: 0, global: true },
      { point: [-2.805118086952745, 3.131312518250573], value: 0, global: true },
      { point: [-3.779310253377747, -3.2831859912861696], value: 0, global: true },
      { point: [3.5844283403304917, -1.8481265269644036], value: 0, global: true },
    ],
    starts: [
      [0, 0],
      [0.5, -3],
      [-4, 0],
    ],
    notes: {
      en: 'Four global minima of value 0: the starting point decides which one is reached.',
      es: 'Cuatro mínimos globales de valor 0: el punto de partida decide a cuál se llega.',
    },
  },
  {
    id: 'beale',
    name: { en: 'Beale', es: 'Beale' },
    formula: '(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2',
    dims: 2,
    domain: square(4.5),
    minima: [{ point: [3, 0.5], value: 0, global: true }],
    starts: [[1, 1]],
    notes: {
      en: 'Flat regions and sharp ridges, with values spanning several orders of magnitude near the corners.',
      es: 'Zonas planas y crestas agudas, con valores que abarcan varios órdenes de magnitud cerca de las esquinas.',
    },
  },
  {
    id: 'booth',
    name: { en: 'Booth', es: 'Booth' },
    formula: '(x + 2*y - 7)^2 + (2*x + y - 5)^2',
    dims: 2,
    domain: square(10),
    minima: [{ point: [1, 3], value: 0, global: true }],
    starts: [[-5, -5]],
  },
  {
    id: 'matyas',
    name: { en: 'Matyas', es: 'Matyas' },
    formula: '0.26*(x^2 + y^2) - 0.48*x*y',
    dims: 2,
    domain: square(10),
    minima: [{ point: [0, 0], value: 0, global: true }],
    starts: [[8, -6]],
    notes: {
      en: 'A very flat, tilted valley: curvatures 0.04 and 1 along the diagonals.',
      es: 'Un valle muy plano e inclinado: curvaturas 0.04 y 1 según las diagonales.',
    },
  },
  {
    id: 'three-hump-camel',
    name: { en: 'Three-hump camel', es: 'Camello de tres jorobas' },
    formula: '2*x^2 - 1.05*x^4 + x^6/6 + x*y + y^2',
    dims: 2,
    domain: square(3),
    minima: [
      { point: [0, 0], value: 0, global: true },
      { point: [1.7475523458302888, -0.8737761729151444], value: 0.2986384422368598 },
      { point: [-1.7475523458302888, 0.8737761729151444], value: 0.2986384422368598 },
    ],
    starts: [[2, 1]],
  },
  {
    id: 'six-hump-camel',
    name: { en: 'Six-hump camel', es: 'Camello de seis jorobas' },
    formula: '(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2',
    dims: 2,
    domain: [
      [-3, 3],
      [-2, 2],
    ],
    minima: [
      { point: [0.08984201310031806, -0.7126564030207396], value: -1.0316284534898774, global: true },
      { point: [-0.08984201310031806, 0.7126564030207396], value: -1.0316284534898774, global: true },
      { point: [1.703606714969981, -0.7960835686726251], value: -0.21546382438371764 },
      { point: [-1.703606714969981, 0.7960835686726251], value: -0.21546382438371764 },
      { point: [-1.6071047529201972, -0.5686514548841314], value: 2.1042503103112584 },
      { point: [1.6071047529201972, 0.5686514548841314], value: 2.1042503103112584 },
    ],
    starts: [
      [-1.5, 1],
      [1, -1.5],
    ],
    notes: {
      en: 'Two global minima, symmetric about the origin, and four local ones.',
      es: 'Dos mínimos globales, simétricos respecto del origen, y cuatro locales.',
    },
  },
  {
    id: 'saddle',
    name: { en: 'Saddle', es: 'Silla de montar' },
    formula: 'x^2 - y^2',
    dims: 2,
    domain: square(2),
    minima: [],
    starts: [[1.5, 0.01]],
    notes: {
      en: 'No minimum: the origin is a saddle point and the function falls without bound along y. Starting close to y = 0, descent slows down near the saddle before it escapes.',
      es: 'Sin mínimo: el origen es un punto de silla y la función baja sin límite a lo largo de y. Partiendo cerca de y = 0, el descenso se frena junto a la silla antes de escapar.',
    },
  },
  {
    id: 'monkey-saddle',
    name: { en: 'Monkey saddle', es: 'Silla de mono' },
    formula: 'x^3 - 3*x*y^2',
    dims: 2,
    domain: square(2),
    minima: [],
    starts: [[1, 0.5]],
    notes: {
      en: 'No minimum: at the origin both the gradient and the curvature vanish, with three valleys going down around it.',
      es: 'Sin mínimo: en el origen se anulan el gradiente y la curvatura, y a su alrededor bajan tres valles.',
    },
  },
  {
    id: 'rastrigin',
    name: { en: 'Rastrigin', es: 'Rastrigin' },
    formula: '20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)',
    dims: 2,
    domain: square(5.12),
    minima: [{ point: [0, 0], value: 0, global: true }],
    starts: [[2.2, -1.6]],
    notes: {
      en: 'A local minimum near every point with integer coordinates; only the global one is listed.',
      es: 'Un mínimo local cerca de cada punto de coordenadas enteras; solo se indica el global.',
    },
  },
  {
    id: 'ackley',
    name: { en: 'Ackley', es: 'Ackley' },
    formula: '-20*exp(-0.2*sqrt(0.5*(x^2 + y^2))) - exp(0.5*(cos(2*pi*x) + cos(2*pi*y))) + e + 20',
    dims: 2,
    domain: square(5),
    minima: [{ point: [0, 0], value: 0, global: true }],
    starts: [[3, -2.5]],
    notes: {
      en: 'Many local minima on a funnel. The global minimum is the tip of a cone: the gradient is not defined exactly there.',
      es: 'Muchos mínimos locales sobre un embudo. El mínimo global es la punta de un cono: justo allí el gradiente no está definido.',
    },
  },
  {
    id: 'styblinski-tang',
    name: { en: 'Styblinski–Tang', es: 'Styblinski–Tang' },
    formula: '(x^4 - 16*x^2 + 5*x + y^4 - 16*y^2 + 5*y)/2',
    dims: 2,
    domain: square(5),
    minima: [
      { point: [-2.903534027771177, -2.903534027771177], value: -78.33233140754282, global: true },
      { point: [-2.903534027771177, 2.746802770990837], value: -64.19561235905536 },
      { point: [2.746802770990837, -2.903534027771177], value: -64.19561235905536 },
      { point: [2.746802770990837, 2.746802770990837], value: -50.05889331056788 },
    ],
    starts: [[0, 0]],
  },
  {
    id: 'goldstein-price',
    name: { en: 'Goldstein–Price', es: 'Goldstein–Price' },
    formula:
      '(1 + (x + y + 1)^2*(19 - 14*x + 3*x^2 - 14*y + 6*x*y + 3*y^2))*(30 + (2*x - 3*y)^2*(18 - 32*x + 12*x^2 + 48*y - 36*x*y + 27*y^2))',
    dims: 2,
    domain: square(2),
    minima: [
      { point: [0, -1], value: 3, global: true },
      { point: [-0.6, -0.4], value: 30 },
      { point: [1.8, 0.2], value: 84 },
      { point: [1.2, 0.8], value: 840 },
    ],
    starts: [[1.5, 1.5]],
    notes: {
      en: 'Values range from 3 to about 10⁶ in the domain: a logarithmic colour scale shows the landscape.',
      es: 'Los valores van de 3 a cerca de 10⁶ en el dominio: una escala de color logarítmica muestra el relieve.',
    },
  },
  {
    id: 'plateau-cliff',
    name: { en: 'Plateau and cliff', es: 'Meseta y acantilado' },
    formula: '4 - (1 + tanh(4*x))/2*(4 - 0.1*((x - 1.5)^2 + y^2))',
    dims: 2,
    domain: square(3),
    minima: [{ point: [1.500975426528774, 0], value: 0.000024480808910652863, global: true }],
    starts: [
      [-2, 1],
      [-0.5, 1.5],
    ],
    notes: {
      en: 'A smooth step: a plateau at height 4 for x < 0, whose slope falls from about 10⁻² at x = −1 to 10⁻⁶ at x = −2, a cliff at x = 0, and a gentle bowl with its minimum near (1.5, 0). Plain gradient descent stalls on the plateau; methods that rescale the step, such as Adam, get off it.',
      es: 'Un escalón suave: una meseta a altura 4 para x < 0, cuya pendiente baja de unos 10⁻² en x = −1 a 10⁻⁶ en x = −2, un acantilado en x = 0 y un cuenco suave con su mínimo cerca de (1.5, 0). El descenso de gradiente simple se estanca en la meseta; los métodos que reescalan el paso, como Adam, salen de ella.',
    },
  },
];

const surfaces1D: Surface1D[] = [
  {
    id: 'quadratic-tutorial',
    name: { en: 'Tutorial quadratic 2x² − 3x + 4', es: 'Cuadrática del tutorial 2x² − 3x + 4' },
    formula: '2*x^2 - 3*x + 4',
    dims: 1,
    domain: [-5, 5],
    minima: [{ point: [0.75], value: 2.875, global: true }],
    starts: [[2]],
    notes: {
      en: "f'(x) = 4x − 3: −7 at x = −1, 5 at x = 2, zero at x = 3/4.",
      es: "f'(x) = 4x − 3: −7 en x = −1, 5 en x = 2, cero en x = 3/4.",
    },
  },
  {
    id: 'chain-tutorial',
    name: {
      en: 'Chain-rule example 3(2x² − x − 2) + 1',
      es: 'Ejemplo de la regla de la cadena 3(2x² − x − 2) + 1',
    },
    formula: '3*(2*x^2 - x - 2) + 1',
    dims: 1,
    domain: [-5, 5],
    minima: [{ point: [0.25], value: -5.375, global: true }],
    starts: [[2]],
    notes: {
      en: 'y = 3u + 1 with u = 2x² − x − 2, so dy/dx = 3(4x − 1) = 12x − 3, which vanishes at x = 1/4.',
      es: 'y = 3u + 1 con u = 2x² − x − 2, así que dy/dx = 3(4x − 1) = 12x − 3, que se anula en x = 1/4.',
    },
  },
  {
    id: 'double-well',
    name: { en: 'Double well x⁴ − 3x² + x', es: 'Doble pozo x⁴ − 3x² + x' },
    formula: 'x^4 - 3*x^2 + x',
    dims: 1,
    domain: [-2.5, 2.5],
    minima: [
      { point: [-1.3008395659415772], value: -3.513905038934789, global: true },
      { point: [1.1309011226299859], value: -1.0702301817761541 },
    ],
    starts: [[2], [-0.5]],
    notes: {
      en: 'Two wells of different depth: from x = 2 descent settles in the shallower one.',
      es: 'Dos pozos de distinta profundidad: desde x = 2 el descenso se queda en el menos profundo.',
    },
  },
  {
    id: 'sine',
    name: { en: 'Sine', es: 'Seno' },
    formula: 'sin(x)',
    dims: 1,
    domain: [-7, 7],
    minima: [
      { point: [-1.5707963267948966], value: -1, global: true },
      { point: [4.71238898038469], value: -1, global: true },
    ],
    starts: [[1]],
  },
  {
    id: 'abs',
    name: { en: 'Absolute value |x|', es: 'Valor absoluto |x|' },
    formula: 'abs(x)',
    dims: 1,
    domain: [-3, 3],
    minima: [{ point: [0], value: 0, global: true }],
    starts: [[1.5]],
    notes: {
      en: 'A kink at the minimum: the slope is ±1 everywhere else, so fixed steps overshoot and oscillate around 0.',
      es: 'Un pico en el mínimo: la pendiente es ±1 en el resto, así que los pasos fijos se pasan y oscilan alrededor de 0.',
    },
  },
  {
    id: 'quartic',
    name: { en: 'Quartic x⁴', es: 'Cuártica x⁴' },
    formula: 'x^4',
    dims: 1,
    domain: [-2, 2],
    minima: [{ point: [0], value: 0, global: true }],
    starts: [[1.5]],
    notes: {
      en: 'A flat bottom: the curvature is zero at the minimum, so gradient descent slows down as it approaches.',
      es: 'Un fondo plano: la curvatura es cero en el mínimo, así que el descenso de gradiente se frena al acercarse.',
    },
  },
];

/** Freezes a record and everything in it, so no caller can change the shared catalog. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export const catalog: readonly Surface[] = deepFreeze([...surfaces2D, ...surfaces1D]);
