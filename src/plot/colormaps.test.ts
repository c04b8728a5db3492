import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { deltaE, labToRgb, parseHex, type Rgb, rgbToLab } from './color.js';
import { categorical, categoricalColor, colormap, coolwarmTable } from './colormaps.js';

/*
 * Moreland, "Diverging Color Maps for Scientific Visualization" (2009): colours in Msh, the polar
 * form of CIELAB (M = |Lab|, s = angle from the L axis, h = hue angle). Between two saturated
 * colours of distant hue the map passes through an unsaturated middle of magnitude
 * max(M1, M2, 88); a colour interpolated towards that grey gets its hue "spun" so that the
 * perceived hue stays steady. The table in colormaps.ts must be these formulas at t = i/32.
 */
type Msh = [number, number, number];
const toMsh = (rgb: Rgb): Msh => {
  const [L, a, b] = rgbToLab(rgb);
  const M = Math.hypot(L, a, b);
  return [M, Math.acos(L / M), Math.atan2(b, a)];
};
const fromMsh = ([M, s, h]: Msh): Rgb =>
  labToRgb([M * Math.cos(s), M * Math.sin(s) * Math.cos(h), M * Math.sin(s) * Math.sin(h)]);
const spinHue = ([M, s, h]: Msh, unsaturatedM: number): number => {
  if (M >= unsaturatedM) return h;
  const spin = (s * Math.sqrt(unsaturatedM ** 2 - M ** 2)) / (M * Math.sin(s));
  return h > -Math.PI / 3 ? h + spin : h - spin;
};
function moreland(c1: Rgb, c2: Rgb, t: number): Rgb {
  let m1 = toMsh(c1);
  let m2 = toMsh(c2);
  if (m1[1] > 0.05 && m2[1] > 0.05 && Math.abs(m1[2] - m2[2]) > Math.PI / 3) {
    const middle: Msh = [Math.max(m1[0], m2[0], 88), 0, 0];
    if (t < 0.5) [m2, t] = [middle, 2 * t];
    else [m1, t] = [middle, 2 * t - 1];
  }
  if (m1[1] < 0.05 && m2[1] > 0.05) m1 = [m1[0], m1[1], spinHue(m2, m1[0])];
  else if (m2[1] < 0.05 && m1[1] > 0.05) m2 = [m2[0], m2[1], spinHue(m1, m2[0])];
  return fromMsh([m1[0] + (m2[0] - m1[0]) * t, m1[1] + (m2[1] - m1[1]) * t, m1[2] + (m2[2] - m1[2]) * t]);
}

describe('coolwarm', () => {
  it('coolwarmTable is Moreland’s blue (59,76,192) → red (180,4,38) diverging map to the unit', () => {
    expect(coolwarmTable).toHaveLength(33);
    coolwarmTable.forEach((row, i) => {
      const expected = moreland([59, 76, 192], [180, 4, 38], i / 32);
      for (let c = 0; c < 3; c++) expect(Math.abs(row[c] - expected[c])).toBeLessThanOrEqual(0.5);
    });
  });

  it('colormap("coolwarm") runs from #3b4cc0 through grey #dddddd to #b40426', () => {
    const cw = colormap('coolwarm');
    expect([cw(0), cw(0.5), cw(1)]).toEqual(['#3b4cc0', '#dddddd', '#b40426']);
  });

  it('colormap("coolwarm") clamps t outside [0, 1] and reads NaN as 0', () => {
    const cw = colormap('coolwarm');
    expect([cw(-1), cw(2), cw(Number.NaN), cw(Infinity)]).toEqual([
      '#3b4cc0',
      '#b40426',
      '#3b4cc0',
      '#b40426',
    ]);
  });
});

describe('colormap', () => {
  it('colormap("viridis") and colormap("magma") have matplotlib’s end colours', () => {
    expect(colormap('viridis')(0)).toBe('#440154');
    expect(colormap('viridis')(1)).toBe('#fde725');
    expect(colormap('magma')(0)).toBe('#000004');
    expect(colormap('magma')(1)).toBe('#fcfdbf');
  });

  it('colormap of an unknown name throws DescensoError plot-unknown-colormap', () => {
    expect(() => colormap('jet' as never)).toThrow(DescensoError);
  });
});

describe('categorical', () => {
  const cw = coolwarmTable;

  it('categorical has at least 10 distinct colours, pairwise ΔE ≥ 25', () => {
    expect(categorical.length).toBeGreaterThanOrEqual(10);
    for (let i = 0; i < categorical.length; i++) {
      for (let j = i + 1; j < categorical.length; j++) {
        expect(deltaE(parseHex(categorical[i]), parseHex(categorical[j]))).toBeGreaterThanOrEqual(25);
      }
    }
  });

  it('every categorical colour stays ΔE ≥ 25 away from every coolwarm colour', () => {
    for (const c of categorical) {
      const nearest = Math.min(...cw.map((k) => deltaE(parseHex(c), k)));
      expect(nearest, c).toBeGreaterThanOrEqual(25);
    }
  });

  it('every categorical colour stands out on white (ΔE ≥ 50)', () => {
    for (const c of categorical) expect(deltaE(parseHex(c), [255, 255, 255]), c).toBeGreaterThanOrEqual(50);
  });

  it('categoricalColor cycles past the end and accepts negative indices', () => {
    expect(categoricalColor(categorical.length)).toBe(categorical[0]);
    expect(categoricalColor(-1)).toBe(categorical[categorical.length - 1]);
  });
});

describe('colormap by a name the user typed', () => {
  it.each(['constructor', '__proto__', 'toString', 'valueOf'])(
    'colormap(%j) throws plot-unknown-colormap',
    (name) => {
      expect(() => colormap(name as never)).toThrow(
        expect.objectContaining({ code: 'plot-unknown-colormap' }),
      );
    },
  );

  it('colormap("viridsi") suggests viridis in both languages', () => {
    try {
      colormap('viridsi' as never);
      expect.unreachable();
    } catch (e) {
      expect((e as DescensoError).messageIn('en')).toBe(
        "unknown colour map 'viridsi' (did you mean 'viridis'?); colour maps: coolwarm, viridis, magma",
      );
      expect((e as DescensoError).messageIn('es')).toBe(
        "mapa de colores desconocido 'viridsi' (¿quiso decir 'viridis'?); mapas de colores: coolwarm, viridis, magma",
      );
    }
  });
});
