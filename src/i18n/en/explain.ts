/** Explain this step: the update's terms, in the lab and the CLI (English). */
export const explain = {
  'explain-step-range': (p: { step: string; last: number }) =>
    p.last < 0
      ? `--explain ${p.step}: the run took no step, there is none to explain`
      : `--explain ${p.step}: no such step; the run's steps are 0 to ${p.last} (step K goes from p_K to p_K+1)`,
  'explain-title': () => 'Explain this step',
  'explain-heading': (p: { label: string; step: number; convention: string }) =>
    `${p.label}, step ${p.step} (${p.convention} convention)`,
  'explain-shared': () => 'this step',
  'explain-coordinate': (p: { name: string }) => `coordinate ${p.name}`,
  'explain-other': (p: { convention: string }) => `the ${p.convention} convention, from the same history`,
  'explain-other-delta': () => 'its Δp',
  'explain-other-difference': () => 'difference',
  'explain-other-same': () => 'both conventions are the same method',
  'explain-other-error': (p: { message: string }) => `cannot be built: ${p.message}`,
  'explain-optimizer': () => 'optimizer',
  'explain-convention': () => 'convention',
  'explain-step': () => 'step K',
  'explain-ended': (p: { last: number }) => `the run ended: its last step is ${p.last}`,
  'explain-none': () => 'no step to explain: the run took none',
  'explain-loading': () => 'replaying the descent…',
  'explain-flag': () =>
    'after the table, explain step K of each optimizer: every term of its update with the numbers (K from 0) (default: none)',
  'explain-trials': (p: { count: number }) => `the line search tried ${p.count} points`,
};
