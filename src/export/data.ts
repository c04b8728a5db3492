/**
 * The data of a fit in Python. Simulated data is drawn with `numpy.random.RandomState(seed)` in
 * descenso's order (x first when uniform, then all the noise at once, added last), so the numbers
 * are NumPy's and descenso's alike; given data (a CSV the experiment embeds) is written out in
 * full, every number as the literal of the same double. The code defines `x` and `y` (NumPy arrays
 * of float64) whatever the framework: each script converts them to its own tensors after.
 */
import { fromAst, printPython } from './formula.js';
import type { DataPlan } from './plan.js';
import { type PyWriter, pyFloat, pyFloatList, pyInt, pyString } from './python.js';

/** The curve of a simulated family, as NumPy evaluates it on the array `x`. */
function curve(d: Extract<DataPlan, { kind: 'simulated' }>): string {
  const s = d.spec;
  switch (d.family) {
    case 'linear':
      return `${pyFloat(s.slope)} * x`;
    case 'affine':
      return `${pyFloat(s.intercept)} + ${pyFloat(s.slope)} * x`;
    case 'sine':
      return `${pyFloat(s.intercept)} + ${pyFloat(s.amplitude)} * np.sin(${pyFloat(s.frequency)} * x + ${pyFloat(s.phase)})`;
    case 'exp':
      return `${pyFloat(s.intercept)} + ${pyFloat(s.amplitude)} * np.exp(${pyFloat(s.rate)} * x)`;
    case 'formula':
      return printPython(fromAst(d.formula!.ast), 'np', { x: 'x' });
    default:
      return 'poly(x)';
  }
}

export function dataCode(w: PyWriter, d: DataPlan): void {
  w.line('# ---- The data ---------------------------------------------------------------------');
  if (d.kind === 'given') {
    if (d.source !== undefined) {
      w.comment('The points of the CSV file named in SOURCE, embedded here number for number.');
      w.line(`SOURCE = ${pyString(d.source)}`);
    } else w.comment('The points of the experiment, embedded number for number.');
    const rows = Array.isArray(d.x[0]);
    if (rows) {
      const body = (d.x as number[][]).map((r) => `    ${pyFloatList(r)},`).join('\n');
      w.line(`x = np.array([\n${body}\n])`);
    } else w.line(`x = np.array(${pyFloatList(d.x as number[])})`);
    w.line(`y = np.array(${pyFloatList(d.y)})`);
    w.blank();
    return;
  }
  const s = d.spec;
  w.comment(
    `Simulated as descenso draws it (family ${d.family}): NumPy's RandomState(${s.seed}),`,
    s.xDist === 'uniform' && d.family !== 'blobs'
      ? 'x drawn uniform first, then all the noise at once, added last.'
      : 'then all the noise at once, added last.',
  );
  w.line(`rng = np.random.RandomState(${pyInt(s.seed)})`);
  w.line(`n = ${pyInt(s.points)}`);
  if (d.family === 'blobs') {
    const [[ax, ay], [bx, by]] = s.centers;
    w.comment('Two clouds: point i belongs to class i % 2 and sits at its centre plus two normal draws.');
    w.line(`noise = rng.normal(${pyFloat(s.mu)}, ${pyFloat(s.noise)}, 2 * n)`);
    w.line('label = np.arange(n) % 2');
    w.line(`centers = np.array([[${pyFloat(ax)}, ${pyFloat(ay)}], [${pyFloat(bx)}, ${pyFloat(by)}]])`);
    w.line('x = centers[label] + noise.reshape(n, 2)');
    w.line('y = label.astype(np.float64)');
    w.blank();
    return;
  }
  const [a, b] = s.xRange;
  w.line(
    s.xDist === 'uniform'
      ? `x = rng.uniform(${pyFloat(a)}, ${pyFloat(b)}, n)`
      : `x = np.linspace(${pyFloat(a)}, ${pyFloat(b)}, n)`,
  );
  if (d.family === 'poly') {
    w.block('def poly(x):', () => {
      w.line('"""c0 + c1·x + … by Horner\'s rule, from the last coefficient down."""');
      const c = s.coeffs;
      w.line(`p = np.full_like(x, ${pyFloat(c[c.length - 1])})`);
      for (let k = c.length - 2; k >= 0; k--) w.line(`p = ${pyFloat(c[k])} + p * x`);
      w.line('return p');
    });
  }
  w.line(`noise = rng.normal(${pyFloat(s.mu)}, ${pyFloat(s.noise)}, n)`);
  w.line(`y = (${curve(d)}) + noise`);
  w.blank();
}
