/** Inputs of the chart functions a message can name. */
export type PlotInput =
  | 'colour'
  | 'grid-size'
  | 'grid-values'
  | 'grid-range'
  | 'levels'
  | 'path-points'
  | 'lengths'
  | 'tangent'
  | 'series'
  | 'panel'
  | 'panels'
  | 'png-width'
  | 'png-scale'
  | 'svg'
  | 'scale-domain'
  | 'scale-range'
  | 'log-domain'
  | 'samples'
  | 'field'
  | 'loss-params'
  | 'panels-options';
const plotInput: Record<PlotInput, string> = {
  colour: 'colour (#rgb or #rrggbb)',
  'grid-size': 'contour grid size (at least 2×2)',
  'grid-values': 'contour grid values (one per grid point)',
  'grid-range': 'contour grid range (finite, low < high)',
  levels: 'contour levels (a count from 1 to 1000, or at least two finite levels)',
  'path-points': 'path points (a list of [x, y])',
  lengths: 'pair of arrays (they must have the same length)',
  tangent: 'tangent point or slope (finite numbers)',
  series: 'series (y must be an array)',
  panel: 'panel (not an SVG chart of descenso)',
  panels: 'panels (at least one chart)',
  'panels-options': 'panel options (an object; columns, gap and titleSize finite numbers ≥ 0)',
  'png-width': 'PNG width (a finite number > 0)',
  'png-scale': 'PNG scale (a finite number > 0)',
  svg: 'SVG document',
  'scale-domain': 'scale domain (two finite numbers)',
  'scale-range': 'scale range (two finite numbers)',
  'log-domain': 'log scale domain (both ends > 0)',
  samples: 'sample count of the curve (from 2 to 100,000)',
  field: 'sampled function of the run (run.field, filled by run())',
  'loss-params': 'loss map parameters (each run has single-number parameters in its history)',
};

/** Labels drawn on the charts (English): legend entries, default axis labels and titles. */
export const plot = {
  'plot-bad-input': (p: { what: PlotInput; value: string }) => `invalid ${plotInput[p.what]}: ${p.value}`,
  'plot-start': () => 'start',
  'plot-end': () => 'end',
  'plot-diverged': (p: { name: string }) => `${p.name} (diverged)`,
  'plot-loss': () => 'Loss',
  'plot-epochs': () => 'Epochs',
  'plot-step': () => 'Step',
  'plot-value': () => 'Value',
  'plot-loss-vs-epochs': () => 'Loss vs epochs',
  'plot-data': () => 'Data',
  'plot-data-and-model': () => 'Data and model',
  'plot-model': () => 'Model',
  'plot-loss-function': () => 'Loss function',
  'plot-descent-path': () => 'Gradient descent',
  'plot-initial-state': () => 'Initial state',
  'plot-final-state': () => 'Final state',
  'plot-parameter-estimation': () => 'Parameter estimation',
  'plot-tangent': (p: { name: string; x0: string; slope: string }) =>
    `tangent at ${p.name} = ${p.x0} (slope ${p.slope})`,
  'plot-secant': (p: { h: string; slope: string }) => `secant, h = ${p.h} (slope ${p.slope})`,
  'plot-derivative': () => 'The derivative is the slope of the tangent',
  'plot-derivative-errors': () => 'Error of the difference quotients against h',
  'plot-forward-quotient': () => 'forward (f(x+h) − f(x)) / h',
  'plot-central-quotient': () => 'central (f(x+h) − f(x−h)) / 2h',
  'plot-abs-error': () => '|error|',
  'plot-derivative-descents': (p: { lr: string }) => `Descent from x: gradient against sign (α = ${p.lr})`,
  'plot-gradient-step': () => 'gradient descent x − α·f′(x)',
  'plot-sign-step': () => 'sign step x − α·sign(f′(x))',
  'plot-derivative-study': (p: { formula: string; x: string }) => `f(x) = ${p.formula} at x = ${p.x}`,
  'plot-chain-rule': (p: { x: string }) => `Chain rule at x = ${p.x}: dy/dx = dy/du · du/dx`,
  'plot-chain-direct': () => 'dy/dx of y(u(x)) (automatic)',
  'plot-contour-map': () => 'Contour map',
  'plot-line-chart': () => 'Line chart',
  'plot-scatter': () => 'Data and fitted curves',
  'plot-figure': () => 'Figure',
  'plot-no-data': () => 'no data to plot',
  'plot-no-positive': () => 'no positive values to show on a log scale',
  'plot-unknown-colormap': (p: { name: string; suggestion: string | null; known: string }) =>
    `unknown colour map '${p.name}'${p.suggestion ? ` (did you mean '${p.suggestion}'?)` : ''}; colour maps: ${p.known}`,
};
