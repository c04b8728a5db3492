/**
 * The memory budget of a run: the most numbers a descent or a fit may keep (its recorded rows, and
 * for a fit also the working arrays its compiled kernels allocate). A run that would need more is
 * refused before it starts, with the size, the limit and what to lower, instead of filling the
 * memory for minutes and dying with "Array buffer allocation failed". 2·10⁸ float64 numbers are
 * 1.6 GB: about what a browser tab or a default Node heap can hold.
 */
import { DescensoError } from '../errors.js';
import type { BudgetAdvice } from '../i18n/en/train.js';

export const MAX_RUN_NUMBERS = 2e8;

/** A count for a message: 4.4·10⁹ for large ones, plain digits below 10⁶. */
export function shortCount(n: number): string {
  if (n < 1e6) return String(Math.round(n));
  const e = Math.floor(Math.log10(n));
  const m = Number((n / 10 ** e).toFixed(1));
  const sup = String(e).replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]);
  return `${m}·10${sup}`;
}

/** Throws 'run-too-large' when `size` numbers exceed the budget. */
export function checkBudget(size: number, advice: BudgetAdvice): void {
  if (size > MAX_RUN_NUMBERS)
    throw new DescensoError('run-too-large', {
      size: shortCount(size),
      limit: shortCount(MAX_RUN_NUMBERS),
      advice,
    });
}
