/**
 * The Mersenne Twister MT19937 (Matsumoto & Nishimura, 1998), as NumPy's legacy `RandomState`
 * runs it: 624 words of state, refilled all at once when the position reaches the end.
 * This file holds only the bit machinery; the distributions live in random-state.ts.
 */

/** Words of state. */
export const MT_N = 624;
const MT_M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/**
 * Fills `key` from one 32-bit seed with Knuth's multiplier, like `init_genrand` in the reference
 * code and `mt19937_seed` in NumPy. `Math.imul` keeps the product in 32 bits, as C's unsigned
 * arithmetic does.
 */
export function initGenrand(key: Uint32Array, seed: number): void {
  key[0] = seed >>> 0;
  for (let i = 1; i < MT_N; i++) {
    const prev = key[i - 1];
    key[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
  }
}

/**
 * Fills `key` from an array of 32-bit words, like `init_by_array` in the reference code; NumPy
 * uses it when `seed` is given a sequence of integers.
 */
export function initByArray(key: Uint32Array, words: ArrayLike<number>): void {
  initGenrand(key, 19650218);
  const length = words.length;
  let i = 1;
  let j = 0;
  for (let k = Math.max(MT_N, length); k > 0; k--) {
    const prev = key[i - 1];
    key[i] = ((key[i] ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + words[j] + j) >>> 0;
    i++;
    j++;
    if (i >= MT_N) {
      key[0] = key[MT_N - 1];
      i = 1;
    }
    if (j >= length) j = 0;
  }
  for (let k = MT_N - 1; k > 0; k--) {
    const prev = key[i - 1];
    key[i] = ((key[i] ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0;
    i++;
    if (i >= MT_N) {
      key[0] = key[MT_N - 1];
      i = 1;
    }
  }
  // The reference code forces the top bit so that the state can never be all zeros.
  key[0] = 0x80000000;
}

/** Regenerates all 624 words at once (the "twist"), in three runs so no index needs a modulo. */
export function twist(key: Uint32Array): void {
  let i = 0;
  for (; i < MT_N - MT_M; i++) key[i] = mix(key[i], key[i + 1], key[i + MT_M]);
  for (; i < MT_N - 1; i++) key[i] = mix(key[i], key[i + 1], key[i + MT_M - MT_N]);
  key[MT_N - 1] = mix(key[MT_N - 1], key[0], key[MT_M - 1]);
}

/** One word of the twist: the top bit of `upper`, the low 31 bits of `lower`, folded into `far`. */
function mix(upper: number, lower: number, far: number): number {
  const y = (upper & UPPER_MASK) | (lower & LOWER_MASK);
  return (far ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0)) >>> 0;
}

/** The tempering that turns a state word into an output word. */
export function temper(y: number): number {
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}
