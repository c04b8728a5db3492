/**
 * The `descenso` command. Every subcommand lives in its own file and is listed in commands.ts.
 * Errors of the user's making (DescensoError, commander's usage errors) end with exit status 2 and
 * one line in the user's language; anything else is a bug: exit status 1, stack only with --debug.
 */
import { Command, CommanderError } from 'commander';
import { DescensoError } from '../errors.js';
import { type Lang, langFromLocale, t } from '../i18n/index.js';
import { suggestName } from '../suggest.js';
import { commands } from './commands.js';
import { localizeHelp } from './help.js';
import { type CliContext, type CliIO, OutputClosed, processIO } from './io.js';
import { caretLines, printableLine } from './printable.js';

export const VERSION = '0.1.0';

/** The value of each --lang in argv (`--lang es` or `--lang=es`), in order. */
function langFlags(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a.startsWith('--lang=')) out.push(a.slice(7));
    else if (a === '--lang' && i + 1 < argv.length) out.push(argv[++i]);
  }
  return out;
}

/** --lang wins; then LC_ALL, LC_MESSAGES, LANG (es… → Spanish); else English. */
export function detectLang(argv: readonly string[], env: CliIO['env']): Lang {
  for (const v of langFlags(argv)) if (v === 'es' || v === 'en') return v;
  return langFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/**
 * The words of argv that are not global flags: `descenso --lang es descend …` is the command
 * `descend`, not `es`. What follows `--` is all words.
 */
export function positionals(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return [...out, ...argv.slice(i + 1)];
    if (a === '--lang') i++;
    else if (!a.startsWith('-')) out.push(a);
  }
  return out;
}

const commandNames = () => commands.map((c) => c.name);

/** A name that is not a command: "unknown command" with the closest one. */
function unknownCommand(name: string): DescensoError {
  return new DescensoError('cli-unknown-command', {
    command: name,
    commands: commandNames().join(', '),
    suggestion: suggestName(name, [...commandNames(), 'help']) ?? null,
  });
}

/** The faults seen before commander parses anything: a --lang that is no language, `help NAME` of no command. */
function preflight(argv: readonly string[]): DescensoError | undefined {
  const end = argv.indexOf('--');
  const flags = end === -1 ? argv : argv.slice(0, end);
  if (flags[flags.length - 1] === '--lang') return new DescensoError('cli-missing-value', { flag: '--lang' });
  const bad = langFlags(argv).find((v) => v !== 'es' && v !== 'en');
  if (bad !== undefined) return new DescensoError('cli-bad-lang', { value: bad });
  const [first, topic] = positionals(argv);
  // commander's help command shows nothing and exits 0 for a name it does not know.
  if (first === 'help' && topic !== undefined && ![...commandNames(), 'help'].includes(topic))
    return unknownCommand(topic);
  return undefined;
}

/** The long flags a command takes, for "did you mean". */
function flagsOf(program: Command, command: string): string[] {
  const sub = program.commands.find((c) => c.name() === command);
  return [...(sub ?? program).options.map((o) => o.long ?? ''), '--help'].filter(Boolean);
}

/** A commander usage error, said again in the user's language. */
function usageError(e: CommanderError, lang: Lang, command: string, program: Command): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  const err = (() => {
    switch (e.code) {
      case 'commander.unknownOption':
        // `grad -x^2`: a formula taken for a flag; it can follow `--`.
        if (command === 'grad' && !quoted.startsWith('--'))
          return new DescensoError('cli-formula-dash', { flag: quoted, command });
        // `--plot-values=x`: a switch given a value.
        if (flagsOf(program, command).includes(quoted.split('=')[0]))
          return new DescensoError('cli-flag-no-value', { flag: quoted.split('=')[0] });
        return new DescensoError('cli-unknown-flag', {
          flag: quoted,
          command,
          suggestion: suggestName(quoted.split('=')[0], flagsOf(program, command)) ?? null,
        });
      case 'commander.unknownCommand':
        return unknownCommand(quoted);
      case 'commander.optionMissingArgument':
        // "--surface <id>" or "-s, --surface <id>": name the long flag, not its placeholder.
        return new DescensoError('cli-missing-value', {
          flag: quoted.split(/[ ,]+/).find((w) => w.startsWith('--')) ?? quoted,
        });
      case 'commander.missingArgument':
        return new DescensoError('cli-missing', { what: `<${quoted}>` });
      case 'commander.missingMandatoryOptionValue':
        return new DescensoError('cli-missing', { what: quoted });
      case 'commander.excessArguments': {
        // "too many arguments for 'grad'. Expected 1 argument but got 2."
        const [expected, found] = (e.message.match(/\d+/g) ?? ['0', '0']).map(Number);
        return new DescensoError('cli-extra-arguments', { command, expected, found });
      }
      default:
        return undefined;
    }
  })();
  return err ? err.messageIn(lang) : e.message.replace(/^error: /, '');
}

/** One message line on stderr, printable whatever it holds. */
function say(io: CliIO, message: string): void {
  io.stderr(`descenso: ${printableLine(message)}\n`);
}

/** --debug's stack trace: several lines by nature, each made printable (its message may quote argv). */
function debugStack(io: CliIO, e: Error): void {
  if (e.stack) io.stderr(`${e.stack.split('\n').map(printableLine).join('\n')}\n`);
}

/** argv[i] is --lang or the value after it. */
const langFlag = (argv: readonly string[], i: number) => argv[i] === '--lang' || argv[i - 1] === '--lang';

/** Runs the CLI on `argv` (without node and the script) and returns the exit status. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const lang = detectLang(argv, io.env);
  const ctx: CliContext = { io, lang, debug: argv.includes('--debug') };
  const early = preflight(argv);
  if (early) {
    say(io, early.messageIn(lang));
    return 2;
  }
  const program = new Command('descenso');
  let current = 'descenso';
  program
    .version(VERSION, '-V, --version', t(lang, 'tour-help-version', undefined))
    .description(t(lang, 'tour-help-program', undefined))
    .option('--lang <lang>', t(lang, 'tour-help-lang', undefined))
    .option('--debug', t(lang, 'tour-help-debug', undefined))
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: () => {},
      outputError: () => {},
    });
  localizeHelp(program, lang);
  program.hook('preAction', (_p, action) => {
    current = action.name();
  });
  for (const c of commands) {
    const sub = c.register(program, ctx);
    sub
      .exitOverride()
      .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: () => {}, outputError: () => {} });
    sub.option('--lang <lang>', t(lang, 'tour-help-lang', undefined));
    sub.option('--debug', t(lang, 'tour-help-debug', undefined));
  }
  try {
    // Nothing but the global flags (`descenso --lang es`): the help, as with no arguments at all.
    if (argv.every((a, i) => a === '--debug' || a.startsWith('--lang=') || langFlag(argv, i))) {
      io.stdout(program.helpInformation());
      return 0;
    }
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitStatus ?? 0;
  } catch (e) {
    // The reader closed standard output (`| head`): what it wanted it has; end quietly.
    if (e instanceof OutputClosed) return 0;
    if (e instanceof CommanderError) {
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
      )
        return 0;
      const cmd = positionals(argv)[0] ?? current;
      say(io, usageError(e, lang, cmd, program));
      return 2;
    }
    if (e instanceof DescensoError) {
      say(io, e.messageIn(lang));
      if (e.source !== undefined && e.position !== undefined) io.stderr(caretLines(e.source, e.position));
      if (ctx.debug) debugStack(io, e);
      return 2;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    say(io, t(lang, 'cli-internal', { message: err.message }));
    if (ctx.debug) debugStack(io, err);
    return 1;
  }
}
