import { badArgument, DescensoError } from '../errors.js';
import { showValue } from '../text.js';
import { libmLog } from './libm-log.js';
import { initByArray, initGenrand, MT_N, temper, twist } from './mt19937.js';

/**
 * A seed as NumPy's legacy `np.random.seed` takes it: one integer in 0..2^32-1 (init_genrand),
 * or a non-empty list of such integers (init_by_array).
 */
export type Seed = number | readonly number[];

/**
 * The whole state of a generator as plain JSON, the same five parts as NumPy's
 * `RandomState.get_state()`: ('MT19937', key, pos, has_gauss, cached_gaussian).
 */
export interface RandomStateSnapshot {
  algorithm: 'MT19937';
  /** The 624 words of the Mersenne Twister. */
  key: number[];
  /** How many words of `key` have been used since the last refill (0..624). */
  pos: number;
  /** Whether the polar method left a second normal deviate waiting. */
  hasGauss: boolean;
  /** That deviate (0 when there is none). */
  gauss: number;
}

/** Anything whose elements can be swapped in place: arrays and typed arrays. */
export interface MutableArrayLike<T> {
  readonly length: number;
  [index: number]: T;
}

/**
 * Largest `size` accepted by the sized draws: 10^8 doubles are 800 MB, past what a browser tab
 * can hold, so a bigger request is a mistake rather than a wish.
 */
export const MAX_SIZE = 100_000_000;

const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;
const UINT32_MAX = 0xffffffff;

/**
 * A random generator that gives the numbers NumPy's legacy `np.random.RandomState` gives for the
 * same seed and the same calls, bit for bit as NumPy computes them on Linux x86-64: the normal
 * draws take glibc's logarithm (ported in libm-log.ts), not `Math.log`, so they agree too. It is
 * a value: pass it around, `clone()` it to replay a run; nothing in descenso reads a global
 * generator.
 *
 * Sized draws return a `Float64Array`; unsized ones a `number`.
 */
export class RandomState {
  private readonly key = new Uint32Array(MT_N);
  private pos = MT_N;
  private hasGauss = false;
  private gauss = 0;

  constructor(seed: Seed) {
    this.seed(seed);
  }

  /** A generator that continues exactly where `state` left off. */
  static fromState(state: RandomStateSnapshot): RandomState {
    const rs = new RandomState(0);
    rs.setState(state);
    return rs;
  }

  /** Re-seeds in place, like `np.random.seed(seed)`; forgets any cached normal deviate. */
  seed(seed: Seed): void {
    if (typeof seed === 'number') {
      checkWord(seed);
      initGenrand(this.key, seed);
    } else {
      if (!Array.isArray(seed) || seed.length === 0) {
        throw new DescensoError('random-bad-seed', { value: describe(seed) });
      }
      for (const word of seed) checkWord(word);
      initByArray(this.key, seed);
    }
    this.pos = MT_N;
    this.hasGauss = false;
    this.gauss = 0;
  }

  /** The whole state as plain JSON (a copy). */
  getState(): RandomStateSnapshot {
    return {
      algorithm: 'MT19937',
      key: Array.from(this.key),
      pos: this.pos,
      hasGauss: this.hasGauss,
      gauss: this.gauss,
    };
  }

  /** Puts the generator in `state`, as `RandomState.set_state` does. */
  setState(state: RandomStateSnapshot): void {
    const s = state as Partial<RandomStateSnapshot> | null;
    if (s === null || typeof s !== 'object') throw badState('state', s);
    if (s.algorithm !== 'MT19937') throw badState('algorithm', s.algorithm);
    if (!Array.isArray(s.key) || s.key.length !== MT_N || !s.key.every(isWord)) throw badState('key', s.key);
    if (!Number.isInteger(s.pos) || (s.pos as number) < 0 || (s.pos as number) > MT_N) {
      throw badState('pos', s.pos);
    }
    if (typeof s.hasGauss !== 'boolean') throw badState('hasGauss', s.hasGauss);
    if (typeof s.gauss !== 'number' || !Number.isFinite(s.gauss)) throw badState('gauss', s.gauss);
    this.key.set(s.key);
    this.pos = s.pos as number;
    this.hasGauss = s.hasGauss;
    this.gauss = s.gauss;
  }

  /** An independent generator in the same state: both produce the same numbers from here on. */
  clone(): RandomState {
    return RandomState.fromState(this.getState());
  }

  /** The next raw 32-bit output word. */
  nextUint32(): number {
    if (this.pos === MT_N) {
      twist(this.key);
      this.pos = 0;
    }
    return temper(this.key[this.pos++]);
  }

  /**
   * A double in [0, 1) with 53 random bits: 27 bits from one word and 26 from the next, as
   * NumPy's `random_sample` builds it.
   */
  nextDouble(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * TWO_POW_26 + b) / TWO_POW_53;
  }

  /** Uniform doubles in [0, 1): `np.random.random_sample`. */
  randomSample(): number;
  randomSample(size: number): Float64Array;
  randomSample(size?: number): number | Float64Array {
    return this.fill(size, () => this.nextDouble());
  }

  /**
   * Uniform doubles in [low, high): `low + (high - low) * u`, with the range computed once
   * before drawing, as NumPy does. `low > high` is allowed (NumPy allows it too).
   */
  uniform(low?: number, high?: number): number;
  uniform(low: number, high: number, size: number): Float64Array;
  uniform(low = 0, high = 1, size?: number): number | Float64Array {
    checkFinite(low, 'uniform', 'low');
    checkFinite(high, 'uniform', 'high');
    const range = high - low;
    if (!Number.isFinite(range)) {
      throw new DescensoError('random-uniform-range', { low, high });
    }
    return this.fill(size, () => low + range * this.nextDouble());
  }

  /**
   * Standard normal deviates by the polar method of Marsaglia, NumPy's legacy `gauss`: each
   * accepted pair yields two deviates, the second kept in the state for the next call.
   */
  standardNormal(): number;
  standardNormal(size: number): Float64Array;
  standardNormal(size?: number): number | Float64Array {
    return this.fill(size, () => this.nextGauss());
  }

  /** Normal deviates `loc + scale * z`: `np.random.normal`. */
  normal(loc?: number, scale?: number): number;
  normal(loc: number, scale: number, size: number): Float64Array;
  normal(loc = 0, scale = 1, size?: number): number | Float64Array {
    checkFinite(loc, 'normal', 'loc');
    checkFinite(scale, 'normal', 'scale');
    // NumPy rejects any scale with the sign bit set, -0 included.
    if (scale < 0 || Object.is(scale, -0)) {
      throw new DescensoError('random-negative-scale', { value: String(scale) });
    }
    return this.fill(size, () => loc + scale * this.nextGauss());
  }

  /**
   * Integers in [low, high), or in [0, low) when `high` is omitted: `np.random.randint` with its
   * default int64 type. Like NumPy's legacy path it draws 32-bit words (64-bit pairs when the
   * range needs them), masks them to the smallest covering power of two and rejects values past
   * the range; a range of one value draws nothing.
   */
  randint(low: number, high?: number): number;
  randint(low: number, high: number | undefined, size: number): Float64Array;
  randint(low: number, high?: number, size?: number): number | Float64Array {
    if (high === undefined) {
      high = low;
      low = 0;
    }
    checkSafeInteger(low, 'randint', 'low');
    checkSafeInteger(high, 'randint', 'high');
    if (low >= high) throw new DescensoError('random-bad-range', { low, high });
    const span = high - 1 - low;
    if (span <= UINT32_MAX) {
      const lo = low;
      return this.fill(size, () => lo + this.boundedUint32(span));
    }
    // Wider than 32 bits: the span may pass 2^53, so it is computed and masked exactly in BigInt.
    const bigSpan = BigInt(high) - 1n - BigInt(low);
    const bigLow = BigInt(low);
    return this.fill(size, () => Number(bigLow + this.boundedUint64(bigSpan)));
  }

  /**
   * A random permutation: of 0..n-1 when given a count, or a shuffled copy of the given items
   * (the input is left alone), as `np.random.permutation`.
   */
  permutation(n: number): Float64Array;
  permutation(items: Float64Array): Float64Array;
  permutation<T>(items: readonly T[]): T[];
  permutation<T>(x: number | Float64Array | readonly T[]): Float64Array | T[] {
    if (typeof x === 'number') {
      checkSize(x);
      const out = new Float64Array(x);
      for (let i = 0; i < x; i++) out[i] = i;
      this.shuffle(out);
      return out;
    }
    if (!(x instanceof Float64Array) && !Array.isArray(x)) {
      throw new DescensoError('random-bad-permutation', { value: describe(x) });
    }
    const copy = x.slice() as Float64Array | T[];
    this.shuffle<number | T>(copy);
    return copy;
  }

  /**
   * Shuffles in place with NumPy's legacy Fisher–Yates order: for i from n-1 down to 1, swap
   * element i with element j drawn uniformly from 0..i by masked rejection.
   */
  shuffle<T>(items: MutableArrayLike<T>): void {
    // Only arrays can be shuffled in place: a string is read-only, an object has no order.
    if (!Array.isArray(items) && !ArrayBuffer.isView(items)) throw badArgument('shuffle', 1, items, 'array');
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.boundedUint32(i);
      const tmp = items[i];
      items[i] = items[j];
      items[j] = tmp;
    }
  }

  private nextGauss(): number {
    if (this.hasGauss) {
      const cached = this.gauss;
      this.hasGauss = false;
      this.gauss = 0;
      return cached;
    }
    let x1: number;
    let x2: number;
    let r2: number;
    do {
      x1 = 2 * this.nextDouble() - 1;
      x2 = 2 * this.nextDouble() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    // glibc's log, not Math.log: the two differ in the last bit for about one input in twenty.
    const f = Math.sqrt((-2 * libmLog(r2)) / r2);
    this.gauss = f * x1;
    this.hasGauss = true;
    return f * x2;
  }

  /** A value in 0..span (span < 2^32) by masked rejection on 32-bit words. */
  private boundedUint32(span: number): number {
    if (span === 0) return 0;
    if (span === UINT32_MAX) return this.nextUint32();
    const mask = coveringMask32(span);
    let value: number;
    do {
      value = (this.nextUint32() & mask) >>> 0;
    } while (value > span);
    return value;
  }

  /** A value in 0..span (span ≥ 2^32) by masked rejection on 64-bit words, high word first. */
  private boundedUint64(span: bigint): bigint {
    let mask = span;
    for (let shift = 1n; shift <= 32n; shift *= 2n) mask |= mask >> shift;
    let value: bigint;
    do {
      const hi = BigInt(this.nextUint32());
      const lo = BigInt(this.nextUint32());
      value = ((hi << 32n) | lo) & mask;
    } while (value > span);
    return value;
  }

  private fill(size: number | undefined, draw: () => number): number | Float64Array {
    if (size === undefined) return draw();
    checkSize(size);
    const out = new Float64Array(size);
    for (let i = 0; i < size; i++) out[i] = draw();
    return out;
  }
}

/** The smallest 2^k - 1 that is ≥ span, for 0 < span < 2^32. */
function coveringMask32(span: number): number {
  let mask = span;
  mask |= mask >>> 1;
  mask |= mask >>> 2;
  mask |= mask >>> 4;
  mask |= mask >>> 8;
  mask |= mask >>> 16;
  return mask >>> 0;
}

function isWord(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= UINT32_MAX;
}

function checkWord(value: unknown): void {
  if (!isWord(value)) throw new DescensoError('random-bad-seed', { value: describe(value) });
}

function checkSize(size: unknown): asserts size is number {
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 0 || size > MAX_SIZE) {
    throw new DescensoError('random-bad-size', { value: describe(size), max: MAX_SIZE });
  }
}

function checkFinite(value: unknown, method: string, name: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new DescensoError('random-not-finite', { method, name, value: describe(value) });
  }
}

function checkSafeInteger(value: unknown, method: string, name: string): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new DescensoError('random-not-integer', { method, name, value: describe(value) });
  }
}

function badState(part: string, value: unknown): DescensoError {
  return new DescensoError('random-bad-state', { part, value: describe(value) });
}

/** A short printable form of any value, for messages. */
function describe(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value))
    return `[${value.slice(0, 4).map(describe).join(', ')}${value.length > 4 ? ', …' : ''}]`;
  return showValue(value);
}
