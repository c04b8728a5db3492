/**
 * Linear and logarithmic scales: a domain mapped onto a pixel range, nice tick values, and tick
 * labels that print the number a person would write (0.3, not 0.30000000000000004).
 *
 * A scale is a function (value → pixel) carrying its helpers, in the manner of d3-scale, which
 * this module replaces with the few pieces the charts need.
 */
import { badArgument, DescensoError } from '../errors.js';
import { showValue } from '../text.js';

export interface Scale {
  (value: number): number;
  readonly kind: 'linear' | 'log';
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** The domain value drawn at `pixel`. */
  invert(pixel: number): number;
  /** Labelled tick values inside the domain, about `count` of them. */
  ticks(count?: number): number[];
  /** Unlabelled ticks between the labelled ones (log: 2..9 × 10ⁿ; linear: subdivisions). */
  minorTicks(count?: number): number[];
  /** The label printer for `ticks(count)`. */
  tickFormat(count?: number): (value: number) => string;
  /** The same scale with its domain widened to whole tick steps (log: to whole decades). */
  nice(count?: number): Scale;
}

const MINUS = '\u2212';
const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
};

/** An integer exponent written with superscript digits: -3 → '⁻³'. */
export function superscript(n: number): string {
  return [...String(Math.trunc(n))].map((c) => SUPERSCRIPT[c] ?? c).join('');
}

/** A typeset minus sign instead of the ASCII hyphen, as in printed figures. */
const typesetMinus = (s: string): string => s.replace(/^-/, MINUS).replace(/e-/, `e${MINUS}`);

/** `m × 10ⁿ`, dropping a mantissa of 1. */
function scientific(v: number, significant: number): string {
  const [mant, exp] = v.toExponential(significant - 1).split('e');
  const m = String(Number(mant));
  const power = `10${superscript(Number(exp))}`;
  if (m === '1') return power;
  if (m === '-1') return `${MINUS}${power}`;
  return `${typesetMinus(m)}×${power}`;
}

/**
 * A number for people: at most `significant` significant digits, no binary noise, no trailing
 * zeros, a typeset minus, and powers of ten for very large or very small magnitudes.
 */
export function formatNumber(v: number, significant = 6): string {
  if (typeof v !== 'number') throw badArgument('formatNumber', 1, v, 'number');
  if (!(Number.isInteger(significant) && significant >= 1 && significant <= 100))
    throw badArgument('formatNumber', 2, significant, 'digits');
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : `${MINUS}∞`;
  if (v === 0) return '0';
  const rounded = Number(v.toPrecision(significant));
  // Near ±MAX_VALUE the rounded text (1.80e+308) reads back as ∞: print the number itself.
  if (!Number.isFinite(rounded)) return scientific(v, significant);
  const a = Math.abs(rounded);
  if (a >= 1e6 || a < 1e-4) return scientific(rounded, significant);
  return typesetMinus(String(rounded));
}

/**
 * A tick step: mantissa × 10^exponent with the mantissa an integer, so that tick i can be computed
 * as i·mantissa·10^e or i·mantissa / 10^-e, both of which round once and land on the decimal.
 */
interface Step {
  mantissa: number;
  exponent: number;
}

const multiple = (i: number, s: Step): number =>
  s.exponent >= 0
    ? i * s.mantissa * 10 ** s.exponent
    : s.exponent >= -300
      ? (i * s.mantissa) / 10 ** -s.exponent
      : // 10 ** 301 and beyond overflow; the decimal literal rounds once, subnormals included.
        Number(`${i * s.mantissa}e${s.exponent}`);
const stepValue = (s: Step): number => multiple(1, s);

/**
 * The smallest step among mantissas × 10ⁿ that cuts [lo, hi] into at most `count` intervals.
 * `mantissas` lists candidates in [1, 10] ascending, with 2.5 written as 25 so that every
 * mantissa stays an integer.
 */
function chooseStep(lo: number, hi: number, count: number, mantissas: readonly number[]): Step {
  // Dividing before subtracting keeps the span of [−MAX_VALUE, MAX_VALUE] finite.
  const raw = hi / Math.max(1, count) - lo / Math.max(1, count);
  if (!(raw > 0) || !Number.isFinite(raw)) return { mantissa: 1, exponent: 0 };
  const e = Math.floor(Math.log10(raw));
  for (const exponent of [e - 1, e, e + 1]) {
    for (const m of mantissas) {
      const scaled =
        m === 10
          ? { mantissa: 1, exponent: exponent + 1 }
          : m > 10
            ? { mantissa: m, exponent: exponent - 1 }
            : { mantissa: m, exponent };
      // The 1e-9 slack keeps a step that divides the span exactly (2/10 = 0.2) from being rejected
      // because of the rounding of `raw`.
      if (stepValue(scaled) >= raw * (1 - 1e-9)) return scaled;
    }
  }
  return { mantissa: 1, exponent: e + 1 };
}

const TICK_MANTISSAS = [1, 2, 5, 10] as const;
/** matplotlib's MaxNLocator steps, used for contour levels so that level counts match it. */
const LEVEL_MANTISSAS = [1, 2, 25, 5, 10] as const;

/** Multiples of the step inside [lo, hi] (with a hair of tolerance at both ends). */
function multiplesIn(lo: number, hi: number, s: Step): number[] {
  const step = stepValue(s);
  if (!(step > 0)) return [];
  const i0 = Math.ceil(lo / step - 1e-9);
  const i1 = Math.floor(hi / step + 1e-9);
  const out: number[] = [];
  for (let i = i0; i <= i1 && out.length < 10_000; i++) out.push(multiple(i, s) || 0);
  return out;
}

/** Nice tick values covering [lo, hi] with about `count` intervals (1, 2 or 5 × 10ⁿ apart). */
export function linearTicks(lo: number, hi: number, count = 5): number[] {
  if (!(Number.isFinite(lo) && Number.isFinite(hi))) return [];
  if (lo === hi) return [lo];
  const [a, b] = lo < hi ? [lo, hi] : [hi, lo];
  return multiplesIn(a, b, chooseStep(a, b, count, TICK_MANTISSAS));
}

/** The most contour levels a count may ask for: more bands than a map has pixels show nothing new. */
export const MAX_LEVEL_COUNT = 1000;

/**
 * Contour levels the way matplotlib's contourf picks them from a count: the smallest step of
 * 1, 2, 2.5, 5 × 10ⁿ giving at most `count + 1` bands, then every multiple from below the
 * minimum to above the maximum. Returns the boundaries, ascending. (The linear case of
 * `contourLevels` in levels.ts, the rule every map uses.)
 */
export function niceLevels(min: number, max: number, count: number): number[] {
  // A count is a user's number (a flag, a slider, an address): bounded, so no range enumerates billions.
  if (!(Number.isInteger(count) && count >= 1 && count <= MAX_LEVEL_COUNT))
    throw new DescensoError('plot-bad-input', { what: 'levels', value: showValue(count) });
  if (!(Number.isFinite(min) && Number.isFinite(max))) return [];
  if (min === max) return [min - 0.5, min + 0.5];
  const s = chooseStep(min, max, count + 1, LEVEL_MANTISSAS);
  const step = stepValue(s);
  // The divisions are only approximate: nudge the ends so that they bracket the data exactly
  // (a point outside every band would be left unpainted) without adding an empty band.
  let i0 = Math.floor(min / step);
  if (multiple(i0, s) > min) i0--;
  if (multiple(i0 + 1, s) <= min) i0++;
  let i1 = Math.ceil(max / step);
  if (multiple(i1, s) < max) i1++;
  if (multiple(i1 - 1, s) >= max) i1--;
  if (i1 <= i0) i1 = i0 + 1;
  if (!(i1 - i0 <= 4 * count + 8)) {
    // Only reachable when the step lost all precision against the values (|v| near 1e308):
    // fall back to even divisions rather than enumerate billions of multiples.
    return Array.from({ length: count + 1 }, (_, k) =>
      k === count ? max : min + k * (max / count - min / count),
    );
  }
  const out: number[] = [];
  // A last multiple beyond MAX_VALUE would be ∞: the data's own extreme closes the range instead.
  for (let i = i0; i <= i1; i++) {
    const v = multiple(i, s) || 0;
    out.push(Number.isFinite(v) ? v : v > 0 ? max : min);
  }
  return out;
}

/** Decimal places that print every value of a step's multiples exactly. */
const decimalsOf = (s: Step): number => Math.max(0, -s.exponent);

/** The label printer for ticks a given step apart. */
function stepFormat(s: Step, ticks: readonly number[]): (v: number) => string {
  const biggest = Math.max(0, ...ticks.map(Math.abs));
  const decimals = decimalsOf(s);
  if (biggest >= 1e6 || decimals > 5) {
    // Enough significant digits to tell neighbours apart: from the largest tick's leading digit
    // down to the step's digit.
    const lead = biggest > 0 ? Math.floor(Math.log10(biggest)) : 0;
    const digits = Math.max(1, Math.min(17, lead - s.exponent + 1));
    return (v) => formatNumber(v, digits);
  }
  // matplotlib prints zero with the same decimals as its neighbours (0.0, 0.5, 1.0).
  return (v) => typesetMinus(v.toFixed(decimals).replace(/^-(?=0\.?0*$)/, ''));
}

const checkDomain = (d: readonly number[], r: readonly number[]): void => {
  if (!Array.isArray(d) || d.length !== 2 || !d.every(Number.isFinite)) {
    throw new DescensoError('plot-bad-input', { what: 'scale-domain', value: showValue(d) });
  }
  if (!Array.isArray(r) || r.length !== 2 || !r.every(Number.isFinite)) {
    throw new DescensoError('plot-bad-input', { what: 'scale-range', value: showValue(r) });
  }
};

/** value ↦ pixel, linear. A degenerate domain (d0 = d1) maps everything to the range's middle. */
export function scaleLinear(domain: readonly [number, number], range: readonly [number, number]): Scale {
  checkDomain(domain, range);
  const [d0, d1] = domain;
  const [r0, r1] = range;
  // Halves throughout: d1 − d0 overflows for domains near ±MAX_VALUE, d1/2 − d0/2 cannot.
  const half = d1 / 2 - d0 / 2;
  const lo = Math.min(d0, d1);
  const hi = Math.max(d0, d1);
  const stepFor = (count: number): Step => chooseStep(lo, hi, count, TICK_MANTISSAS);
  const scale = ((v: number) =>
    half === 0 ? (r0 + r1) / 2 : r0 + ((v / 2 - d0 / 2) / half) * (r1 - r0)) as Scale;
  return Object.assign(scale, {
    kind: 'linear' as const,
    domain: [d0, d1] as const,
    range: [r0, r1] as const,
    invert: (p: number) => (r1 === r0 ? d0 : d0 + 2 * (((p - r0) / (r1 - r0)) * half)),
    ticks: (count = 5) => linearTicks(lo, hi, count),
    minorTicks: (count = 5) => {
      const s = stepFor(count);
      // 1 and 5 split into fifths, 2 into quarters: the subdivisions then fall on round values.
      const sub: Step =
        s.mantissa === 2
          ? { mantissa: 5, exponent: s.exponent - 1 }
          : { mantissa: s.mantissa * 2, exponent: s.exponent - 1 };
      const major = new Set(multiplesIn(lo, hi, s));
      return multiplesIn(lo, hi, sub).filter((v) => !major.has(v));
    },
    tickFormat: (count = 5) => stepFormat(stepFor(count), linearTicks(lo, hi, count)),
    nice: (count = 5) => {
      if (half === 0) return scaleLinear([d0 - 1, d0 + 1], range);
      const step = stepValue(stepFor(count));
      const a = Math.floor(lo / step + 1e-9) * step;
      const b = Math.ceil(hi / step - 1e-9) * step;
      const [na, nb] = [Number(a.toPrecision(12)), Number(b.toPrecision(12))];
      return scaleLinear(d0 <= d1 ? [na, nb] : [nb, na], range);
    },
  });
}

/** 10ⁿ as the correctly rounded decimal: parsing '1e-30' rounds once, 1 / 10 ** 30 twice. */
export const powerOfTen = (n: number): number => Number(`1e${Math.trunc(n)}`);

/** value ↦ pixel on log10; the domain must be positive. */
export function scaleLog(domain: readonly [number, number], range: readonly [number, number]): Scale {
  checkDomain(domain, range);
  if (!(domain[0] > 0 && domain[1] > 0)) {
    throw new DescensoError('plot-bad-input', { what: 'log-domain', value: showValue(domain) });
  }
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const l0 = Math.log10(d0);
  const l1 = Math.log10(d1);
  const span = l1 - l0;
  const e0 = Math.ceil(Math.min(l0, l1) - 1e-9);
  const e1 = Math.floor(Math.max(l0, l1) + 1e-9);
  const lo = Math.min(d0, d1) * (1 - 1e-12);
  const hi = Math.max(d0, d1) * (1 + 1e-12);
  // With many decades, label every k-th one so that about `count` labels remain.
  const every = (count: number): number => Math.max(1, Math.ceil((e1 - e0 + 1) / Math.max(1, count)));
  const majors = (count: number): number[] => {
    const k = every(count);
    const out: number[] = [];
    for (let e = e0; e <= e1; e++) if (e % k === 0) out.push(powerOfTen(e));
    return out;
  };
  const scale = ((v: number) =>
    span === 0 ? (r0 + r1) / 2 : r0 + ((Math.log10(v) - l0) / span) * (r1 - r0)) as Scale;
  return Object.assign(scale, {
    kind: 'log' as const,
    domain: [d0, d1] as const,
    range: [r0, r1] as const,
    invert: (p: number) => 10 ** (r1 === r0 ? l0 : l0 + ((p - r0) / (r1 - r0)) * span),
    ticks: (count = 6) => majors(count),
    minorTicks: (count = 6) => {
      const k = every(count);
      const out: number[] = [];
      if (k > 1) {
        for (let e = e0; e <= e1; e++) if (e % k !== 0) out.push(powerOfTen(e));
        return out;
      }
      for (let e = e0 - 1; e <= e1; e++) {
        for (let j = 2; j <= 9; j++) {
          const v = j * powerOfTen(e);
          if (v >= lo && v <= hi) out.push(v);
        }
      }
      return out;
    },
    tickFormat: () => (v: number) => {
      const e = Math.round(Math.log10(v));
      return Math.abs(v - powerOfTen(e)) <= v * 1e-9 ? `10${superscript(e)}` : formatNumber(v, 3);
    },
    nice: () => {
      const a = powerOfTen(Math.floor(Math.min(l0, l1) + 1e-9));
      let b = powerOfTen(Math.ceil(Math.max(l0, l1) - 1e-9));
      if (b <= a) b = a * 10;
      return scaleLog(d0 <= d1 ? [a, b] : [b, a], range);
    },
  });
}
