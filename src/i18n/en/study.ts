/** The study lab and the surface lab's basin layer (English). */
type N = { done: number; total: number };

export const study = {
  'lab-tab-study': () => 'Studies',
  'study-settings': () => 'Study',
  'study-base': () => 'Base',
  'study-base-peaks': () => 'peaks: sgd and adam, lr',
  'study-base-phase': () => 'bowl-elongated: sgd, lr × momentum',
  'study-base-seed': () => "the seed's regression data, lr",
  'study-base-surface': () => "the surface lab's experiment",
  'study-steps': () => 'Steps',
  'study-epochs': () => 'Epochs',
  'study-tol-grad': () => 'Tolerance on ‖∇f‖',
  'study-tol-loss': () => 'Tolerance on the loss change',
  'study-vary-first': () => 'Vary',
  'study-vary-second': () => 'and vary',
  'study-option': () => 'Option',
  'study-from': () => 'from',
  'study-to': () => 'to',
  'study-scale': () => 'spacing',
  'study-scale-lin': () => 'linear',
  'study-scale-log': () => 'log',
  'study-count': () => 'values',
  'study-vary-add': () => 'Vary a second option (heat map)',
  'study-vary-remove': (p: { option: string }) => `Stop varying ${p.option}`,
  'study-metric': () => 'Metric',
  'study-metric-steps': () => 'steps to tolerance',
  'study-metric-evaluations': () => 'evaluations of f and ∇f to tolerance',
  'study-metric-final': () => 'final value',
  'study-metric-diverged': () => 'diverged at step',
  'study-no-optimizer': () => 'pick at least one optimizer',
  'study-vary-twice': (p: { option: string }) => `${p.option} is varied twice: pick another option`,
  'study-vary-count': (p: { option: string; max: number }) =>
    `${p.option}: the number of values goes from 1 to ${p.max}`,
  'study-vary-log': (p: { option: string }) => `${p.option}: a log range needs from and to above 0`,
  'study-vary-same': (p: { option: string }) =>
    `${p.option}: from equals to, so give 1 value or two different ends`,
  'study-figure-label': () => 'Study figure',
  'study-figure-help': () =>
    'Click a cell or point to open that run. With the figure focused: arrows move, Enter opens, Page Up/Down changes optimizer.',
  'study-row-text': (p: {
    optimizer: string;
    options: string;
    status: string;
    steps: string;
    final: string;
  }) => `${p.optimizer}, ${p.options}: ${p.status}, steps to tolerance ${p.steps}, final ${p.final}`,
  'study-status-max-steps': () => 'ran all its steps',
  'study-status-converged': () => 'converged',
  'study-status-diverged': () => 'diverged',
  'study-status-left-domain': () => 'left the domain',
  'study-status-error': () => 'error',
  'study-best': (p: { optimizer: string; options: string; steps: string }) =>
    `best for ${p.optimizer}: ${p.options} (${p.steps} to tolerance)`,
  'study-best-none': (p: { optimizer: string }) => `${p.optimizer}: no run ended well`,
  'study-done-of': (p: N) => `${p.done} of ${p.total} runs computed`,
  'study-table-caption': (p: { metric: string }) => `Runs ranked by ${p.metric}`,
  'study-open-run': () => 'Open this run in its lab',
  'study-ranking': () => 'Ranking',
  'study-progress': () => 'Study progress',
  'study-state-idle': (_p: N) => 'Not running',
  'study-state-running': (p: N) => `Computing… ${p.done} of ${p.total} runs`,
  'study-state-done': (p: N) => `Done: ${p.total} runs`,
  'study-state-cancelled': (p: N) => `Cancelled after ${p.done} of ${p.total} runs`,
  'study-state-error': (_p: N) => 'The study could not run',
  'study-cancel': () => 'Cancel',
  'study-run': () => 'Run again',
  'basin-show': () => 'Basins',
  'basin-hide': () => 'Hide basins',
  'basin-of': () => 'Basins of',
  'basin-minimum': (p: { x: string; y: string }) => `reaches the minimum at (${p.x}, ${p.y})`,
  'basin-diverged': () => 'diverged or left the domain',
  'basin-unsettled': () => 'did not reach a minimum',
  'basin-progress': (p: { rows: number; total: number }) =>
    `Computing the basins… ${p.rows} of ${p.total} rows`,
  'basin-note': (p: { grid: number; steps: number }) =>
    `${p.grid} × ${p.grid} starts, ${p.steps} steps each; lighter: more steps.`,
  'basin-unavailable': () =>
    'Basins are computed with automatic gradients and no noise: switch the gradient to automatic to see them.',
  'basin-text': (p: { optimizer: string; minima: number; grid: number; steps: number }) =>
    `Basins of attraction of ${p.optimizer} over the map: ${p.grid} × ${p.grid} starts, ${p.steps} steps, ${p.minima} minima reached.`,
  'study-option-not-taken': (p: { optimizer: string; option: string }) =>
    `${p.optimizer} does not take ${p.option}: untick it or vary another option`,
};
