/**
 * Messages of the CLI's tour commands (English): help, the catalog listings, the tutorials,
 * `run`, `lab`, figures written with --plot, and their errors.
 */
export const clitour = {
  // commander's help, translated
  'tour-help-usage': () => 'Usage:',
  'tour-help-options': () => 'Options:',
  'tour-help-arguments': () => 'Arguments:',
  'tour-help-commands': () => 'Commands:',
  'tour-help-global-options': () => 'Global options:',
  'tour-help-default': (p: { value: string }) => `(default: ${p.value})`,
  'tour-help-allowed': (p: { values: string }) => `allowed: ${p.values}`,
  'tour-help-help': () => 'show this help',
  'tour-help-help-command': () => 'show the help of a command',
  'tour-help-version': () => 'show the version number',
  'tour-help-options-usage': () => '[options]',
  'tour-help-command-usage': () => '[command]',
  'tour-help-program': () =>
    'descenso: a gradient-descent lab (automatic differentiation, optimizers, surfaces, regression)',
  'tour-help-debug': () => 'show stack traces of errors',
  'tour-help-required': () => '(required)',
  'tour-help-lang': () =>
    'language: es | en (default: from LC_ALL, LC_MESSAGES or LANG; es… is Spanish, else English)',
  'tour-help-default-vars': () => '(default: the order in which they first appear)',
  'tour-help-default-none-steps': () => '(default: none; every step is taken)',
  'tour-help-default-none-epochs': () => '(default: none; every epoch is run)',
  'tour-help-default-init': () => '(default: zeros; random from --seed for networks)',
  'tour-help-default-seed-fit': () =>
    '(default: 22 for the data, 0 for the shuffles and a network’s weights)',
  'tour-help-default-data': () => '(default: linear, or formula with --formula)',
  'tour-help-default-loss': () => '(default: mse; bce for logistic)',
  'tour-help-one-function': () => 'one of --surface and --formula is required',

  // flags shared by several commands
  'tour-format': () => 'output format',
  'tour-every': () => 'print every N-th step (and the last)',
  'tour-plot-file': () => 'draw the run into FILE.svg or FILE.png',
  'tour-plot-domain': () =>
    "with --plot: the ranges drawn, x0,x1 or x0,x1,y0,y1 (default: the surface's domain, or around the paths)",
  'tour-domain-order': (p: { low: number; high: number }) =>
    `--domain: each range must go from low to high, got ${p.low},${p.high}`,
  'tour-plot-values': () => 'with --plot: add the value-versus-step panel (log scale)',
  'tour-col-step': () => 'step',
  'tour-col-epoch': () => 'epoch',
  'tour-wrote': (p: { file: string }) => `wrote ${p.file}`,

  // the optimizer flags of descend and fit
  'tour-optflag-lr-schedule': (p: { values: string }) =>
    `the learning rate as a schedule, kind:key=value,…, from the --lr (or lr=…) at step 0: ${p.values}; see \`descenso optimizers\` (default: none, a constant --lr)`,
  'tour-optflag-off': () => '(default: none, no clipping)',
  'tour-optflag-range': () => 'range',
  'tour-optflag-flag': () => 'flag',
  'tour-optflag-clipping': () => 'clipping, before anything else (clipValue first, then clipNorm):',
  'tour-optflag-schedules': () => 'learning-rate schedules (--lr-schedule), with the --lr as lr:',
  'tour-optflag-convention': () => 'defaults and formulas: pytorch | keras',
  'tour-optflag-default': () => '(default: the convention’s, see `descenso optimizers`)',

  // descend
  'tour-descend-description': () => 'an optimizer (or several) walks a surface or a formula',
  'tour-descend-surface': () => 'a catalog surface (see `descenso surfaces`)',
  'tour-descend-formula': () => 'your own function, e.g. "x^2 + 3*sin(y)"',
  'tour-descend-vars': () => "the order of the formula's variables, e.g. a,b,c",
  'tour-descend-optimizer': () => 'the optimizer; repeat the flag or use commas to compare several',
  'tour-descend-from': () =>
    'the start: --from=-0.35,-0.67 or --from=a=1,b=1 (default: the surface’s start, else zeros)',
  'tour-descend-steps': (p: { max: string }) => `number of steps, 0 to ${p.max}`,
  'tour-descend-gradient': () => 'how the gradient is taken',
  'tour-descend-h': () => 'step h of the finite differences, > 0',
  'tour-descend-tol': () => 'stop when |grad| ≤ tol (> 0)',
  'tour-descend-noise': () =>
    'gradient noise: σ of the Gaussian noise added to each component of the gradient, ≥ 0 (default: none)',
  'tour-descend-noise-seed': () => 'seed of the gradient noise, 0…4294967295, with --noise (default: 0)',
  'tour-save-study': () =>
    'also write the study to FILE.json, to run it again (the same table) with `descenso run FILE.json`',
  'tour-save': () => 'also write the experiment to FILE.json, to run it again with `descenso run FILE.json`',
  'tour-help-noise-data': () => '(noise of the data, not of the gradient)',
  'tour-need-function': () => 'give a function: --surface ID or --formula TEXT',
  'tour-bad-name': (p: { flag: string; name: string; names: string }) =>
    `${p.flag}: the function has no variable '${p.name}' (its variables: ${p.names})`,
  'tour-status-diverged': (p: { step: number }) => `status: diverged at step ${p.step}`,
  'descend-evaluations': (p: { value: number; gradient: number }) =>
    `evaluations: ${p.value} of f, ${p.gradient} of ∇f (the start's included)`,
  'tour-status-converged': (p: { steps: number }) =>
    `status: converged in ${p.steps} ${p.steps === 1 ? 'step' : 'steps'}`,
  'tour-status-max-steps': (p: { steps: number }) =>
    `status: ${p.steps} ${p.steps === 1 ? 'step' : 'steps'} (maximum reached)`,

  // grad
  'tour-grad-description': () => 'the value and gradient of a formula at a point',
  'tour-grad-formula': () => 'the function, e.g. "2*x^2 - 3*x + 4"',
  'tour-grad-at': () =>
    'the point: x=-1 or a=1,b=2 (by name), or -1 and 1,2 (in the order the variables first appear)',
  'tour-grad-method': () => 'exact (autodiff) or a difference quotient',
  'tour-grad-plot': () => 'draw f with its tangent and the secant of step h into FILE.svg or FILE.png',
  'tour-grad-point': () => 'point',

  // figures
  'tour-plot-extension': (p: { flag: string; value: string }) =>
    `${p.flag} needs a file name ending in .svg or .png, got '${p.value}'`,
  'tour-plot-values-title': () => 'Value against step',
  'tour-fig-peaks-gd': () => 'Gradient descent by forward differences (lr = 0.03)',
  'tour-fig-peaks-keras': () => 'tf.keras.optimizers.SGD(learning_rate=0.03)',
  'tour-fig-sign-descent': () => 'Descent by the sign of the derivative (α = 0.01)',
  'tour-fig-independent': () => 'independent',
  'tour-fig-dependent': () => 'dependent',
  'tour-fig-cost': () => 'cost values',
  'tour-fig-measurements': () => 'Measurements',
  'tour-fig-observations': () => 'Observations',
  'tour-fig-by-hand': () => 'gradient by hand',

  // fit
  'tour-fit-plot': () =>
    'draw the fit into FILE.svg or FILE.png: data and model, loss against epoch, the loss over the parameters (one or two)',
  'tour-fit-loss': () => 'loss function',
  'tour-fit-data-csv': () => 'or a CSV file: --data FILE.csv reads it as --data-file does',
  'tour-fit-text-column': (p: { file: string; name: string }) =>
    `warning: ${p.file}: the column "${p.name}" holds text and was left out (x and y come from the numeric columns)`,
  'tour-fit-one-column': (p: { file: string; name: string }) =>
    `note: ${p.file} has one numeric column ("${p.name}"): it is y, and x is the row number 0, 1, 2, …`,
  'tour-fit-model-inputs': (p: { model: string; takes: number; inputs: number }) =>
    `--model ${p.model} takes ${p.takes} input${p.takes === 1 ? '' : 's'}, but the data have ${p.inputs}` +
    (p.inputs === 1 ? ' (try linear, affine or poly:K)' : ' (try logistic or mlp:H)'),

  // files
  'tour-file-missing': () => 'no such file or folder',
  'tour-file-denied': () => 'permission denied',
  'tour-file-is-dir': () => 'it is a folder, not a file',
  'tour-file-not-dir': () => 'a part of the path is not a folder',
  'tour-file-nul': () => 'the name holds a NUL character, which no file name can hold',
  'tour-file-long-name': () => 'the name is too long for the file system',
  'tour-file-no-space': () => 'there is no space left on the disk',
  'tour-file-read-only': () => 'the file system is read-only',
  'tour-file-loop': () => 'the path goes round a loop of symbolic links',
  'tour-file-system': (p: { code: string }) => `the system refused it (${p.code})`,
  'tour-file-too-big-data': (p: { mb: number }) => `the file is too large (over ${p.mb} MB)`,

  // surfaces
  'tour-surf-description': () => 'the catalog of surfaces: id, name, formula, domain, minima',
  'tour-surf-arg': () => 'one surface to show in full (LaTeX, NumPy code, starts, notes)',
  'tour-surf-id': () => 'id',
  'tour-surf-name': () => 'name',
  'tour-surf-formula': () => 'formula',
  'tour-surf-latex': () => 'LaTeX',
  'tour-surf-numpy': () => 'NumPy',
  'tour-surf-domain': () => 'domain',
  'tour-surf-minima': () => 'minima',
  'tour-surf-minimum': () => 'minimum',
  'tour-surf-more': (p: { count: number }) => `(+${p.count} more)`,
  'tour-surf-starts': () => 'starts',
  'tour-surf-notes': () => 'notes',
  'tour-surf-global': () => '(global)',
  'tour-surf-no-minimum': () => 'none in the domain',

  // optimizers
  'tour-opt-description': () =>
    'the optimizers: update equations, defaults per convention, PyTorch/Keras differences',
  'tour-opt-arg': (p: { names: string }) => `one optimizer to show: ${p.names}`,
  'tour-opt-name': () => 'optimizer',
  'tour-opt-lr': (p: { conventions: string }) => `lr (${p.conventions})`,
  'tour-opt-summary': () => 'what it does',
  'tour-opt-alias': (p: { names: string }) => `also ${p.names}`,
  'tour-opt-no-framework': () => 'none in the framework',
  'tour-opt-defaults': () => 'defaults',
  'tour-opt-option': () => 'option',
  'tour-opt-symbol': () => 'symbol',
  'tour-opt-fixed': () => '(fixed)',
  'tour-opt-update': (p: { convention: string }) => `update (${p.convention})`,
  'tour-opt-differences': () => 'PyTorch and Keras differ:',

  // tutorials
  'tour-tut-description': () =>
    "run one of the five tutorials and print what it printed, or the answer to seed 004's exercise (`tutorial list`)",
  'tour-tut-arg': (p: { names: string }) => `list, or a tutorial: ${p.names}`,
  'tour-tut-plot': () => "write the tutorial's figures as PNG files into DIR",
  'tour-tut-name': () => 'tutorial',
  'tour-tut-seed': () => 'seed',
  'tour-tut-what': () => 'what it does',
  'tour-tutorial-unknown': (p: { name: string; names: string }) =>
    `unknown tutorial '${p.name}' (tutorials: ${p.names}; or list)`,
  'tour-tut-title-peaks': () => 'Gradient descent on the peaks loss, by hand and with Keras SGD',
  'tour-tut-title-numpy-autograd': () =>
    'Regression f = w·x with NumPy (gradient by hand) and PyTorch (autograd)',
  'tour-tut-title-derivative': () => 'Derivatives, and descent by the sign of the slope',
  'tour-tut-title-gradient-tape': () => "Regression y = a + b·x with TensorFlow's GradientTape",
  'tour-tut-title-jax-regression': () => "One-parameter regression with JAX's grad",
  'tour-tut-note-peaks': () =>
    [
      'The first array is the tutorial’s to the last digit: forward differences (h = 1e-5), steps of 0.03, float64.',
      'The second is Keras’s SGD in float32: TensorFlow’s float32 exp and pow round differently, so the last digits can differ by about 1e-7.',
    ].join('\n'),
  'tour-tut-note-numpy-autograd': () =>
    [
      'Both logs are the tutorial’s, line for line, computed in float32.',
      'The hand-written gradient dot(2x, ŷ − y) leaves out the 1/N of the mean: it is 4 times the true one here, so part 1 runs at an effective rate of 0.04.',
    ].join('\n'),
  'tour-tut-note-derivative': () =>
    [
      'Every number is the tutorial’s to the last digit, from `derivative` (h = 1e-4) and descend’s sign optimizer.',
      'The chain-rule loop steps on 6x − 3, as its code does, not on the 12x − 3 its text derives: so it ends near 1/2, not 1/4.',
    ].join('\n'),
  'tour-tut-note-gradient-tape': () =>
    'The tutorial draws its data without a seed, so its losses cannot be repeated; these use seed 42 (np.random.seed(42) gives the same data).',
  'tour-tut-title-jax-exercise': () => "Seed 004's exercise answered: the learning rate of the fewest epochs",
  'tour-tut-note-jax-exercise': () =>
    'The table comes from the batched sweep; the eigenvalues from the data. Larger or smaller rates: change --vary.',
  'tour-ex-question': () =>
    "Seed 004 ends asking which hyper-parameters give the best model in the fewest epochs. A sweep answers it for the learning rate, on the tutorial's data and model (w from 10, at most 500 epochs, until the loss changes by less than 1e-9 in an epoch):",
  'tour-ex-more': (p: { n: number }) => `… and ${p.n} more rows (the command prints them all)`,
  'tour-ex-answer': (p: { lr: number; epochs: number }) =>
    `Answer: lr = ${p.lr} reaches the tolerance in the fewest epochs, ${p.epochs}.`,
  'tour-ex-hessian': (p: { min: string; max: string }) =>
    `Why: the loss L(w) = mean((y − w·x)²) is a parabola in w. Its Hessian, 2·mean(x²) computed from the data, is one number here: λ_min = ${p.min}, λ_max = ${p.max}.`,
  'tour-ex-factor': () =>
    'Each epoch multiplies the distance to the best w by 1 − lr·λ, so gradient descent is',
  'tour-ex-stable': (p: { bound: string }) =>
    `  stable only while |1 − lr·λ| < 1, that is for lr < 2/λ_max = ${p.bound},`,
  'tour-ex-fastest': (p: { lr: string }) =>
    `  fastest at lr = 2/(λ_min + λ_max) = ${p.lr}, where the factor is 0 (one epoch would land on the minimum).`,
  'tour-ex-beside': (p: { best: number; factor: string; fastest: string }) =>
    `Beside the sweep: its fastest rate, ${p.best}, has the factor ${p.factor}; the theory's ${p.fastest} has 0.`,
  'tour-ex-larger': (p: {
    last: number;
    epochs: number;
    lastFactor: string;
    grow: number;
    growFactor: string;
    final: string;
    start: string;
    after: number;
  }) =>
    `Larger rates overshoot, alternating sides of the minimum: ${p.last} still converges (factor ${p.lastFactor}, ${p.epochs} epochs); from ${p.grow} on |1 − lr·λ| > 1 (factor ${p.growFactor}), each epoch lands farther away and the loss grows instead of falling (${p.final} after ${p.after} epochs, from ${p.start}).`,
  'tour-tut-note-jax-regression': () =>
    'The initial line is the tutorial’s to the last digit (NumPy, float64); JAX computed the others in float32, descenso in float64, so they agree to about six digits.',

  // run
  'tour-run-description': () => 'run an Experiment file: a descent, a fit, or a comparison of optimizers',
  'tour-run-arg': () => 'the Experiment, a JSON file',

  // lab
  'tour-lab-description': () => 'serve the web lab and print its address (Ctrl-C stops it)',
  'tour-lab-port': () => 'port, 0 to 65535 (0: any free port; a busy port falls back to a free one)',
  'tour-lab-host': () => 'address to listen on (127.0.0.1: this computer only)',
  'tour-lab-root': () => 'folder of the built lab (default: web/dist; with --single: web/dist-single)',
  'tour-lab-serving': (p: { url: string }) => `descenso lab: ${p.url}`,
  'tour-lab-no-build': (p: { root: string }) =>
    `the lab is not built (no ${p.root}/index.html): run npm run build:web first`,
  'tour-lab-not-packaged': (p: { root: string }) =>
    `this installation of descenso has no built lab (no ${p.root}/index.html): reinstall the package, or give --root DIR`,
  'tour-lab-no-server': (p: { file: string }) => `the lab's server is missing: ${p.file}`,
  'tour-lab-listen': (p: { host: string; port: number; reason: string }) =>
    `cannot listen on ${p.host}:${p.port} (${p.reason})`,
  'tour-lab-single': () =>
    'instead of serving: print the path of the lab as one HTML file, to open without a server; with DIR, copy it there',
  'tour-lab-single-no-build': (p: { file: string }) =>
    `the lab as one file is not built (no ${p.file}): run npm run build:single first`,
  'tour-lab-single-not-packaged': (p: { file: string }) =>
    `this installation of descenso has no lab as one file (no ${p.file}): reinstall the package`,
  'tour-lab-single-write': (p: { file: string; reason: string }) => `cannot write ${p.file} (${p.reason})`,
};
