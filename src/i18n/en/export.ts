/** Messages of export as code and the `export` command (English). */
export const exportMessages = {
  'code-button': (_p: undefined) => 'Code',
  'code-title': (_p: undefined) => 'This experiment as code',
  'code-copy': (_p: undefined) => 'Copy',
  'code-copied': (_p: undefined) => 'Copied',
  'code-selected': (_p: undefined) => 'Selected: press Ctrl+C',
  'code-download': (_p: undefined) => 'Download .py',
  'code-close': (_p: undefined) => 'Close the code',
  'code-note': (_p: undefined) =>
    'Run it with python3 script.py; with --csv it prints the numbers of descenso run, the same to the last digits.',
  'export-derivative': (_p: undefined) =>
    'a derivative study has no script to export: export a descent (kind "descend") or a fit (kind "fit")',
  'export-searching': (p: { name: string }) =>
    `${p.name} searches along its direction and has no script to export yet: export the gradient methods`,
  'export-study': (p: { kind: string }) =>
    `a ${p.kind} study has no script to export: export its base (experiment.base), a descent or a fit`,
  'export-unknown-target': (p: { target: string; targets: string }) =>
    `unknown export target '${p.target}' (targets: ${p.targets})`,
  'export-target-missing': (p: { target: string }) => `the ${p.target} script is not available in this build`,
  'export-description': (_p: undefined) =>
    'write an experiment as a runnable Python script (NumPy, PyTorch, TensorFlow or JAX) that prints the same numbers, its comments in the language of --lang',
  'export-arg': (_p: undefined) => 'the experiment file (JSON)',
  'export-to': (_p: undefined) => 'the framework of the script',
  'export-out': (_p: undefined) => 'write the script to this file (default: print it)',
  'export-write': (p: { file: string; reason: string }) =>
    `cannot write the script to ${p.file}: ${p.reason}`,
  'export-written': (p: { file: string; target: string }) => `wrote the ${p.target} script to ${p.file}`,
};
