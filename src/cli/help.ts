/**
 * `--help` in the user's language: commander's headings (Usage, Options, …), its "(default: …)"
 * note and the help flag itself, from the dictionaries. Set on the program before the subcommands
 * are added, the configuration is inherited by every one of them.
 */
import { type Command, Help } from 'commander';
import { type Lang, t } from '../i18n/index.js';

const headings = {
  'Usage:': 'tour-help-usage',
  'Options:': 'tour-help-options',
  'Arguments:': 'tour-help-arguments',
  'Commands:': 'tour-help-commands',
  'Global Options:': 'tour-help-global-options',
} as const;

/** A default as a person types it: 100, 1e-5, table (commander would quote strings). */
function shown(value: unknown): string {
  if (Array.isArray(value)) return value.join(',');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function localizeHelp(program: Command, lang: Lang): Command {
  program.configureHelp({
    styleTitle: (title: string) =>
      Object.hasOwn(headings, title) ? t(lang, headings[title as keyof typeof headings], undefined) : title,
    optionDescription: (option) => {
      const hasValue = option.required || option.optional;
      const empty = Array.isArray(option.defaultValue) && option.defaultValue.length === 0;
      if (!hasValue || option.defaultValue === undefined || empty) return option.description;
      const note = t(lang, 'tour-help-default', {
        value: option.defaultValueDescription ?? shown(option.defaultValue),
      });
      return option.description ? `${option.description} ${note}` : note;
    },
    argumentDescription: (argument) => argument.description,
    commandUsage(this: Help, cmd) {
      return Help.prototype.commandUsage
        .call(this, cmd)
        .replace('[options]', t(lang, 'tour-help-options-usage', undefined))
        .replace('[command]', t(lang, 'tour-help-command-usage', undefined));
    },
    subcommandTerm(this: Help, cmd) {
      return Help.prototype.subcommandTerm
        .call(this, cmd)
        .replace('[options]', t(lang, 'tour-help-options-usage', undefined));
    },
  });
  program.helpOption('-h, --help', t(lang, 'tour-help-help', undefined));
  program.helpCommand(
    `help ${t(lang, 'tour-help-command-usage', undefined)}`,
    t(lang, 'tour-help-help-command', undefined),
  );
  return program;
}

/** "allowed: a | b | c" for a flag's help. */
export function allowed(lang: Lang, values: readonly string[]): string {
  return t(lang, 'tour-help-allowed', { values: values.join(' | ') });
}
