/**
 * The `descenso` command. Every subcommand lives in its own file and is listed in commands.ts.
 * Errors of the user's making (DescensoError, commander's usage errors) end with exit status 2 and
 * one line in the user's language; anything else is a bug: exit status 1, stack only with --debug.
 */
import { Command, CommanderError } from 'commander';
import { DescensoError } from '../errors.js';
import { type Lang, langFromLocale, t } from '../i18n/index.js';
import { commands } from './commands.js';
import { localizeHelp } from './help.js';
import { type CliContext, type CliIO, processIO } from './io.js';

export const VERSION = '0.1.0';

/** --lang wins; then LC_ALL, LC_MESSAGES, LANG (es… → Spanish); else English. */
export function detectLang(argv: readonly string[], env: CliIO['env']): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a.startsWith('--lang=') ? a.slice(7) : a === '--lang' ? argv[i + 1] : undefined;
    if (v === 'es' || v === 'en') return v;
  }
  return langFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** A commander usage error, said again in the user's language. */
function usageError(e: CommanderError, lang: Lang, command: string): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  const err = (() => {
    switch (e.code) {
      case 'commander.unknownOption':
        return new DescensoError('cli-unknown-flag', { flag: quoted, command });
      case 'commander.unknownCommand':
        return new DescensoError('cli-unknown-command', {
          command: quoted,
          commands: commands.map((c) => c.name).join(', '),
        });
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

function caret(source: string, position: number): string {
  const line = source.replace(/\s/g, ' ');
  return `  ${line}\n  ${' '.repeat(Math.max(0, Math.min(position, line.length)))}^\n`;
}

/** Runs the CLI on `argv` (without node and the script) and returns the exit status. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const lang = detectLang(argv, io.env);
  const ctx: CliContext = { io, lang, debug: argv.includes('--debug') };
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
    const rest = argv.filter(
      (a, i) => !(a === '--debug' || a.startsWith('--lang=') || a === '--lang' || argv[i - 1] === '--lang'),
    );
    if (rest.length === 0) {
      io.stdout(program.helpInformation());
      return 0;
    }
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
      )
        return 0;
      const cmd = argv.find((a) => !a.startsWith('-')) ?? current;
      io.stderr(`descenso: ${usageError(e, lang, cmd)}\n`);
      return 2;
    }
    if (e instanceof DescensoError) {
      io.stderr(`descenso: ${e.messageIn(lang)}\n`);
      if (e.source !== undefined && e.position !== undefined) io.stderr(caret(e.source, e.position));
      if (ctx.debug && e.stack) io.stderr(`${e.stack}\n`);
      return 2;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    io.stderr(`descenso: ${t(lang, 'cli-internal', { message: err.message })}\n`);
    if (ctx.debug && err.stack) io.stderr(`${err.stack}\n`);
    return 1;
  }
}
