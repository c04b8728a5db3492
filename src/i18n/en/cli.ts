/** Messages of the command-line interface (English). */
export const cli = {
  'cli-unknown-command': (p: { command: string; commands: string }) =>
    `unknown command '${p.command}' (commands: ${p.commands})`,
  'cli-unknown-flag': (p: { flag: string; command: string }) => `unknown flag ${p.flag} for '${p.command}'`,
  'cli-missing-value': (p: { flag: string }) => `the flag ${p.flag} needs a value`,
  'cli-missing': (p: { what: string }) => `missing ${p.what}`,
  'cli-bad-number': (p: { flag: string; value: string }) => `${p.flag} expects a number, got '${p.value}'`,
  'cli-bad-integer': (p: { flag: string; value: string }) =>
    `${p.flag} expects a whole number, got '${p.value}'`,
  'cli-out-of-range': (p: { flag: string; value: string; range: string }) =>
    `${p.flag} is out of range: ${p.value} (allowed: ${p.range})`,
  'cli-bad-choice': (p: { flag: string; value: string; choices: string }) =>
    `${p.flag} must be one of ${p.choices}, got '${p.value}'`,
  'cli-bad-count': (p: { flag: string; min: number; max: number; found: number }) =>
    `${p.flag} takes ${p.min} to ${p.max} numbers, got ${p.found}`,
  'cli-extra-arguments': (p: { command: string; expected: number; found: number }) =>
    `too many arguments for '${p.command}': it takes ${p.expected}, got ${p.found}`,
  'cli-bad-numbers': (p: { flag: string; value: string; count: number }) =>
    `${p.flag} expects ${p.count > 0 ? `${p.count} numbers` : 'numbers'} separated by commas, got '${p.value}'`,
  'cli-bad-assignments': (p: { flag: string; value: string }) =>
    `${p.flag} expects name=number pairs separated by commas, got '${p.value}'`,
  'cli-conflict': (p: { a: string; b: string }) => `${p.a} and ${p.b} cannot be used together`,
  'cli-file': (p: { file: string; reason: string }) => `cannot read ${p.file}: ${p.reason}`,
  'cli-write': (p: { file: string; reason: string }) => `cannot write ${p.file}: ${p.reason}`,
  'cli-error': () => 'error',
  'cli-internal': (p: { message: string }) => `internal error: ${p.message} (run with --debug for details)`,
};
