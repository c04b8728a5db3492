import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { categorical, colormap } from './colormaps.js';
import { contourMap } from './contour.js';
import { svgToPng } from './png.js';
import { xmlProblem } from './xml.js';

const peaks = (x: number, y: number): number =>
  3 * (1 - x) ** 2 * Math.exp(-(x ** 2) - (y + 1) ** 2) -
  10 * (x / 5 - x ** 3 - y ** 5) * Math.exp(-(x ** 2) - y ** 2) -
  Math.exp(-((x + 1) ** 2) - y ** 2) / 3;

function sample(f: (x: number, y: number) => number, n: number, lo = -3, hi = 3) {
  const values = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++)
      values[j * n + i] = f(lo + ((hi - lo) * i) / (n - 1), lo + ((hi - lo) * j) / (n - 1));
  }
  return { values, nx: n, ny: n, x: [lo, hi] as const, y: [lo, hi] as const };
}

const peaksGrid = sample(peaks, 100);
const tutorialPath = [
  [-0.35, -0.67],
  [-0.26931594, -0.72470447],
  [-0.13292324, -0.838827],
  [0.0654496, -1.06459902],
  [0.24087009, -1.40749396],
  [0.2657862, -1.59573582],
];

/** The plot rectangle, read back from the clip path every chart defines. */
function plotRect(svg: string) {
  const m =
    /<clipPath id="plot-clip"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"\/>/.exec(
      svg,
    );
  if (!m) throw new Error('no clip rect');
  const [left, top, width, height] = m.slice(1).map(Number);
  return { left, top, width, height };
}

const count = (svg: string, pattern: RegExp): number => (svg.match(pattern) ?? []).length;

describe('contourMap', () => {
  it('contourMap of a 6×5 bowl with a 3-point path matches its SVG snapshot', async () => {
    const bowl = { ...sample((x, y) => x * x + 2 * y * y, 6, -1, 1), ny: 6 };
    const svg = contourMap({
      grid: bowl,
      levels: 4,
      paths: [
        {
          name: 'GD',
          points: [
            [-0.8, 0.6],
            [-0.4, 0.1],
            [0, 0],
          ],
        },
      ],
      width: 320,
      height: 280,
    });
    await expect(svg).toMatchFileSnapshot('./__snapshots__/contour-bowl.svg');
  });

  it('contourMap(peaks, levels 30) draws 31 bands of 0.5 from -7 to 8.5, coloured along coolwarm', () => {
    const svg = contourMap({ grid: peaksGrid, levels: 30 });
    const levels = [...svg.matchAll(/class="band" data-level="([^"]+)"/g)].map((m) => Number(m[1]));
    expect(levels).toHaveLength(31);
    expect(levels[0]).toBe(-7);
    expect(levels[30]).toBe(8);
    for (let k = 1; k < levels.length; k++) expect(levels[k] - levels[k - 1]).toBeCloseTo(0.5, 12);
    const cw = colormap('coolwarm');
    expect(svg).toContain(`data-level="-7" d="`);
    expect(/class="band" data-level="-7" d="[^"]+" fill="([^"]+)"/.exec(svg)![1]).toBe(cw(0.5 / 31));
  });

  it('contourMap draws a colour bar with one swatch per band and an escaped label', () => {
    const svg = contourMap({ grid: peaksGrid, colorbarLabel: 'f(w) < 0 & more' });
    const bar = /<g class="colorbar">(.*?)<\/g><\/g>|<g class="colorbar">(.*)$/s.exec(svg)![0];
    expect(count(bar, /<rect [^>]*fill="#/g)).toBe(31);
    expect(svg).toContain('f(w) &lt; 0 &amp; more');
  });

  it('contourMap maps each path point to its pixel: x linearly left→right, y bottom→top', () => {
    const svg = contourMap({ grid: peaksGrid, paths: [{ name: 'SGD', points: tutorialPath }] });
    const r = plotRect(svg);
    const line = /<polyline class="line" points="([^"]+)"/.exec(svg)![1];
    const pts = line.split(' ').map((p) => p.split(',').map(Number));
    expect(pts).toHaveLength(6);
    pts.forEach(([px, py], i) => {
      expect(px).toBeCloseTo(r.left + ((tutorialPath[i][0] + 3) / 6) * r.width, 1);
      expect(py).toBeCloseTo(r.top + r.height - ((tutorialPath[i][1] + 3) / 6) * r.height, 1);
    });
  });

  it('contourMap with equal aspect gives the square domain a square plot', () => {
    const r = plotRect(contourMap({ grid: peaksGrid }));
    expect(r.width).toBeCloseTo(r.height, 1);
  });

  it('contourMap of one run looks like the tutorial: yellow path, 4 yellow dots, red start ★, blue end ★', () => {
    const svg = contourMap({ grid: peaksGrid, paths: [{ name: 'SGD', points: tutorialPath }] });
    expect(svg).toMatch(/class="line" points="[^"]+" fill="none" stroke="#ffff00"/);
    expect(count(svg, /<circle [^>]*fill="#ffff00"/g)).toBe(4);
    expect(svg).toMatch(/class="start" d="M[^"]+" fill="#ff0000"/);
    expect(svg).toMatch(/class="end" d="M[^"]+" fill="#0000ff"/);
    expect(svg).not.toContain('class="legend"');
  });

  it('contourMap of several runs gives them the categorical colours and a legend with a start entry', () => {
    const paths = [0, 1, 2].map((k) => ({
      name: `run ${k}`,
      points: tutorialPath.map(([x, y]) => [x + k * 0.5, y]),
    }));
    const svg = contourMap({ grid: peaksGrid, paths });
    for (let k = 0; k < 3; k++) {
      expect(svg).toContain(`class="line" points=`);
      expect(svg).toMatch(new RegExp(`class="end" d="M[^"]+" fill="${categorical[k]}"`));
    }
    expect(count(svg, /class="legend-entry"/g)).toBe(4);
    expect(svg).toMatch(/<text[^>]*>run 2<\/text>/);
    expect(svg).toMatch(/<text[^>]*>start<\/text>/);
  });

  it('contourMap cuts a path at non-finite points, clips it to the plot and marks it diverged', () => {
    const points = [
      [0, 0],
      [1, 1],
      [Number.NaN, 2],
      [2, 2],
      [1e300, -1e300],
      [Infinity, 0],
    ];
    const svg = contourMap({
      grid: peaksGrid,
      paths: [
        { name: 'boom', points },
        { name: 'ok', points: tutorialPath },
      ],
    });
    expect(svg).not.toMatch(/NaN|Infinity|e\+/);
    const coords = [...svg.matchAll(/points="([^"]+)"/g)].flatMap((m) => m[1].split(/[ ,]/).map(Number));
    for (const c of coords) expect(Math.abs(c)).toBeLessThan(2000);
    expect(count(svg, /<g class="path" data-name="boom">/g)).toBe(1);
    const boom = /<g class="path" data-name="boom">(.*?)<\/g>/.exec(svg)![1];
    expect(count(boom, /class="line"/g)).toBe(2);
    expect(svg).toContain('boom (diverged)');
    expect(svg).toContain('clip-path="url(#plot-clip)"');
  });

  it('contourMap escapes titles, labels and path names so that the SVG stays well-formed', () => {
    const nasty = `<script>"x" & 'y'</script>\u0000`;
    const svg = contourMap({
      grid: peaksGrid,
      title: nasty,
      xLabel: nasty,
      yLabel: nasty,
      paths: [
        { name: nasty, points: tutorialPath },
        { name: 'b', points: tutorialPath },
      ],
    });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;');
    expect(xmlProblem(svg)).toBeNull();
    expect(svgToPng(svg).length).toBeGreaterThan(1000);
  });

  it('contourMap in Spanish labels the colour bar and the legend in Spanish', () => {
    const svg = contourMap({
      grid: peaksGrid,
      lang: 'es',
      paths: [
        { name: 'a', points: tutorialPath },
        { name: 'b', points: tutorialPath.slice(0, 3) },
      ],
    });
    expect(svg).toContain('>Pérdida</text>');
    expect(svg).toContain('>inicio</text>');
  });

  it('contourMap of a grid with NaN holes renders and leaves them unpainted', () => {
    const g = sample((x, y) => (x * x + y * y < 1 ? Number.NaN : x + y), 20);
    const svg = contourMap({ grid: g, levels: 5 });
    expect(xmlProblem(svg)).toBeNull();
    expect(svg).not.toContain('NaN');
    expect(count(svg, /class="band"/g)).toBeGreaterThanOrEqual(4);
  });

  it('contourMap of an all-NaN grid draws the axes and says there is no data', () => {
    const g = sample(() => Number.NaN, 4);
    const svg = contourMap({ grid: g });
    expect(svg).toContain('no data to plot');
    expect(svg).not.toContain('class="band"');
  });

  it('contourMap with explicit levels paints values above the top level white, as matplotlib leaves them', () => {
    const svg = contourMap({ grid: peaksGrid, levels: [-2, 0, 2] });
    expect(count(svg, /class="band"/g)).toBe(2);
    expect(svg).toMatch(/class="above" data-level="2" d="[^"]+" fill="#ffffff"/);
  });

  it('contourMap rejects a grid whose size does not match its values with DescensoError plot-bad-input', () => {
    const bad = { values: new Float64Array(10), nx: 4, ny: 4, x: [0, 1] as const, y: [0, 1] as const };
    expect(() => contourMap({ grid: bad })).toThrow(DescensoError);
    expect(() => contourMap({ grid: bad })).toThrow(/^invalid contour grid values/);
  });

  it('contourMap rejects a zero-width x range and a non-integer level count', () => {
    const g = sample(peaks, 5);
    expect(() => contourMap({ grid: { ...g, x: [1, 1] } })).toThrow(
      expect.objectContaining({ code: 'plot-bad-input' }),
    );
    expect(() => contourMap({ grid: g, levels: 2.5 })).toThrow(
      expect.objectContaining({ code: 'plot-bad-input' }),
    );
  });
});
