/**
 * `descenso lesson list | ID | check FILE.json [--json]`: the lessons (src/lessons) from the
 * terminal. `list` names them; `lesson ID` prints one as text in the user's language — its steps,
 * each printed number beside the live one with ✓ or ✗, its questions with their answer, the
 * tutorial's slips —; `lesson check FILE.json` checks a teacher's lesson file: the schema first (a
 * fault is one line and exit status 2), then every number against the live runs (exit status 1
 * when one does not match). With --json: the list, the lesson file itself (a template to start
 * from), or the check's rows.
 */
import type { Command } from 'commander';
import { DescensoError } from '../errors.js';
import { type Lang, t } from '../i18n/index.js';
import {
  checkLesson,
  type Lesson,
  lessonById,
  lessonFromJson,
  lessons,
  type NumberCheck,
} from '../lessons/index.js';
import { suggestName } from '../suggest.js';
import type { CommandSpec } from './commands.js';
import type { CliContext } from './io.js';
import { textTable } from './output.js';
import { readTextFile } from './read.js';

/** A lesson file is small: the bound keeps a mistaken path (a data set) from being read whole. */
const MAX_LESSON_BYTES = 5_000_000;
const LETTERS = 'abcde';

function listText(lang: Lang): string {
  const head = t(lang, 'lesson-list-head', undefined).split('|');
  return textTable(
    head,
    lessons.map((l) => [l.id, l.tutorial, l.title[lang]]),
  );
}

function listJson() {
  return lessons.map((l) => ({ id: l.id, tutorial: l.tutorial, title: l.title, summary: l.summary }));
}

function unknownLesson(name: string): DescensoError {
  const ids = lessons.map((l) => l.id);
  return new DescensoError('lesson-unknown', {
    name,
    suggestion: suggestName(name, ids) ?? null,
    known: ids.join(', '),
  });
}

function numberLine(row: NumberCheck, lang: Lang): string {
  const label = row.label[lang];
  if (row.live === null)
    return t(lang, 'lesson-number-fault', { label, printed: row.printed, reason: row.error?.[lang] ?? '' });
  const mark = row.matches ? '✓' : '✗';
  return t(lang, 'lesson-number-row', { mark, label, printed: row.printed, live: row.live });
}

/** One step as text: title, sentences, numbers, question with its answer, slip. */
function stepText(lesson: Lesson, i: number, rows: NumberCheck[], lang: Lang): string[] {
  const step = lesson.steps[i];
  const out = [
    `## ${t(lang, 'lesson-step', { n: i + 1, of: lesson.steps.length, title: step.title[lang] })}`,
  ];
  if (i > 0 && !step.experiment) out.push(t(lang, 'lesson-experiment-same', undefined));
  out.push('', step.text[lang]);
  const mine = rows.filter((r) => r.step === i);
  if (mine.length > 0)
    out.push('', t(lang, 'lesson-numbers', undefined), ...mine.map((r) => `  ${numberLine(r, lang)}`));
  const q = step.question;
  if (q) {
    out.push('', `${t(lang, 'lesson-question', undefined)} ${q.prompt[lang]}`);
    q.choices.forEach((c, k) => void out.push(`  ${LETTERS[k]}) ${c[lang]}`));
    const choice = `${LETTERS[q.answer]}) ${q.choices[q.answer][lang]}`;
    out.push(t(lang, 'lesson-answer', { choice }), q.reveal[lang]);
  }
  if (step.slip) out.push('', `${t(lang, 'lesson-slip', undefined)} ${step.slip[lang]}`);
  return out;
}

function summary(rows: NumberCheck[], lang: Lang): string {
  const bad = rows.filter((r) => !r.matches).length;
  return bad === 0
    ? t(lang, 'lesson-summary-ok', { n: rows.length })
    : t(lang, 'lesson-summary-bad', { bad, n: rows.length });
}

function lessonText(lesson: Lesson, rows: NumberCheck[], lang: Lang): string {
  const out = [`# ${lesson.title[lang]} (${lesson.id}, seeds/${lesson.tutorial})`, lesson.summary[lang]];
  lesson.steps.forEach((_, i) => void out.push('', ...stepText(lesson, i, rows, lang)));
  out.push('', `# ${summary(rows, lang)}`, `# ${t(lang, 'lesson-open', { id: lesson.id })}`);
  return `${out.join('\n')}\n`;
}

/** The check's rows as JSON: the live number and whether it matches, the label in both languages. */
function checkJson(lesson: Lesson, rows: NumberCheck[]) {
  return { id: lesson.id, matches: rows.every((r) => r.matches), numbers: rows };
}

function checkText(lesson: Lesson, rows: NumberCheck[], lang: Lang): string {
  const lines = rows.map((r) => `${r.step + 1}. ${numberLine(r, lang)}`);
  return `${[`# ${lesson.title[lang]} (${lesson.id})`, ...lines, `# ${summary(rows, lang)}`].join('\n')}\n`;
}

function action(ctx: CliContext, name: string, file: string | undefined, json: boolean): void {
  const { lang, io } = ctx;
  if (name !== 'check' && file !== undefined) throw new DescensoError('lesson-cli-extra', { arg: file });
  if (name === 'list') {
    io.stdout(json ? `${JSON.stringify(listJson(), null, 2)}\n` : listText(lang));
    return;
  }
  if (name === 'check') {
    if (file === undefined) throw new DescensoError('lesson-cli-missing-file', undefined);
    const lesson = lessonFromJson(readTextFile(file, MAX_LESSON_BYTES, ctx));
    const { rows } = checkLesson(lesson);
    io.stdout(json ? `${JSON.stringify(checkJson(lesson, rows), null, 2)}\n` : checkText(lesson, rows, lang));
    if (!rows.every((r) => r.matches)) ctx.exitStatus = 1;
    return;
  }
  const lesson = lessonById(name);
  if (!lesson) throw unknownLesson(name);
  if (json) {
    // The lesson file itself: what a teacher copies to start a lesson of their own.
    io.stdout(`${JSON.stringify(lesson, null, 2)}\n`);
    return;
  }
  const { rows } = checkLesson(lesson);
  io.stdout(lessonText(lesson, rows, lang));
  if (!rows.every((r) => r.matches)) ctx.exitStatus = 1;
}

export const lessonCommand: CommandSpec = {
  name: 'lesson',
  register(program: Command, ctx: CliContext) {
    const lang = ctx.lang;
    return program
      .command('lesson')
      .description(t(lang, 'lesson-cli-description', undefined))
      .argument('<name>', t(lang, 'lesson-cli-arg', undefined))
      .argument('[file]', t(lang, 'lesson-cli-file', undefined))
      .option('--json', t(lang, 'lesson-cli-json', undefined))
      .action((name: string, file: string | undefined, opts: Record<string, unknown>) =>
        action(ctx, name, file, opts.json === true),
      );
  },
};
