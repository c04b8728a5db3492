/**
 * `descend --explain K`: after the table, step K of each optimizer explained, one line per term
 * (`symbol = rule = numbers = value`), in the user's language; with --format json, the same as
 * data under `explain`. A run that ended before K (or K past --steps) gets the one-line reason
 * naming K and its last step, and the command ends with status 2.
 */
import { DescensoError } from '../errors.js';
import { descendSpecOf } from '../experiment/run-descend.js';
import type { DescendExperiment, DescendOutcome, DescendRunSet } from '../experiment/types.js';
import { type Lang, t } from '../i18n/index.js';
import { equationText, type StepExplanation, type termText } from '../optim/index.js';
import { explainDescent } from '../train/explain-descent.js';
import { fmt } from './format.js';
import { printableLine } from './printable.js';

/** Numbers inside an equation: six significant digits, integers as they are. */
const short = (x: number): string =>
  Number.isInteger(x) ? String(x) : Number.isFinite(x) ? String(Number(x.toPrecision(6))) : fmt(x);

/** A term's value, as the table prints numbers. */
const full = (x: number): string => (Number.isInteger(x) ? String(x) : fmt(x));

export type Explained =
  | { readonly label: string; readonly explanation: StepExplanation }
  | { readonly label: string; readonly error: DescensoError };

/** Step K of every run that ran (a run that could not start has already said why). */
export function explainRuns(run: DescendRunSet, step: number): Explained[] {
  const experiment = run.experiment as DescendExperiment;
  const out: Explained[] = [];
  for (const [i, r] of (run.runs as DescendOutcome[]).entries()) {
    if (r.status === 'error') continue;
    try {
      out.push({ label: r.label, explanation: explainDescent(descendSpecOf(experiment, i), step, r.steps) });
    } catch (e) {
      if (!(e instanceof DescensoError)) throw e;
      out.push({ label: r.label, error: e });
    }
  }
  return out;
}

function termLine(term: Parameters<typeof termText>[0]): string {
  const sides = [term.formula, equationText(term.equation, short)].filter((s) => s !== '');
  return [term.symbol, ...sides, full(term.value)].join(' = ');
}

/** The lines of one explanation: a heading, the shared terms, each coordinate's, the other convention. */
export function* explanationLines(label: string, e: StepExplanation, lang: Lang): Generator<string> {
  yield `== ${t(lang, 'explain-heading', { label: printableLine(label), step: e.step, convention: e.convention })} ==`;
  for (const term of e.shared) yield `  ${termLine(term)}`;
  for (const [j, terms] of e.coords.entries()) {
    yield `  ${t(lang, 'explain-coordinate', { name: e.vars[j] ?? `x${j}` })}:`;
    for (const term of terms) yield `    ${termLine(term)}`;
  }
  if (e.trials) yield `  ${t(lang, 'explain-trials', { count: e.trials.length })}`;
  const o = e.other;
  if (o === null) yield `  ${t(lang, 'explain-other-same', undefined)}`;
  else if ('error' in o)
    yield `  ${t(lang, 'explain-other', { convention: o.convention })}: ${t(lang, 'explain-other-error', { message: o.error[lang] })}`;
  else {
    const list = (xs: number[]) => `(${xs.map(full).join(', ')})`;
    yield `  ${t(lang, 'explain-other', { convention: o.convention })}: ${t(lang, 'explain-other-delta', undefined)} = ${list(o.delta)}, ${t(lang, 'explain-other-difference', undefined)} = ${list(o.difference)}`;
  }
}

/** Every explanation's lines, a blank line between them; the faults are returned, not printed. */
export function explainedText(explained: readonly Explained[], lang: Lang): string[] {
  const lines: string[] = [];
  for (const x of explained) {
    if (!('explanation' in x)) continue;
    lines.push('', ...explanationLines(x.label, x.explanation, lang));
  }
  return lines;
}

/** The explanations as JSON: each term with its text line, the fault's message in both languages. */
export function explainedJson(explained: readonly Explained[], lang: Lang) {
  return explained.map((x) =>
    'explanation' in x
      ? {
          label: x.label,
          ...x.explanation,
          shared: x.explanation.shared.map((term) => ({ ...term, text: termLine(term) })),
          coords: x.explanation.coords.map((terms) =>
            terms.map((term) => ({ ...term, text: termLine(term) })),
          ),
        }
      : { label: x.label, error: { code: x.error.code, message: x.error.messageIn(lang) } },
  );
}

/** The faults as the command's one message line (a label first when there are several runs). */
export function explainFaults(
  explained: readonly Explained[],
  lang: Lang,
  many: boolean,
): string | undefined {
  const faults = explained.flatMap((x) =>
    'error' in x ? [many ? `${x.label}: ${x.error.messageIn(lang)}` : x.error.messageIn(lang)] : [],
  );
  return faults.length > 0 ? printableLine(faults.join('; ')) : undefined;
}
