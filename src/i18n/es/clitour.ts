import type { clitour as en } from '../en/clitour.js';

/** Mensajes de las órdenes de recorrido de la CLI (español). */
export const clitour: typeof en = {
  'tour-help-usage': () => 'Uso:',
  'tour-help-options': () => 'Opciones:',
  'tour-help-arguments': () => 'Argumentos:',
  'tour-help-commands': () => 'Órdenes:',
  'tour-help-global-options': () => 'Opciones globales:',
  'tour-help-default': (p) => `(por omisión: ${p.value})`,
  'tour-help-allowed': (p) => `valores: ${p.values}`,
  'tour-help-help': () => 'muestra esta ayuda',
  'tour-help-help-command': () => 'muestra la ayuda de una orden',
  'tour-help-version': () => 'muestra el número de versión',
  'tour-help-options-usage': () => '[opciones]',
  'tour-help-command-usage': () => '[orden]',
  'tour-help-program': () =>
    'descenso: un laboratorio de descenso de gradiente (diferenciación automática, optimizadores, superficies, regresión)',
  'tour-help-debug': () => 'muestra la traza de los errores',
  'tour-help-required': () => '(obligatoria)',
  'tour-help-lang': () =>
    'idioma: es | en (por omisión: según LC_ALL, LC_MESSAGES o LANG; es… es español, si no inglés)',
  'tour-help-default-vars': () => '(por omisión: el orden en que aparecen por primera vez)',
  'tour-help-default-none-steps': () => '(por omisión: ninguna; se dan todos los pasos)',
  'tour-help-default-none-epochs': () => '(por omisión: ninguna; se hacen todas las épocas)',
  'tour-help-default-init': () => '(por omisión: ceros; al azar según --seed en las redes)',
  'tour-help-default-seed-fit': () =>
    '(por omisión: 22 para los datos, 0 para las mezclas y los pesos de una red)',
  'tour-help-default-data': () => '(por omisión: linear, o formula con --formula)',
  'tour-help-default-loss': () => '(por omisión: mse; bce para logistic)',
  'tour-help-one-function': () => 'se necesita una de --surface y --formula',

  'tour-format': () => 'formato de salida',
  'tour-every': () => 'mostrar uno de cada N pasos (y el último)',
  'tour-plot-file': () => 'dibuja la ejecución en FICHERO.svg o FICHERO.png',
  'tour-plot-domain': () =>
    'con --plot: los intervalos dibujados, x0,x1 o x0,x1,y0,y1 (por omisión: el dominio de la superficie, o alrededor de las trayectorias)',
  'tour-domain-order': (p) =>
    `--domain: cada intervalo debe ir de menor a mayor; se recibió ${p.low},${p.high}`,
  'tour-plot-values': () => 'con --plot: añade el panel de valor frente a paso (escala logarítmica)',
  'tour-col-step': () => 'paso',
  'tour-col-epoch': () => 'época',
  'tour-wrote': (p) => `escrito ${p.file}`,

  'tour-optflag-lr-schedule': (p) =>
    `la tasa de aprendizaje como planificación, tipo:clave=valor,…, desde la --lr (o lr=…) en el paso 0: ${p.values}; vea \`descenso optimizers\` (por omisión: ninguna, una --lr constante)`,
  'tour-optflag-off': () => '(por omisión: sin recorte)',
  'tour-optflag-range': () => 'rango',
  'tour-optflag-flag': () => 'en la CLI',
  'tour-optflag-clipping': () => 'recorte, antes que nada (primero clipValue, después clipNorm):',
  'tour-optflag-schedules': () =>
    'planificaciones de la tasa de aprendizaje (--lr-schedule), con la --lr como lr:',
  'tour-optflag-convention': () => 'valores por omisión y fórmulas: pytorch | keras',
  'tour-optflag-default': () => '(por omisión: el de la convención, ver `descenso optimizers`)',

  'tour-descend-description': () => 'un optimizador (o varios) recorre una superficie o una fórmula',
  'tour-descend-surface': () => 'una superficie del catálogo (ver `descenso surfaces`)',
  'tour-descend-formula': () => 'una función propia, p. ej. "x^2 + 3*sin(y)"',
  'tour-descend-vars': () => 'el orden de las variables de la fórmula, p. ej. a,b,c',
  'tour-descend-optimizer': () => 'el optimizador; repita la opción o use comas para comparar varios',
  'tour-descend-from': () =>
    'el punto de partida: --from=-0.35,-0.67 o --from=a=1,b=1 (por omisión: el de la superficie, si no ceros)',
  'tour-descend-steps': (p) => `número de pasos, de 0 a ${p.max}`,
  'tour-descend-gradient': () => 'cómo se calcula el gradiente',
  'tour-descend-h': () => 'paso h de las diferencias finitas, > 0',
  'tour-descend-tol': () => 'parar cuando |grad| ≤ tol (> 0)',
  'tour-descend-noise': () =>
    'ruido en el gradiente: σ del ruido gaussiano sumado a cada componente del gradiente, ≥ 0 (por omisión: ninguno)',
  'tour-descend-noise-seed': () =>
    'semilla del ruido del gradiente, 0…4294967295, con --noise (por omisión: 0)',
  'tour-save-study': () =>
    'escribe además el estudio en FICHERO.json, para repetirlo (la misma tabla) con `descenso run FICHERO.json`',
  'tour-save': () =>
    'escribir además el experimento en FICHERO.json, para repetirlo con `descenso run FICHERO.json`',
  'tour-help-noise-data': () => '(ruido de los datos, no del gradiente)',
  'tour-need-function': () => 'indique una función: --surface ID o --formula TEXTO',
  'tour-bad-name': (p) =>
    `${p.flag}: la función no tiene la variable '${p.name}' (sus variables: ${p.names})`,
  'tour-status-diverged': (p) => `estado: divergió en el paso ${p.step}`,
  'descend-evaluations': (p) => `evaluaciones: ${p.value} de f, ${p.gradient} de ∇f (con las del inicio)`,
  'tour-status-converged': (p) => `estado: convergió en ${p.steps} ${p.steps === 1 ? 'paso' : 'pasos'}`,
  'tour-status-max-steps': (p) => `estado: ${p.steps} ${p.steps === 1 ? 'paso' : 'pasos'} (máximo alcanzado)`,

  'tour-grad-description': () => 'el valor y el gradiente de una fórmula en un punto',
  'tour-grad-formula': () => 'la función, p. ej. "2*x^2 - 3*x + 4"',
  'tour-grad-at': () =>
    'el punto: x=-1 o a=1,b=2 (por nombre), o -1 y 1,2 (en el orden en que aparecen las variables)',
  'tour-grad-method': () => 'exacto (autodiff) o un cociente de diferencias',
  'tour-grad-plot': () => 'dibuja f con su tangente y la secante de paso h en FICHERO.svg o FICHERO.png',
  'tour-grad-point': () => 'punto',

  'tour-plot-extension': (p) =>
    `${p.flag} necesita un nombre de fichero terminado en .svg o .png y recibió '${p.value}'`,
  'tour-plot-values-title': () => 'Valor frente a paso',
  'tour-fig-peaks-gd': () => 'Descenso de gradiente por diferencias hacia delante (lr = 0.03)',
  'tour-fig-peaks-keras': () => 'tf.keras.optimizers.SGD(learning_rate=0.03)',
  'tour-fig-sign-descent': () => 'Descenso según el signo de la derivada (α = 0.01)',
  'tour-fig-independent': () => 'independiente',
  'tour-fig-dependent': () => 'dependiente',
  'tour-fig-cost': () => 'valores del coste',
  'tour-fig-measurements': () => 'Mediciones',
  'tour-fig-observations': () => 'Observaciones',
  'tour-fig-by-hand': () => 'gradiente a mano',

  'tour-fit-plot': () =>
    'dibuja el ajuste en FICHERO.svg o FICHERO.png: datos y modelo, pérdida frente a época, la pérdida sobre los parámetros (uno o dos)',
  'tour-fit-loss': () => 'función de pérdida',
  'tour-fit-data-csv': () => 'o un fichero CSV: --data FICHERO.csv lo lee como --data-file',
  'tour-fit-text-column': (p) =>
    `aviso: ${p.file}: la columna "${p.name}" contiene texto y se ha dejado fuera (x e y salen de las columnas numéricas)`,
  'tour-fit-one-column': (p) =>
    `nota: ${p.file} tiene una sola columna numérica ("${p.name}"): es y, y x es el número de fila 0, 1, 2, …`,
  'tour-fit-model-inputs': (p) =>
    `--model ${p.model} admite ${p.takes} ${p.takes === 1 ? 'entrada' : 'entradas'}, pero los datos tienen ${p.inputs}` +
    (p.inputs === 1 ? ' (pruebe linear, affine o poly:K)' : ' (pruebe logistic o mlp:H)'),

  'tour-file-missing': () => 'no existe ese fichero o carpeta',
  'tour-file-denied': () => 'permiso denegado',
  'tour-file-is-dir': () => 'es una carpeta, no un fichero',
  'tour-file-not-dir': () => 'una parte de la ruta no es una carpeta',
  'tour-file-nul': () => 'el nombre contiene un carácter NUL, que ningún nombre de fichero puede llevar',
  'tour-file-long-name': () => 'el nombre es demasiado largo para el sistema de ficheros',
  'tour-file-no-space': () => 'no queda espacio en el disco',
  'tour-file-read-only': () => 'el sistema de ficheros es de solo lectura',
  'tour-file-loop': () => 'la ruta da vueltas en un bucle de enlaces simbólicos',
  'tour-file-system': (p) => `el sistema lo ha rechazado (${p.code})`,
  'tour-file-too-big-data': (p) => `el fichero es demasiado grande (más de ${p.mb} MB)`,

  'tour-surf-description': () => 'el catálogo de superficies: id, nombre, fórmula, dominio, mínimos',
  'tour-surf-arg': () => 'una superficie para verla completa (LaTeX, código NumPy, inicios, notas)',
  'tour-surf-id': () => 'id',
  'tour-surf-name': () => 'nombre',
  'tour-surf-formula': () => 'fórmula',
  'tour-surf-latex': () => 'LaTeX',
  'tour-surf-numpy': () => 'NumPy',
  'tour-surf-domain': () => 'dominio',
  'tour-surf-minima': () => 'mínimos',
  'tour-surf-minimum': () => 'mínimo',
  'tour-surf-more': (p) => `(y ${p.count} más)`,
  'tour-surf-starts': () => 'inicios',
  'tour-surf-notes': () => 'notas',
  'tour-surf-global': () => '(global)',
  'tour-surf-no-minimum': () => 'ninguno en el dominio',

  'tour-opt-description': () =>
    'los optimizadores: ecuaciones de actualización, valores por omisión de cada convención, diferencias entre PyTorch y Keras',
  'tour-opt-arg': (p) => `un optimizador para mostrar: ${p.names}`,
  'tour-opt-name': () => 'optimizador',
  'tour-opt-lr': (p) => `lr (${p.conventions})`,
  'tour-opt-summary': () => 'qué hace',
  'tour-opt-alias': (p) => `también ${p.names}`,
  'tour-opt-no-framework': () => 'ninguno en el framework',
  'tour-opt-defaults': () => 'valores por omisión',
  'tour-opt-option': () => 'opción',
  'tour-opt-symbol': () => 'símbolo',
  'tour-opt-fixed': () => '(fija)',
  'tour-opt-update': (p) => `actualización (${p.convention})`,
  'tour-opt-differences': () => 'PyTorch y Keras difieren:',

  'tour-tut-description': () =>
    'ejecuta uno de los cinco tutoriales y muestra lo que mostró, o la respuesta al ejercicio del seed 004 (`tutorial list`)',
  'tour-tut-arg': (p) => `list, o un tutorial: ${p.names}`,
  'tour-tut-plot': () => 'escribe las figuras del tutorial como ficheros PNG en DIR',
  'tour-tut-name': () => 'tutorial',
  'tour-tut-seed': () => 'semilla',
  'tour-tut-what': () => 'qué hace',
  'tour-tutorial-unknown': (p) => `tutorial desconocido '${p.name}' (tutoriales: ${p.names}; o list)`,
  'tour-tut-title-peaks': () => 'Descenso de gradiente sobre la pérdida peaks, a mano y con el SGD de Keras',
  'tour-tut-title-numpy-autograd': () =>
    'Regresión f = w·x con NumPy (gradiente a mano) y PyTorch (autograd)',
  'tour-tut-title-derivative': () => 'Derivadas, y descenso según el signo de la pendiente',
  'tour-tut-title-gradient-tape': () => 'Regresión y = a + b·x con la GradientTape de TensorFlow',
  'tour-tut-title-jax-regression': () => 'Regresión de un parámetro con el grad de JAX',
  'tour-tut-note-peaks': () =>
    [
      'El primer array es el del tutorial hasta la última cifra: diferencias hacia delante (h = 1e-5), pasos de 0.03, float64.',
      'El segundo es el SGD de Keras en float32: el exp y el pow de TensorFlow en float32 redondean de otra forma, así que las últimas cifras pueden diferir en torno a 1e-7.',
    ].join('\n'),
  'tour-tut-note-numpy-autograd': () =>
    [
      'Los dos registros son los del tutorial, línea a línea, calculados en float32.',
      'El gradiente escrito a mano, dot(2x, ŷ − y), omite el 1/N de la media: aquí es 4 veces el verdadero, así que la parte 1 avanza con una tasa efectiva de 0.04.',
    ].join('\n'),
  'tour-tut-note-derivative': () =>
    [
      'Cada número es el del tutorial hasta la última cifra, con `derivative` (h = 1e-4) y el optimizador sign de descend.',
      'El bucle de la regla de la cadena avanza según 6x − 3, como hace su código, y no según el 12x − 3 que deduce su texto: por eso termina cerca de 1/2 y no de 1/4.',
    ].join('\n'),
  'tour-tut-note-gradient-tape': () =>
    'El tutorial genera sus datos sin semilla, así que sus pérdidas no se pueden repetir; estas usan la semilla 42 (np.random.seed(42) da los mismos datos).',
  'tour-tut-title-jax-exercise': () =>
    'El ejercicio del seed 004 resuelto: la tasa de aprendizaje de menos epochs',
  'tour-tut-note-jax-exercise': () =>
    'La tabla sale del barrido por lotes; los autovalores, de los datos. Otras tasas: cambie --vary.',
  'tour-ex-question': () =>
    'El seed 004 termina preguntando qué hiperparámetros dan el mejor modelo en menos epochs. Un barrido lo responde para la tasa de aprendizaje, con los datos y el modelo del tutorial (w desde 10, como mucho 500 epochs, hasta que la pérdida cambie menos de 1e-9 en una epoch):',
  'tour-ex-more': (p) => `… y ${p.n} filas más (el comando las imprime todas)`,
  'tour-ex-answer': (p) => `Respuesta: lr = ${p.lr} alcanza la tolerancia en menos epochs, ${p.epochs}.`,
  'tour-ex-hessian': (p) =>
    `Por qué: la pérdida L(w) = media((y − w·x)²) es una parábola en w. Su hessiana, 2·media(x²) calculada con los datos, aquí es un solo número: λ_mín = ${p.min}, λ_máx = ${p.max}.`,
  'tour-ex-factor': () =>
    'Cada epoch multiplica la distancia al mejor w por 1 − lr·λ, así que el descenso del gradiente es',
  'tour-ex-stable': (p) =>
    `  estable solo mientras |1 − lr·λ| < 1, es decir, para lr < 2/λ_máx = ${p.bound},`,
  'tour-ex-fastest': (p) =>
    `  el más rápido en lr = 2/(λ_mín + λ_máx) = ${p.lr}, donde el factor es 0 (una epoch llegaría al mínimo).`,
  'tour-ex-beside': (p) =>
    `Junto al barrido: su tasa más rápida, ${p.best}, tiene el factor ${p.factor}; la ${p.fastest} de la teoría tiene 0.`,
  'tour-ex-larger': (p) =>
    `Las tasas mayores se pasan, alternando a uno y otro lado del mínimo: ${p.last} aún converge (factor ${p.lastFactor}, ${p.epochs} epochs); desde ${p.grow}, |1 − lr·λ| > 1 (factor ${p.growFactor}), cada epoch cae más lejos y la pérdida crece en vez de bajar (${p.final} tras ${p.after} epochs, desde ${p.start}).`,
  'tour-tut-note-jax-regression': () =>
    'La línea inicial es la del tutorial hasta la última cifra (NumPy, float64); JAX calculó las demás en float32 y descenso en float64, así que coinciden en unas seis cifras.',

  'tour-run-description': () =>
    'ejecuta un fichero Experiment: un descenso, un ajuste o una comparación de optimizadores',
  'tour-run-arg': () => 'el Experiment, un fichero JSON',

  'tour-lab-description': () => 'sirve el laboratorio web y muestra su dirección (Ctrl-C lo detiene)',
  'tour-lab-port': () => 'puerto, de 0 a 65535 (0: cualquiera libre; si está ocupado se usa otro libre)',
  'tour-lab-host': () => 'dirección en la que escuchar (127.0.0.1: solo este ordenador)',
  'tour-lab-root': () =>
    'carpeta del laboratorio compilado (por omisión: web/dist; con --single: web/dist-single)',
  'tour-lab-serving': (p) => `laboratorio de descenso: ${p.url}`,
  'tour-lab-no-build': (p) =>
    `el laboratorio no está compilado (falta ${p.root}/index.html): ejecute antes npm run build:web`,
  'tour-lab-not-packaged': (p) =>
    `esta instalación de descenso no trae el laboratorio compilado (falta ${p.root}/index.html): reinstale el paquete o indique --root CARPETA`,
  'tour-lab-no-server': (p) => `falta el servidor del laboratorio: ${p.file}`,
  'tour-lab-listen': (p) => `no se puede escuchar en ${p.host}:${p.port} (${p.reason})`,
  'tour-lab-single': () =>
    'en vez de servirlo: muestra la ruta del laboratorio en un solo fichero HTML, para abrirlo sin servidor; con CARPETA, lo copia allí',
  'tour-lab-single-no-build': (p) =>
    `el laboratorio en un solo fichero no está compilado (falta ${p.file}): ejecute antes npm run build:single`,
  'tour-lab-single-not-packaged': (p) =>
    `esta instalación de descenso no trae el laboratorio en un solo fichero (falta ${p.file}): reinstale el paquete`,
  'tour-lab-single-write': (p) => `no se puede escribir ${p.file} (${p.reason})`,
};
