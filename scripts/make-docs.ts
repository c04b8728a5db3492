/**
 * Writes docs/tour.md, a tour of the command line with real output, and the figures it shows
 * (docs/tour-*.png): every block below is run through the CLI's own `main`, so the page cannot
 * drift from what `descenso` prints.
 *
 *   npx tsx scripts/make-docs.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '../src/cli/testing.js';

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
  '## Fitting',
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
];

writeFileSync(join(docs, 'tour.md'), `${parts.join('\n')}\n`);
console.log(`wrote ${rel(join(docs, 'tour.md'))}`);
