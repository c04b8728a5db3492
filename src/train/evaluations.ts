/**
 * Counting a descent's evaluations: every f and every ∇f the run asks for, its own per step and
 * those a line search asks for at trial points. A point asked for twice in a row is computed and
 * counted once: a Wolfe search takes φ(α) and then φ′(α) at the same point (one f, one ∇f, as
 * SciPy counts them), and the descent's own f and ∇f at the point a search accepted were already
 * paid for by the search. With difference quotients a gradient still counts as one ∇f.
 */

export interface EvaluationCounts {
  value: number;
  gradient: number;
}

export interface Counted {
  value(p: readonly number[]): number;
  valueAndGrad(p: readonly number[]): [number, number[]];
  readonly counts: Readonly<EvaluationCounts>;
}

const same = (a: readonly number[] | undefined, b: readonly number[]): boolean =>
  a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);

export function countEvaluations(
  value: (p: readonly number[]) => number,
  valueAndGrad: (p: readonly number[]) => [number, number[]],
): Counted {
  const counts: EvaluationCounts = { value: 0, gradient: 0 };
  let valued: { p: number[]; v: number } | undefined;
  let graded: { p: number[]; v: number; g: number[] } | undefined;
  return {
    counts,
    value(p) {
      if (graded && same(graded.p, p)) return graded.v;
      if (valued && same(valued.p, p)) return valued.v;
      counts.value++;
      const v = value(p);
      valued = { p: p.slice(), v };
      return v;
    },
    valueAndGrad(p) {
      if (!(graded && same(graded.p, p))) {
        if (!(valued && same(valued.p, p))) counts.value++;
        counts.gradient++;
        const [v, g] = valueAndGrad(p);
        graded = { p: p.slice(), v, g };
      }
      return [graded.v, graded.g.slice()];
    },
  };
}
