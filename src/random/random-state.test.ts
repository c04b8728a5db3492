import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { type FixtureCall, firstMismatch, loadNumpyFixtures } from './fixtures.js';
import { linspace } from './linspace.js';
import { RandomState } from './random-state.js';

const fixtures = loadNumpyFixtures();

/** Replays one fixture call on `rs` and returns what descenso gives. */
function replay(rs: RandomState, { call, args }: FixtureCall): number | ArrayLike<number> {
  const nums = args as number[];
  switch (call) {
    case 'randomSample':
      return nums.length === 0 ? rs.randomSample() : rs.randomSample(nums[0]);
    case 'uniform':
      return nums.length < 3 ? rs.uniform(nums[0], nums[1]) : rs.uniform(nums[0], nums[1], nums[2]);
    case 'normal':
      return nums.length < 3 ? rs.normal(nums[0], nums[1]) : rs.normal(nums[0], nums[1], nums[2]);
    case 'standardNormal':
      return nums.length === 0 ? rs.standardNormal() : rs.standardNormal(nums[0]);
    case 'randint':
      if (nums.length === 1) return rs.randint(nums[0]);
      return nums.length === 2 ? rs.randint(nums[0], nums[1]) : rs.randint(nums[0], nums[1], nums[2]);
    case 'permutation':
      return Array.isArray(args[0]) ? rs.permutation(Float64Array.from(args[0])) : rs.permutation(nums[0]);
    case 'shuffle': {
      const items = [...(args[0] as number[])];
      rs.shuffle(items);
      return items;
    }
  }
}

describe('RandomState against NumPy fixtures', () => {
  it(`the fixtures come from NumPy (${fixtures.numpy}) and cover the six seeds`, () => {
    expect(fixtures.seeds.map((s) => s.seed)).toEqual([0, 1, 22, 42, 12345, 2 ** 32 - 1]);
  });

  for (const entry of fixtures.seeds) {
    it(`new RandomState(${entry.seed}).getState() has the key np.random.seed(${entry.seed}) makes`, () => {
      const state = new RandomState(entry.seed).getState();
      expect(firstMismatch(state.key, entry.key, 'key')).toBeNull();
      expect(state.pos).toBe(entry.pos);
      expect(state.hasGauss).toBe(false);
    });

    for (const [label, sequence] of Object.entries(entry.sequences)) {
      it(`seed ${entry.seed}: the ${label} calls give NumPy's numbers and leave NumPy's state`, () => {
        const rs = new RandomState(entry.seed);
        sequence.calls.forEach((call, k) => {
          const got = replay(rs, call);
          const where = `${label} #${k} ${call.call}(${call.args.map((a) => (Array.isArray(a) ? '[…]' : a))})`;
          if (typeof call.values === 'number') {
            expect(typeof got, where).toBe('number');
            expect(got, where).toBe(call.values);
          } else {
            expect(firstMismatch(got as ArrayLike<number>, call.values, where)).toBeNull();
          }
        });
        const state = rs.getState();
        expect(state.pos).toBe(sequence.state.pos);
        expect(state.hasGauss).toBe(sequence.state.hasGauss);
        expect(state.gauss).toBe(sequence.state.gauss);
        expect(firstMismatch(state.key.slice(0, 4), sequence.state.keyHead, 'key head')).toBeNull();
        expect(firstMismatch(state.key.slice(-4), sequence.state.keyTail, 'key tail')).toBeNull();
      });
    }
  }

  for (const entry of fixtures.arraySeeds) {
    const shown = entry.seed.length > 4 ? `[${entry.seed.length} words]` : `[${entry.seed}]`;
    it(`new RandomState(${shown}) seeds by array like NumPy and draws its numbers`, () => {
      const rs = new RandomState(entry.seed);
      expect(firstMismatch(rs.getState().key, entry.key, 'key')).toBeNull();
      expect(firstMismatch(rs.randomSample(10), entry.randomSample, 'randomSample')).toBeNull();
      expect(firstMismatch(rs.normal(0, 1, 5), entry.normal, 'normal')).toBeNull();
    });
  }
});

describe('RandomState and the tutorials', () => {
  it('seed 22, y = 5·linspace(-2, 2, 100) + 2·normal(0, 1, 100) prints the JAX tutorial table', () => {
    const rs = new RandomState(22);
    const x = linspace(-2, 2, 100);
    const noise = rs.normal(0, 1, 100);
    const y = x.map((xi, i) => 5 * xi + 2 * noise[i]);
    const head = [-10.1839, -12.724681, -7.432376, -9.87259, -10.174177];
    head.forEach((v, i) => {
      expect(Math.abs(y[i] - v)).toBeLessThan(1e-6);
    });
    const tail = [10.93061, 8.960411, 9.630197, 11.177407, 8.233714];
    tail.forEach((v, i) => {
      expect(Math.abs(y[95 + i] - v)).toBeLessThan(1e-6);
    });
    expect(firstMismatch(y, fixtures.tutorials.jax.y, 'y')).toBeNull();
  });

  it('seed 22, x = uniform(0, 1, 200) then y = 0.3 + 0.5x + normal(0, 0.3, 200) equals NumPy (GradientTape)', () => {
    const rs = new RandomState(22);
    const x = rs.uniform(0, 1, 200);
    const noise = rs.normal(0, 0.3, 200);
    const y = x.map((xi, i) => 0.3 + 0.5 * xi + noise[i]);
    expect(firstMismatch(x, fixtures.tutorials.gradientTape.x, 'x')).toBeNull();
    expect(firstMismatch(y, fixtures.tutorials.gradientTape.y, 'y')).toBeNull();
  });
});

describe('RandomState as a value', () => {
  it('clone() replays the same numbers, cached gaussian included, without touching the original', () => {
    const rs = new RandomState(42);
    rs.normal(0, 1, 3); // odd: a gaussian is now cached
    const copy = rs.clone();
    const a = rs.normal(0, 1, 5);
    const b = copy.normal(0, 1, 5);
    expect(firstMismatch(b, a, 'clone')).toBeNull();
  });

  it('setState(getState()) rewinds the generator to the saved point', () => {
    const rs = new RandomState(7);
    rs.randomSample(700); // crosses a refill of the 624 words
    const saved = rs.getState();
    const first = rs.randint(0, 100, 50);
    rs.setState(saved);
    expect(firstMismatch(rs.randint(0, 100, 50), first, 'replay')).toBeNull();
  });

  it('getState() is plain JSON that survives a round trip through a string', () => {
    const rs = new RandomState(3);
    rs.standardNormal();
    const restored = RandomState.fromState(JSON.parse(JSON.stringify(rs.getState())));
    expect(restored.standardNormal()).toBe(rs.standardNormal());
  });

  it('seed(s) resets the generator and forgets the cached gaussian', () => {
    const rs = new RandomState(5);
    const first = rs.normal(0, 1, 3);
    rs.seed(5);
    expect(rs.getState().hasGauss).toBe(false);
    expect(firstMismatch(rs.normal(0, 1, 3), first, 'reseeded')).toBeNull();
  });

  it('two generators with different seeds do not share state', () => {
    const a = new RandomState(1);
    const b = new RandomState(1);
    new RandomState(2).randomSample(10);
    a.randomSample(10);
    expect(b.randomSample()).not.toBe(a.randomSample());
  });
});

describe('RandomState properties', () => {
  it('randint(low, high, n) stays in [low, high) for any range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
        fc.integer({ min: 1, max: 2 ** 41 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (low, width, seed) => {
          const values = new RandomState(seed).randint(low, low + width, 20);
          return values.every((v) => Number.isInteger(v) && v >= low && v < low + width);
        },
      ),
    );
  });

  it('permutation(n) holds each of 0..n-1 exactly once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (n, seed) => {
        const p = Array.from(new RandomState(seed).permutation(n)).sort((a, b) => a - b);
        return p.every((v, i) => v === i) && p.length === n;
      }),
    );
  });

  it('permutation(items) returns a shuffled copy and leaves the input alone', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    const shuffled = new RandomState(0).permutation(items);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect([...shuffled].sort()).toEqual(items);
  });

  it('uniform(low, high, n) stays in [low, high)', () => {
    const values = new RandomState(9).uniform(-1, 3, 5000);
    expect(values.every((v) => v >= -1 && v < 3)).toBe(true);
  });

  it('normal(0, 1, 20000) has mean near 0 and variance near 1', () => {
    const z = new RandomState(11).normal(0, 1, 20000);
    const mean = z.reduce((s, v) => s + v, 0) / z.length;
    const variance = z.reduce((s, v) => s + (v - mean) ** 2, 0) / z.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });

  it('randomSample(0) is empty and draws nothing', () => {
    const rs = new RandomState(4);
    expect(rs.randomSample(0)).toHaveLength(0);
    expect(rs.getState().pos).toBe(624);
  });
});

describe('RandomState rejects bad input with DescensoError', () => {
  const cases: [string, () => unknown, string][] = [
    ['new RandomState(-1)', () => new RandomState(-1), 'random-bad-seed'],
    ['new RandomState(2 ** 32)', () => new RandomState(2 ** 32), 'random-bad-seed'],
    ['new RandomState(1.5)', () => new RandomState(1.5), 'random-bad-seed'],
    ['new RandomState([])', () => new RandomState([]), 'random-bad-seed'],
    ['new RandomState([1, -2])', () => new RandomState([1, -2]), 'random-bad-seed'],
    ['randomSample(-1)', () => new RandomState(0).randomSample(-1), 'random-bad-size'],
    ['randomSample(2.5)', () => new RandomState(0).randomSample(2.5), 'random-bad-size'],
    ['uniform(NaN, 1)', () => new RandomState(0).uniform(Number.NaN, 1), 'random-not-finite'],
    ['uniform(-1e308, 1e308)', () => new RandomState(0).uniform(-1e308, 1e308), 'random-uniform-range'],
    ['normal(0, -1)', () => new RandomState(0).normal(0, -1), 'random-negative-scale'],
    ['normal(0, -0)', () => new RandomState(0).normal(0, -0), 'random-negative-scale'],
    [
      'normal(Infinity, 1)',
      () => new RandomState(0).normal(Number.POSITIVE_INFINITY, 1),
      'random-not-finite',
    ],
    ['randint(5, 5)', () => new RandomState(0).randint(5, 5), 'random-bad-range'],
    ['randint(0)', () => new RandomState(0).randint(0), 'random-bad-range'],
    ['randint(0.5, 3)', () => new RandomState(0).randint(0.5, 3), 'random-not-integer'],
    ['randint(0, 2 ** 60)', () => new RandomState(0).randint(0, 2 ** 60), 'random-not-integer'],
    ['permutation(-3)', () => new RandomState(0).permutation(-3), 'random-bad-size'],
    ['permutation("abc")', () => new RandomState(0).permutation('abc' as never), 'random-bad-permutation'],
    ['setState({})', () => new RandomState(0).setState({} as never), 'random-bad-state'],
    [
      'setState with 623 words',
      () => new RandomState(0).setState({ ...new RandomState(0).getState(), key: new Array(623).fill(0) }),
      'random-bad-state',
    ],
    [
      'setState with pos 625',
      () => new RandomState(0).setState({ ...new RandomState(0).getState(), pos: 625 }),
      'random-bad-state',
    ],
  ];
  for (const [call, run, code] of cases) {
    it(`${call} throws ${code}`, () => {
      let caught: unknown;
      try {
        run();
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(DescensoError);
      expect((caught as DescensoError).code).toBe(code);
    });
  }

  it('a failed setState leaves the generator as it was', () => {
    const rs = new RandomState(8);
    const expected = rs.clone().randomSample();
    expect(() => rs.setState({ ...rs.getState(), gauss: Number.NaN })).toThrow(DescensoError);
    expect(rs.randomSample()).toBe(expected);
  });
});
