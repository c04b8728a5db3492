/** " (did you mean 'peaks'?)" after an unknown name, or nothing when no known name is close. */
const mean = (s: string | null | undefined) => (s ? ` (did you mean '${s}'?)` : '');

/** Messages of the command-line interface (English). */
export const cli = {
  'cli-unknown-command': (p: { command: string; commands: string; suggestion?: string | null }) =>
    `unknown command '${p.command}'${mean(p.suggestion)} (commands: ${p.commands})`,
  'cli-unknown-flag': (p: { flag: string; command: string; suggestion?: string | null }) =>
    `unknown flag ${p.flag} for '${p.command}'${mean(p.suggestion)}`,
  'cli-formula-dash': (p: { flag: string; command: string }) =>
    `unknown flag ${p.flag} for '${p.command}'; a formula that begins with '-' goes after '--' (descenso ${p.command} --at … -- '${p.flag}')`,
  'cli-flag-no-value': (p: { flag: string }) => `the flag ${p.flag} takes no value: writing it turns it on`,
  'cli-missing-value': (p: { flag: string }) => `the flag ${p.flag} needs a value`,
  'cli-missing': (p: { what: string }) => `missing ${p.what}`,
  'cli-bad-number': (p: { flag: string; value: string }) => `${p.flag} expects a number, got '${p.value}'`,
  'cli-not-decimal': (p: { flag: string; value: string }) =>
    `${p.flag} expects a number written in decimal (like 100, 0.03 or 1e-3), got '${p.value}'`,
  'cli-decimal-comma': (p: { flag: string; value: string; fixed: string }) =>
    `${p.flag} expects a number with a decimal point, got '${p.value}': write ${p.fixed}`,
  'cli-too-small': (p: { flag: string; value: string }) =>
    `${p.flag} is too small: ${p.value} reads as 0 (numbers other than 0 start at about 5e-324)`,
  'cli-too-large': (p: { flag: string; value: string }) =>
    `${p.flag} is too large: ${p.value} (numbers go up to about 1.8e308)`,
  'cli-bad-integer': (p: { flag: string; value: string }) =>
    `${p.flag} expects a whole number, got '${p.value}'`,
  'cli-out-of-range': (p: { flag: string; value: string; range: string }) =>
    `${p.flag} is out of range: ${p.value} (allowed: ${p.range})`,
  'cli-bad-choice': (p: { flag: string; value: string; choices: string; suggestion?: string | null }) =>
    `${p.flag} must be one of ${p.choices}, got '${p.value}'${mean(p.suggestion)}`,
  // The wrapped message may end in its own parentheses (a list of names): the question follows it.
  'cli-did-you-mean': (p: { es: string; en: string; suggestion: string }) =>
    `${p.en}; did you mean '${p.suggestion}'?`,
  'cli-no-variables': (p: { flag: string }) =>
    `the formula has no variables, so there is no point to give with ${p.flag}: write a function of x (or of x, y, …)`,
  'cli-bad-lang': (p: { value: string }) => `--lang must be es or en, got '${p.value}'`,
  'cli-too-many-optimizers': (p: { max: number; found: number }) =>
    `too many optimizers: ${p.found} (at most ${p.max} in one run)`,
  'cli-fit-optimizer': (p: { name: string; names: string }) =>
    `${p.name} cannot fit a model: it needs the Hessian, which descend computes for a formula but fit does not (fit takes ${p.names})`,
  'cli-bad-count': (p: { flag: string; min: number; max: number; found: number }) =>
    `${p.flag} takes ${p.min} to ${p.max} numbers, got ${p.found}`,
  'cli-extra-arguments': (p: { command: string; expected: number; found: number }) =>
    `too many arguments for '${p.command}': it takes ${p.expected}, got ${p.found}`,
  'cli-bad-numbers': (p: { flag: string; value: string; count: number }) =>
    `${p.flag} expects ${p.count === 1 ? 'one number' : p.count > 0 ? `${p.count} numbers separated by commas` : 'numbers separated by commas'}, got '${p.value}'`,
  'cli-bad-assignments': (p: { flag: string; value: string }) =>
    `${p.flag} expects name=number pairs separated by commas, got '${p.value}'`,
  'cli-conflict': (p: { a: string; b: string }) => `${p.a} and ${p.b} cannot be used together`,
  'cli-file': (p: { file: string; reason: string }) => `cannot read ${p.file}: ${p.reason}`,
  'cli-file-binary': () => 'it is not a text file (it holds NUL bytes)',
  'cli-file-not-utf8': (p: { line: number }) => `it is not UTF-8 text (line ${p.line}); save it as UTF-8`,
  'cli-write': (p: { file: string; reason: string }) => `cannot write ${p.file}: ${p.reason}`,
  'cli-family-flag': (p: { flag: string; family: string; uses: string }) =>
    `${p.flag} is not a parameter of --data ${p.family} (${p.uses === '' ? 'it takes none of the curve flags' : `its own: ${p.uses}`})`,
  'cli-needs': (p: { flag: string; needs: string }) => `${p.flag} needs ${p.needs}`,
  'cli-save': (p: { file: string; reason: string }) => `cannot save the experiment to ${p.file}: ${p.reason}`,
  'cli-save-extension': (p: { file: string }) =>
    `--save writes JSON: give a file name ending in .json, got '${p.file}'`,
  // A library message said as it is (both languages given): a fault of a run the flags built.
  'cli-said': (p: { es: string; en: string }) => `${p.en}`,
  'cli-error': () => 'error',
  'cli-internal': (p: { message: string }) => `internal error: ${p.message} (run with --debug for details)`,
};
