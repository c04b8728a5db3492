/**
 * Line searches: along a descent direction d from x, find a step α for φ(α) = f(x + α·d) that
 * decreases f enough (Armijo) and, for Wolfe, also flattens the slope enough. They see f only
 * through a `Line`, built by the searching methods from the caller's value functions
 * (`Extra.value`, `Extra.valueAndGrad`), so any direction method can use either search.
 *
 * Written from Nocedal & Wright, Numerical Optimization (2nd ed.): backtracking is Algorithm 3.1;
 * the strong-Wolfe search is Algorithms 3.5 (bracketing) and 3.6 (zoom), with cubic
 * interpolation through the two ends and the previous end, quadratic interpolation when the
 * cubic falls too close to an end, and bisection when both do. The safeguards (cubic kept at
 * least 20 % of the interval from its ends, quadratic at least 10 %, at most 10 bracketing and
 * 11 zoom trials, the bracket doubled) are the ones `scipy.optimize.line_search` uses, so its
 * iterates can serve as a reference (scripts/reference-classical.py).
 */

/** φ along one direction. */
export interface Line {
  /** φ(α) = f(x + α·d): one function evaluation. */
  value(alpha: number): number;
  /** φ(α) and φ′(α) = ∇f(x + α·d)·d: one gradient evaluation (the caller does not count f twice). */
  slope(alpha: number): { value: number; slope: number };
}

/** Where a search ended: the accepted α (0 when it found no decrease), φ there, and whether it met its conditions. */
export interface SearchResult {
  readonly alpha: number;
  readonly value: number;
  /** φ′(α) when the search measured it (Wolfe). */
  readonly slope?: number;
  readonly ok: boolean;
}

/** A line search: from φ(0) and φ′(0) < 0 and a first trial step, the step it accepts. */
export type LineSearch = (line: Line, phi0: number, slope0: number, initial: number) => SearchResult;

export interface ArmijoSettings {
  /** Sufficient decrease: φ(α) ≤ φ(0) + c₁·α·φ′(0). */
  readonly c1: number;
  /** Each rejected α is multiplied by this, in (0, 1). */
  readonly shrink: number;
}

export interface WolfeSettings {
  readonly c1: number;
  /** Curvature: |φ′(α)| ≤ c₂·|φ′(0)|, with 0 < c₁ < c₂ < 1. */
  readonly c2: number;
}

/** Trials before a backtracking gives up: ½⁶⁰ of the first step is below any useful step. */
export const MAX_BACKTRACKS = 60;
/** Bracketing trials (the step doubles each time) and zoom trials of the Wolfe search. */
export const MAX_BRACKET = 10;
export const MAX_ZOOM = 10;

/** Whether φ(α) meets the sufficient-decrease condition (a non-finite φ never does). */
export function armijoHolds(phiA: number, alpha: number, phi0: number, slope0: number, c1: number): boolean {
  return phiA <= phi0 + c1 * alpha * slope0;
}

/** Whether φ′(α) meets the strong curvature condition. */
export function curvatureHolds(slopeA: number, slope0: number, c2: number): boolean {
  return Math.abs(slopeA) <= -c2 * slope0;
}

/**
 * Backtracking (Armijo): try α = initial, then shrink·α, … until the sufficient-decrease
 * condition holds. A step that never satisfies it (φ′(0) ≥ 0, or f undefined all along) is α = 0.
 */
export function backtracking(settings: ArmijoSettings): LineSearch {
  const { c1, shrink } = settings;
  return (line, phi0, slope0, initial) => {
    let alpha = initial;
    for (let i = 0; i < MAX_BACKTRACKS; i++) {
      const value = line.value(alpha);
      if (armijoHolds(value, alpha, phi0, slope0, c1)) return { alpha, value, ok: true };
      alpha *= shrink;
    }
    return { alpha: 0, value: phi0, ok: false };
  };
}

/**
 * The minimizer of the cubic through (a, fa) with slope da, (b, fb) and (c, fc); null when the
 * cubic has none (no real critical point, or the points coincide).
 * With t = α − a: p(t) = fa + da·t + B·t² + A·t³, and p′(t) = 0 at t = (−B + √(B² − 3·A·da)) / 3A.
 */
export function cubicMinimizer(
  a: number,
  fa: number,
  da: number,
  b: number,
  fb: number,
  c: number,
  fc: number,
): number | null {
  const db = b - a;
  const dc = c - a;
  const denom = db * db * dc * dc * (db - dc);
  // The residuals after the linear part, solved for A and B (a 2×2 system written out).
  const rb = fb - fa - da * db;
  const rc = fc - fa - da * dc;
  const A = (dc * dc * rb - db * db * rc) / denom;
  const B = (-dc * dc * dc * rb + db * db * db * rc) / denom;
  const radical = B * B - 3 * A * da;
  const t = (-B + Math.sqrt(radical)) / (3 * A);
  const x = a + t;
  return Number.isFinite(x) ? x : null;
}

/** The minimizer of the parabola through (a, fa) with slope da and (b, fb); null when none. */
export function quadraticMinimizer(a: number, fa: number, da: number, b: number, fb: number): number | null {
  const db = b - a;
  const B = (fb - fa - da * db) / (db * db);
  const x = a - da / (2 * B);
  return Number.isFinite(x) ? x : null;
}

interface End {
  alpha: number;
  value: number;
}

/**
 * Zoom (N&W Algorithm 3.6): `lo` satisfies sufficient decrease and has the lowest φ so far, and
 * the minimizer of φ lies between lo and hi. Each trial replaces one end; `rec` is the end last
 * dropped, the third point of the cubic.
 */
function zoom(
  line: Line,
  phi0: number,
  slope0: number,
  settings: WolfeSettings,
  start: { lo: End; loSlope: number; hi: End },
): SearchResult {
  let { lo, hi, loSlope } = start;
  let rec: End = { alpha: 0, value: phi0 };
  for (let i = 0; i <= MAX_ZOOM; i++) {
    const width = Math.abs(hi.alpha - lo.alpha);
    const left = Math.min(lo.alpha, hi.alpha);
    const right = Math.max(lo.alpha, hi.alpha);
    const inside = (x: number | null, margin: number): x is number =>
      x !== null && x >= left + margin * width && x <= right - margin * width;
    let alpha: number | null = null;
    if (i > 0) {
      const c = cubicMinimizer(lo.alpha, lo.value, loSlope, hi.alpha, hi.value, rec.alpha, rec.value);
      if (inside(c, 0.2)) alpha = c;
    }
    if (alpha === null) {
      const q = quadraticMinimizer(lo.alpha, lo.value, loSlope, hi.alpha, hi.value);
      alpha = inside(q, 0.1) ? q : lo.alpha + 0.5 * (hi.alpha - lo.alpha);
    }
    const value = line.value(alpha);
    if (!armijoHolds(value, alpha, phi0, slope0, settings.c1) || value >= lo.value) {
      rec = hi;
      hi = { alpha, value };
      continue;
    }
    const { slope } = line.slope(alpha);
    if (curvatureHolds(slope, slope0, settings.c2)) return { alpha, value, slope, ok: true };
    if (slope * (hi.alpha - lo.alpha) >= 0) {
      rec = hi;
      hi = lo;
    } else rec = lo;
    lo = { alpha, value };
    loSlope = slope;
  }
  return { alpha: lo.alpha, value: lo.value, slope: loSlope, ok: false };
}

/**
 * The strong-Wolfe search (N&W Algorithm 3.5): trial steps grow (doubling) until one fails
 * sufficient decrease, stops decreasing, or has a non-negative slope; the interval so found is
 * zoomed into. It accepts α with φ(α) ≤ φ(0) + c₁·α·φ′(0) and |φ′(α)| ≤ c₂·|φ′(0)|. When it runs
 * out of trials it keeps the lowest point it found that decreases f (α = 0 if none).
 */
export function strongWolfe(settings: WolfeSettings): LineSearch {
  return (line, phi0, slope0, initial) => {
    let prev: End = { alpha: 0, value: phi0 };
    let prevSlope = slope0;
    let alpha = initial;
    let value = line.value(alpha);
    for (let i = 0; i < MAX_BRACKET; i++) {
      const current = { alpha, value };
      if (!armijoHolds(value, alpha, phi0, slope0, settings.c1) || (i > 0 && value >= prev.value))
        return zoom(line, phi0, slope0, settings, { lo: prev, loSlope: prevSlope, hi: current });
      const { slope } = line.slope(alpha);
      if (curvatureHolds(slope, slope0, settings.c2)) return { alpha, value, slope, ok: true };
      if (slope >= 0) return zoom(line, phi0, slope0, settings, { lo: current, loSlope: slope, hi: prev });
      prev = current;
      prevSlope = slope;
      alpha *= 2;
      value = line.value(alpha);
    }
    // Out of trials while f still falls steeply: keep the farthest step if it decreased f enough.
    return armijoHolds(value, alpha, phi0, slope0, settings.c1)
      ? { alpha, value, ok: false }
      : { alpha: prev.alpha, value: prev.value, ok: false };
  };
}
