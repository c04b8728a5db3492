import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { evaluate, parseFormula, toText } from '../expr/index.js';
import { hostileObject } from '../testing.js';
import { getSurface, type Surface, surfaceFormula, surfaceIds, surfaces } from './index.js';

/** The surface as a plain function of a point. */
function scalar(surface: Surface): (p: readonly number[]) => number {
  const { ast } = surfaceFormula(surface);
  return surface.dims === 2 ? (p) => evaluate(ast, { x: p[0], y: p[1] }) : (p) => evaluate(ast, { x: p[0] });
}

const along = (p: readonly number[], i: number, d: number) => p.map((v, j) => (j === i ? v + d : v));

/**
 * Partial derivative by the five-point central stencil: error O(h⁴), so with h = 1e-3 the
 * truncation stays near 1e-12 while rounding (≈ 1e-16·|f|/h) stays below 1e-12 as well.
 */
function partial(f: (p: readonly number[]) => number, p: readonly number[], i: number, h = 1e-3): number {
  return (
    (-f(along(p, i, 2 * h)) + 8 * f(along(p, i, h)) - 8 * f(along(p, i, -h)) + f(along(p, i, -2 * h))) /
    (12 * h)
  );
}

function gradient(f: (p: readonly number[]) => number, p: readonly number[]): number[] {
  return p.map((_, i) => partial(f, p, i));
}

/** Hessian by central differences of the gradient (precision matters less here: it only steers). */
function hessian(f: (p: readonly number[]) => number, p: readonly number[], k = 1e-4): number[][] {
  return p.map((_, i) => {
    const up = gradient(f, along(p, i, k));
    const down = gradient(f, along(p, i, -k));
    return up.map((u, j) => (u - down[j]) / (2 * k));
  });
}

/** One Newton step −H⁻¹g: how far the point is from where the gradient vanishes. */
function newtonStep(g: number[], h: number[][]): number[] {
  if (g.length === 1) return [-g[0] / h[0][0]];
  const det = h[0][0] * h[1][1] - h[0][1] * h[1][0];
  return [-(h[1][1] * g[0] - h[0][1] * g[1]) / det, -(-h[1][0] * g[0] + h[0][0] * g[1]) / det];
}

/** Minima where the function has a kink (ackley, abs) or zero curvature (quartic): no Newton. */
const notNewtonMinima = new Set(['ackley', 'abs', 'quartic']);

const intervals = (s: Surface) => (s.dims === 2 ? s.domain : [s.domain]);
const inside = (s: Surface, p: readonly number[]) =>
  intervals(s).every(([a, b], i) => p[i] >= a && p[i] <= b);

describe('surfaces catalog', () => {
  it('surfaceIds are unique and kebab-case', () => {
    expect(new Set(surfaceIds).size).toBe(surfaceIds.length);
    for (const id of surfaceIds) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(surfaceIds).toEqual(surfaces.map((s) => s.id));
  });

  for (const surface of surfaces) {
    const f = scalar(surface);
    describe(surface.id, () => {
      it(`surfaceFormula(${surface.id}) parses as a ${surface.dims}-D formula written in canonical text`, () => {
        const formula = surfaceFormula(surface);
        expect(formula.vars).toEqual(surface.dims === 2 ? ['x', 'y'] : ['x']);
        expect(toText(formula.ast)).toBe(surface.formula);
      });

      it(`${surface.id} has names${surface.notes ? ' and notes' : ''} in Spanish and English`, () => {
        for (const text of [surface.name, ...(surface.notes ? [surface.notes] : [])]) {
          expect(text.en.trim().length).toBeGreaterThan(0);
          expect(text.es.trim().length).toBeGreaterThan(0);
        }
        if (surface.minima.length === 0) expect(surface.notes).toBeDefined();
      });

      it(`${surface.id} domain holds its starts and minima`, () => {
        for (const [a, b] of intervals(surface)) expect(a).toBeLessThan(b);
        expect(surface.starts.length).toBeGreaterThan(0);
        for (const p of [...surface.starts, ...surface.minima.map((m) => m.point)]) {
          expect(p).toHaveLength(surface.dims);
          expect(inside(surface, p), `${p} in ${JSON.stringify(surface.domain)}`).toBe(true);
          expect(Number.isFinite(f(p))).toBe(true);
        }
      });

      for (const m of surface.minima) {
        const at = `(${m.point.join(', ')})`;

        it(`${surface.id} at ${at} has the listed value ${m.value} (1e-9)`, () => {
          expect(Math.abs(f(m.point) - m.value)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(m.value)));
        });

        it(`${surface.id} has a zero gradient at ${at} by central differences`, () => {
          for (const g of gradient(f, m.point))
            expect(Math.abs(g)).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(m.value)));
        });

        it(`${surface.id} rises in every direction from ${at}`, () => {
          const angles =
            surface.dims === 2 ? [0, 1, 2, 3, 4, 5, 6, 7].map((k) => (k * Math.PI) / 4) : [0, Math.PI];
          for (const a of angles) {
            const d = [Math.cos(a), Math.sin(a)].slice(0, surface.dims).map((c) => 1e-3 * c);
            expect(f(m.point.map((v, i) => v + d[i]))).toBeGreaterThanOrEqual(f(m.point));
          }
        });

        if (!notNewtonMinima.has(surface.id)) {
          it(`${surface.id} minimum ${at} is a Newton fixed point to 1e-9 with positive curvature`, () => {
            const h = hessian(f, m.point);
            expect(h[0][0]).toBeGreaterThan(0);
            if (surface.dims === 2) expect(h[0][0] * h[1][1] - h[0][1] * h[1][0]).toBeGreaterThan(0);
            const step = newtonStep(gradient(f, m.point), h);
            expect(Math.hypot(...step)).toBeLessThanOrEqual(1e-9);
          });
        }
      }

      const globals = surface.minima.filter((m) => m.global);
      if (globals.length > 0) {
        it(`${surface.id} global minima come first, share one value, and no grid point of the domain is lower`, () => {
          const best = globals[0].value;
          expect(surface.minima.slice(0, globals.length).every((m) => m.global)).toBe(true);
          for (const m of globals) expect(m.value).toBeCloseTo(best, 9);
          for (const m of surface.minima.slice(globals.length)) expect(m.value).toBeGreaterThan(best + 1e-9);
          const n = surface.dims === 2 ? 200 : 20_000;
          const ranges = intervals(surface);
          const steps = ranges.map(([a, b]) =>
            Array.from({ length: n + 1 }, (_, k) => a + ((b - a) * k) / n),
          );
          let lowest = Number.POSITIVE_INFINITY;
          if (surface.dims === 1) for (const x of steps[0]) lowest = Math.min(lowest, f([x]));
          else for (const x of steps[0]) for (const y of steps[1]) lowest = Math.min(lowest, f([x, y]));
          expect(lowest).toBeGreaterThanOrEqual(best - 1e-9 * Math.max(1, Math.abs(best)));
        });
      }
    });
  }

  it('peaks of the catalog equals the NumPy peaks of the tutorial at several points', () => {
    const tutorial = parseFormula(
      '3*(1 - w_0)**2 * np.exp(-w_0**2 - (w_1 + 1)**2) - 10*(w_0/5 - w_0**3 - w_1**5)*np.exp(-w_0**2 - w_1**2) - 1./3*np.exp(-(w_0 + 1)**2 - w_1**2)',
    );
    const peaks = getSurface('peaks');
    const f = scalar(peaks);
    for (const p of [[-0.35, -0.67], [0, 0], [2.5, -1], ...peaks.starts]) {
      expect(f(p)).toBe(evaluate(tutorial.ast, { x: p[0], y: p[1] }));
    }
  });

  it("getSurface('peaks') starts at the tutorial's (-0.35, -0.67) and spans [-3, 3]²", () => {
    const peaks = getSurface('peaks');
    expect(peaks.starts[0]).toEqual([-0.35, -0.67]);
    expect(peaks.domain).toEqual([
      [-3, 3],
      [-3, 3],
    ]);
    expect(peaks.minima[0].point[0]).toBeCloseTo(0.228, 3);
    expect(peaks.minima[0].point[1]).toBeCloseTo(-1.626, 3);
    expect(peaks.minima[0].value).toBeCloseTo(-6.551, 3);
  });

  it("getSurface('quadratic-tutorial') has its minimum at 3/4 with value 2.875", () => {
    const s = getSurface('quadratic-tutorial');
    expect(s.minima).toEqual([{ point: [0.75], value: 2.875, global: true }]);
  });

  it("getSurface('chain-tutorial') has its minimum at 1/4, where 12x − 3 vanishes", () => {
    const s = getSurface('chain-tutorial');
    expect(s.minima[0].point).toEqual([0.25]);
    expect(partial(scalar(s), [0.25], 0)).toBeCloseTo(0, 12);
    expect(partial(scalar(s), [2], 0)).toBeCloseTo(21, 9);
  });

  it("getSurface('saddle') lists no minimum", () => {
    expect(getSurface('saddle').minima).toEqual([]);
  });

  it("getSurface('nope') throws surface-unknown naming the known ids", () => {
    for (const id of ['nope', 'constructor', '__proto__']) {
      try {
        getSurface(id);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(DescensoError);
        expect((e as DescensoError).code).toBe('surface-unknown');
        expect((e as DescensoError).message).toContain('peaks');
        expect((e as DescensoError).messageIn('es')).toContain(`superficie desconocida «${id}»`);
      }
    }
  });

  it('surfaceFormula(surface) parses once and returns the same Formula', () => {
    const s = getSurface('rosenbrock');
    expect(surfaceFormula(s)).toBe(surfaceFormula(s));
  });

  it('surfaces are frozen, so callers cannot change the shared catalog', () => {
    const s = getSurface('peaks');
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.starts[0])).toBe(true);
    expect(Object.isFrozen(s.minima[0].point)).toBe(true);
  });
});

describe('getSurface by a name the user typed', () => {
  const failure = (id: string): DescensoError => {
    try {
      getSurface(id);
    } catch (e) {
      if (e instanceof DescensoError) return e;
      throw e;
    }
    throw new Error('expected a DescensoError');
  };

  it("getSurface('peak') throws surface-unknown suggesting 'peaks', in both languages", () => {
    const e = failure('peak');
    expect(e.code).toBe('surface-unknown');
    expect(e.messageIn('en')).toContain("(did you mean 'peaks'?)");
    expect(e.messageIn('es')).toContain('(¿quería decir «peaks»?)');
  });

  it('getSurface of Object.prototype names throws surface-unknown without a suggestion', () => {
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      const e = failure(id);
      expect(e.code).toBe('surface-unknown');
      expect(e.params).toMatchObject({ suggestion: null });
    }
  });

  it('getSurface of an id with a newline or of 10⁶ characters gives a one-line, short message', () => {
    for (const id of ['peaks\nrm -rf', 'x'.repeat(1_000_000)]) {
      for (const lang of ['en', 'es'] as const) {
        const message = failure(id).messageIn(lang);
        expect(message).not.toContain('\n');
        expect(message.length).toBeLessThan(600);
      }
    }
  });
});

describe('getSurface and surfaceFormula with arguments of the wrong kind', () => {
  const weird = hostileObject();
  it('getSurface(a number, a symbol, an object whose toString is no function) throws bad-argument', () => {
    for (const id of [3, Symbol('peaks'), weird])
      expect(() => getSurface(id as never)).toThrow(expect.objectContaining({ code: 'bad-argument' }));
  });
  it('surfaceFormula(undefined, {}, an id) throws bad-argument; a catalog surface works', () => {
    for (const s of [undefined, {}, 'peaks'])
      expect(() => surfaceFormula(s as never)).toThrow(expect.objectContaining({ code: 'bad-argument' }));
    expect(surfaceFormula(getSurface('peaks')).vars).toEqual(['x', 'y']);
  });
});
