/**
 * "Did you mean": the closest of some known names to a name the user typed, when it is close
 * enough to be a likely typo (one edit for names of up to four letters, two for longer ones).
 * Used for functions in formulas, surfaces, optimizers, commands, anything picked by name.
 */

/**
 * Edit distance between two short names: insert, delete, replace, and swapping two neighbours
 * (optimal string alignment), since `adma` for `adam` is one slip of the fingers, not two.
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j], before[j - 2] + 1);
    }
    before = prev;
    prev = row;
  }
  return prev[b.length];
}

/** The known name closest to `name` (case-insensitive), or undefined when none is close enough. */
export function suggestName(name: string, known: Iterable<string>): string | undefined {
  if (typeof name !== 'string' || name.length > 40) return undefined;
  const typed = name.toLowerCase();
  const limit = typed.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const d = editDistance(typed, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
