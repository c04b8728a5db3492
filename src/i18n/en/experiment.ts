/** Messages of the Experiment schema (English). */
export const experiment = {
  'experiment-invalid': (p: { path: string; problem: string }) =>
    `invalid experiment at ${p.path}: ${p.problem}`,
  'experiment-json': (p: { reason: string }) => `the experiment is not valid JSON: ${p.reason}`,
  'experiment-url': (p: { reason: string }) =>
    `the address holds an invalid experiment (${p.reason}); the default one is shown`,
};
