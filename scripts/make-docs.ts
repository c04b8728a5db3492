/**
 * Writes docs/tour.md, a tour of the command line with real output, and the figures it shows
 * (docs/tour-*.png): every block below is run through the CLI's own `main`, so the page cannot
 * drift from what `descenso` prints.
 *
 *   npx tsx scripts/make-docs.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopLabs } from '../src/cli/lab.js';
import { main } from '../src/cli/main.js';
import { cli, fakeIo } from '../src/cli/testing.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const docs = join(root, 'docs');
mkdirSync(docs, { recursive: true });

/** Shell quoting for display: arguments with spaces or specials go in double quotes. */
const shown = (args: string[]) =>
  args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `"${a.replace(/(["\\$`])/g, '\\$1')}"`)).join(' ');

/** Runs `descenso ARGS` (cwd: the repository) and returns a fenced block of the command and its output. */
async function run(args: string[], options: { lines?: number; lang?: 'es' | 'en'; stderr?: boolean } = {}) {
  const r = await cli(args, { cwd: root, lang: options.lang });
  const expectError = options.stderr === true;
  if ((r.code !== 0) !== expectError)
    throw new Error(`descenso ${args.join(' ')}: exit ${r.code}\n${r.stderr}`);
  let out = (expectError ? r.stderr : r.stdout).replace(/\n$/, '').split('\n');
  if (options.lines !== undefined && out.length > options.lines) out = [...out.slice(0, options.lines), '…'];
  const env = options.lang === 'es' ? 'LANG=es_ES.UTF-8 ' : '';
  const note = !expectError && r.stderr ? `\n${r.stderr.replace(/\n$/, '')}` : '';
  return [
    '```console',
    `$ ${env}descenso ${shown(args)}`,
    ...out,
    ...(note ? [note.slice(1)] : []),
    '```',
  ].join('\n');
}

const png = (name: string) => join(docs, `tour-${name}.png`);
const rel = (file: string) => relative(root, file);
/** An image of docs/, by file name. */
const image = (file: string, alt: string) => `![${alt}](${file})`;

/**
 * `descenso lab` serves until stopped: run it, wait for its address line, stop it, and show the
 * line. Without a built lab the command's own error is what a reader would see, so it is shown.
 */
async function runLab(): Promise<string> {
  const args = ['lab', '--port', '5173'];
  if (!existsSync(join(root, 'web', 'dist', 'index.html'))) return run(args, { stderr: true });
  const io = fakeIo({ cwd: root });
  const done = main(args, io);
  for (let i = 0; i < 250 && io.out.length === 0 && io.err.length === 0; i++)
    await new Promise((ok) => setTimeout(ok, 20));
  await stopLabs();
  await done;
  const out = [...io.out, ...io.err].join('').replace(/\n$/, '');
  return ['```console', `$ descenso ${shown(args)}`, out, '^C', '```'].join('\n');
}

// A small data file with a column of names: fit reads the numbers and says what it left out.
const heights = join(docs, 'tour-heights.csv');
writeFileSync(
  heights,
  ['name,age,height', 'Ana,4,102', 'Luis,6,115', 'Marta,8,128', 'Pablo,10,139', 'Sara,12,151'].join('\n') +
    '\n',
);

const race = join(docs, 'tour-race.json');
writeFileSync(
  race,
  `${JSON.stringify(
    {
      kind: 'descend',
      surface: 'peaks',
      start: [-0.35, -0.67],
      steps: 60,
      optimizers: [
        { name: 'sgd', options: { lr: 0.03 }, label: 'GD' },
        { name: 'sgd', options: { lr: 0.03, momentum: 0.9 }, label: 'Momentum' },
        { name: 'adam', options: { lr: 0.1 }, label: 'Adam' },
      ],
    },
    null,
    2,
  )}\n`,
);

// An Experiment with a fault, for the errors section.
const badRun = join(docs, 'tour-bad.json');
writeFileSync(
  badRun,
  `${JSON.stringify({ kind: 'descend', surface: 'peaks', steps: 'many', optimizers: ['adam'] })}\n`,
);

const parts: string[] = [
  '# A tour of the `descenso` command line',
  '',
  'Every block on this page was produced by `npx tsx scripts/make-docs.ts`, which runs the commands',
  'through the CLI itself and writes the figures next to this file. From a checkout, run the same',
  'commands with `npm run descenso -- …` (or `npx tsx src/cli/bin.ts …`). Messages, help, table',
  'headings and figure labels follow `--lang es|en`, else `LC_ALL`/`LC_MESSAGES`/`LANG`.',
  '',
  '## The commands',
  '',
  await run(['--help']),
  '',
  'Each command has its own help, with every flag, its default and its allowed values:',
  '',
  await run(['descend', '--help'], { lang: 'es', lines: 14 }),
  '',
  '## The five tutorials',
  '',
  '`descenso tutorial NAME` runs one of the tutorials the project grew from and prints what it',
  'printed, in its own words; the lines starting with `#` are descenso’s. `--plot DIR` writes the',
  'tutorial’s figures as PNG files.',
  '',
  await run(['tutorial', 'list']),
  '',
  await run(['tutorial', 'peaks', '--plot', 'docs']),
  '',
  image('peaks-gd.png', 'The tutorial’s five steps on the peaks surface'),
  '',
  await run(['tutorial', 'derivative']),
  '',
  await run(['tutorial', 'jax-regression', '--plot', 'docs'], { lines: 12 }),
  '',
  image('jax-loss-curve.png', 'The loss L(w₁) with the path of gradient descent'),
  '',
  '## Surfaces and optimizers',
  '',
  await run(['surfaces'], { lines: 6 }),
  '',
  await run(['surfaces', 'rosenbrock']),
  '',
  await run(['optimizers'], { lines: 13 }),
  '',
  await run(['optimizers', 'adam']),
  '',
  '## Descending',
  '',
  'The first tutorial’s run: forward differences with h = 1e-5, steps of 0.03. A negative start can',
  'follow the flag after a space or an equals sign.',
  '',
  await run([
    'descend',
    '--surface',
    'peaks',
    '--from',
    '-0.35,-0.67',
    '--lr',
    '0.03',
    '--steps',
    '5',
    '--gradient',
    'forward',
  ]),
  '',
  'Several optimizers race when `--optimizer` is repeated or given a list; `--plot` draws the',
  'contour map (coolwarm, 30 levels) with one colour per run, and `--plot-values` adds the gap to',
  'the minimum against the step on a log scale:',
  '',
  await run([
    'descend',
    '--surface',
    'peaks',
    '--from=-0.35,-0.67',
    '--optimizer',
    'sgd,adam',
    '--lr',
    '0.05',
    '--steps',
    '60',
    '--every',
    '20',
    '--plot',
    rel(png('race')),
    '--plot-values',
  ]),
  '',
  image('tour-race.png', 'SGD and Adam on peaks, with the value panel'),
  '',
  'Any formula works; variables are taken in order of appearance (or `--vars`), and a start can',
  'name them. Output as CSV:',
  '',
  await run([
    'descend',
    '--formula',
    '2*(3*a**2 - 2*a + b**2 + 1) + c',
    '--from',
    'a=1,b=1,c=1',
    '--optimizer',
    'sign',
    '--lr',
    '0.05',
    '--steps',
    '250',
    '--every',
    '125',
    '--format',
    'csv',
  ]),
  '',
  'A function of one variable is drawn with the path on it:',
  '',
  await run([
    'descend',
    '--formula',
    'x^4 - 3x^2 + x',
    '--from',
    '2',
    '--lr',
    '0.01',
    '--steps',
    '50',
    '--every',
    '25',
    '--plot',
    rel(png('double-well')),
  ]),
  '',
  image('tour-double-well.png', 'Descent into the shallower well of x⁴ − 3x² + x'),
  '',
  '## Gradients',
  '',
  await run(['grad', '2*x^2 - 3*x + 4', '--at', 'x=-1', '--method', 'forward', '--h', '0.0001']),
  '',
  await run([
    'grad',
    '2*x^2 - 3*x + 4',
    '--at',
    'x=-1',
    '--method',
    'forward',
    '--h',
    '0.5',
    '--plot',
    rel(png('tangent')),
  ]),
  '',
  image('tour-tangent.png', 'The tangent at x = −1 and the secant of step 0.5'),
  '',
  'A function of several variables gets one panel per variable, the others held at the point',
  '(here with Spanish labels):',
  '',
  await run(
    ['grad', 'a^2 + a*b + 3*sin(c)', '--at', 'a=1,b=2,c=-1', '--h', '0.3', '--plot', rel(png('grad-3'))],
    { lang: 'es' },
  ),
  '',
  image('tour-grad-3.png', 'Tangents and secants along a, b and c'),
  '',
  '## Simulated data',
  '',
  '`descenso simulate` draws the data sets the tutorials draw, with NumPy’s generator (seed 22 by',
  'default, as the JAX tutorial), as JSON or CSV; `fit` takes the same flags.',
  '',
  await run(['simulate', '--data', 'affine', '--points', '5', '--format', 'csv']),
  '',
  '## Fitting',
  '',
  'The JAX tutorial’s one-parameter regression, in Spanish: the data and the model, the loss per',
  'epoch on a log scale, and the loss L(w) with the path of gradient descent.',
  '',
  await run(
    ['fit', '--init', 'w=10', '--lr', '0.01', '--epochs', '60', '--every', '20', '--plot', rel(png('fit-w'))],
    { lang: 'es' },
  ),
  '',
  image('tour-fit-w.png', 'Datos y modelo, pérdida por época, L(w) con la trayectoria'),
  '',
  'Two parameters: the loss is drawn over (a, b) with the path.',
  '',
  await run([
    'fit',
    '--model',
    'affine',
    '--slope',
    '0.5',
    '--intercept',
    '0.3',
    '--noise',
    '0.3',
    '--points',
    '200',
    '--x-range',
    '0,1',
    '--loss',
    'sse',
    '--epochs',
    '70',
    '--lr',
    '0.001',
    '--every',
    '10',
    '--plot',
    rel(png('fit')),
  ]),
  '',
  image('tour-fit.png', 'Data and model, loss per epoch, and the path over (a, b)'),
  '',
  `A CSV file works too (\`--data FILE.csv\` or \`--data-file\`); a column of text is left out and named on stderr ([${rel(heights).replace(/^docs\//, '')}](${rel(heights).replace(/^docs\//, '')})):`,
  '',
  await run([
    'fit',
    '--data',
    rel(heights),
    '--model',
    'affine',
    '--lr',
    '0.005',
    '--epochs',
    '4000',
    '--every',
    '2000',
  ]),
  '',
  '## Experiment files',
  '',
  `\`descenso run\` takes one Experiment (the schema of \`src/experiment\`, the same the lab reads from its address): here [${rel(race).replace(/^docs\//, '')}](${rel(race).replace(/^docs\//, '')}).`,
  '',
  await run(['run', rel(race), '--every', '30', '--plot', rel(png('run'))]),
  '',
  image('tour-run.png', 'GD, momentum and Adam from the tutorial’s start'),
  '',
  '## The web lab',
  '',
  '`descenso lab` serves the built lab (`npm run build:web`) on http://127.0.0.1:5173/ (a busy port',
  'falls back to a free one) until Ctrl-C.',
  '',
  await runLab(),
  '',
  'Long runs draw a progress bar on stderr when it is a terminal (never in pipes or files).',
  '',
  '## When something is wrong',
  '',
  'Mistakes end with exit status 2 and one line in the user’s language (`--debug` adds the stack);',
  'a formula is echoed with a caret under the fault, and an Experiment names the JSON path:',
  '',
  await run(['descend', '--formula', 'x^2 + * y'], { stderr: true }),
  '',
  await run(['descend', '--surface', 'peaks', '--steps', '-5'], { stderr: true, lang: 'es' }),
  '',
  await run(['tutorial', 'peak'], { stderr: true }),
  '',
  await run(['run', rel(badRun)], { stderr: true, lang: 'es' }),
  '',
];

writeFileSync(join(docs, 'tour.md'), `${parts.join('\n')}\n`);
console.log(`wrote ${rel(join(docs, 'tour.md'))}`);

// ---- the README's tour: one short excerpt per command and its figure, between two markers ----

const START = '<!-- cli-tour:start (written by scripts/make-docs.ts) -->';
const END = '<!-- cli-tour:end -->';
const readmeImage = (file: string, alt: string) => `![${alt}](docs/${file})`;
const tour: string[] = [
  START,
  '',
  'Each block is real output, written by `npx tsx scripts/make-docs.ts` with the figures under `docs/`',
  '(the full tour, with every command and its errors: [docs/tour.md](docs/tour.md)).',
  '',
  '**descend**: an optimizer (or several, `--optimizer sgd,adam`) on a surface or a formula;',
  '`--plot` draws the contour map with the paths, `--plot-values` the value against the step.',
  '',
  await run([
    'descend',
    '--surface',
    'peaks',
    '--from=-0.35,-0.67',
    '--lr',
    '0.03',
    '--steps',
    '3',
    '--gradient',
    'forward',
  ]),
  '',
  readmeImage('tour-race.png', 'SGD and Adam on peaks, with the value panel'),
  '',
  '**grad**: the value and gradient at a point; `--plot` draws the tangent and the secant of step h.',
  '',
  await run(['grad', '2*x^2 - 3*x + 4', '--at', 'x=-1', '--method', 'forward', '--h', '0.0001']),
  '',
  readmeImage('tour-tangent.png', 'The tangent at x = −1 and the secant of step 0.5'),
  '',
  '**simulate** and **fit**: NumPy-seeded data, or a CSV file, and a model trained on it;',
  '`--plot` draws the data and model, the loss per epoch and the loss over the parameters.',
  '',
  await run(['simulate', '--points', '3', '--format', 'csv']),
  '',
  await run(['fit', '--init', 'w=10', '--lr', '0.01', '--epochs', '60', '--every', '20'], { lang: 'es' }),
  '',
  readmeImage('tour-fit-w.png', 'Datos y modelo, pérdida por época, L(w) con la trayectoria'),
  '',
  '**surfaces**, **optimizers**, **tutorial**: the catalog, the update equations per convention, and',
  'the five tutorials printed as they printed (`--plot DIR` writes their figures).',
  '',
  await run(['surfaces'], { lines: 4 }),
  '',
  await run(['optimizers', 'adam'], { lines: 8 }),
  '',
  await run(['tutorial', 'derivative'], { lines: 6 }),
  '',
  readmeImage('peaks-gd.png', 'The first tutorial’s five steps on the peaks surface'),
  '',
  '**run**: an Experiment file (the lab’s export) with a descent, a fit or a race.',
  '',
  await run(['run', rel(race), '--every', '30'], { lines: 6 }),
  '',
  readmeImage('tour-run.png', 'GD, momentum and Adam from the tutorial’s start'),
  '',
  '**lab**: serves the web lab.',
  '',
  await runLab(),
  '',
  END,
];
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const a = readme.indexOf(START);
const b = readme.indexOf(END);
if (a < 0 || b < a) throw new Error(`README.md has no ${START} … ${END} section to fill`);
writeFileSync(readmePath, `${readme.slice(0, a)}${tour.join('\n')}${readme.slice(b + END.length)}`);
console.log('wrote README.md (the CLI tour section)');
