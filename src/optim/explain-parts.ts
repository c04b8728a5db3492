/**
 * The vocabulary of "explain this step": a term is a symbol, its rule in symbols and the same rule
 * with this step's numbers in it. Numbers stay numbers (text and numbers alternate), so each face
 * formats them its own way: the CLI with a point, the lab with the decimal comma in Spanish.
 */
import type { ConventionEntry, OptimizerName } from './conventions.js';
import type { ResolvedOptions } from './optimizers.js';
import type { Round } from './types.js';

/** A piece of a filled-in equation: text, or a number for the face to format. */
export type Part = string | number;

export interface ExplainTerm {
  /** g, m, v, m̂, √v̂, d, ηₑ, Δp, p′, … */
  readonly symbol: string;
  /** The rule in symbols, as the conventions table writes it ('β₁·m + (1 − β₁)·g'); '' for a given. */
  readonly formula: string;
  /** The rule with this step's numbers (empty for a given such as g). */
  readonly equation: readonly Part[];
  readonly value: number;
}

/** A tagged template that keeps numbers as numbers: eq`${a}·${b}` is [a, '·', b]. */
export function eq(strings: TemplateStringsArray, ...values: number[]): Part[] {
  const out: Part[] = [];
  strings.forEach((s, i) => {
    if (s !== '') out.push(s);
    if (i < values.length) out.push(values[i]);
  });
  return out;
}

export function term(symbol: string, formula: string, equation: readonly Part[], value: number): ExplainTerm {
  return { symbol, formula, equation, value };
}

/** An equation as text, its numbers written by `format` (a negative one after an operator in parentheses). */
export function equationText(parts: readonly Part[], format: (x: number) => string): string {
  return parts
    .map((p, i) => {
      if (typeof p === 'string') return p;
      const text = format(p);
      const before = i > 0 ? parts[i - 1] : '';
      const afterOperator = typeof before === 'string' && /[·/+−*(^]\s*$|[−+]\s$/.test(before);
      return p < 0 && afterOperator ? `(${text})` : text;
    })
    .join('');
}

/** One term as a line: `symbol ← formula = numbers = value` (the parts that exist). */
export function termText(t: ExplainTerm, format: (x: number) => string): string {
  const sides = [t.formula, equationText(t.equation, format)].filter((s) => s !== '');
  return [t.symbol, ...sides, format(t.value)].join(' = ');
}

/** Everything the terms of one step are computed from: the run's own numbers and states. */
export interface StepInput {
  readonly name: OptimizerName;
  readonly entry: ConventionEntry;
  readonly o: ResolvedOptions;
  readonly r: Round;
  /** The 0-based step: the update from p_K to p_{K+1}. */
  readonly step: number;
  /** The learning rate at this step (a schedule's value), or NaN for Nelder–Mead. */
  readonly lr: number;
  /** The gradient the run used (after its noise), and the point, flat. */
  readonly g: Float64Array;
  readonly p: Float64Array;
  /** The chain's block states before and after this step. */
  readonly before: readonly unknown[];
  readonly after: readonly unknown[];
  /** The update the optimizer returned (flat): the run's Δp. */
  readonly update: Float64Array;
  /** The Hessian at p (Newton's method only), row-major n×n. */
  readonly hessian?: Float64Array;
}

/** What a step shows: terms shared by all coordinates (lr, t, bias corrections, α) and per coordinate. */
export interface Terms {
  readonly shared: ExplainTerm[];
  readonly coords: ExplainTerm[][];
}

/** The block state that has every one of `keys` (a chain's state is the list of its blocks'). */
export function stateWith<S>(states: readonly unknown[], ...keys: string[]): S | undefined {
  return states.find((s) => typeof s === 'object' && s !== null && keys.every((k) => Object.hasOwn(s, k))) as
    | S
    | undefined;
}

/** Component j of a state's per-parameter arrays (descend's one parameter array). */
export const at = (arrays: readonly Float64Array[], j: number): number => arrays[0][j];

export const sign = (x: number): number => (x > 0 ? 1 : x < 0 ? -1 : 0);
