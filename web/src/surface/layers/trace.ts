/**
 * What a searching method looked at, drawn at the step shown: a line search's trial points along
 * its direction (small rings on a thin segment from the point the step left, the accepted one
 * filled) and Nelder–Mead's simplex (the current one drawn strongly, the few before it fading).
 * A run's `traces[i]` is the trace of the step that produced recorded row i (null where none), so
 * at step k the accepted trial is the run's point k and the current simplex has it as best vertex.
 */
import type { SearchTrace } from '../../../../src/optim/types.js';
import type { MapFrame } from './geometry.js';

/** The opacity of the simplex k steps back (index k): the current one first. */
export const SIMPLEX_FADE = [1, 0.42, 0.22, 0.1] as const;
/** Radius of a trial's ring, CSS pixels. */
export const TRIAL_RADIUS = 3.2;

/** What the layer needs of a run: its points and, for a searching method, its traces. */
export interface TracedRun {
  readonly points: readonly (readonly number[])[];
  readonly traces?: readonly (SearchTrace | null)[];
}

export interface TraceInput {
  frame: MapFrame;
  runs: readonly TracedRun[];
  colors: readonly string[];
  /** The whole step shown. */
  step: number;
}

/** The 2-D canvas calls the layer makes (a CanvasRenderingContext2D has them; tests record them). */
export type TracePen = Pick<
  CanvasRenderingContext2D,
  | 'save'
  | 'restore'
  | 'beginPath'
  | 'rect'
  | 'clip'
  | 'moveTo'
  | 'lineTo'
  | 'closePath'
  | 'arc'
  | 'fill'
  | 'stroke'
  | 'setLineDash'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'globalAlpha'
>;

const finite2 = (p: readonly number[] | undefined): p is readonly number[] =>
  p !== undefined && Number.isFinite(p[0]) && Number.isFinite(p[1]);

/** The traces to draw for one run at step k: the simplices from oldest to current, and the trials. */
export function tracesAt(
  run: TracedRun,
  step: number,
): { simplices: { simplex: readonly (readonly number[])[]; alpha: number }[]; trials: SearchTrace | null } {
  const traces = run.traces;
  const simplices: { simplex: readonly (readonly number[])[]; alpha: number }[] = [];
  if (!traces || run.points.length === 0) return { simplices, trials: null };
  const row = Math.max(0, Math.min(Math.floor(step), run.points.length - 1));
  for (let back = SIMPLEX_FADE.length - 1; back >= 0; back--) {
    const s = row - back >= 0 ? traces[row - back]?.simplex : undefined;
    if (s && s.length >= 2) simplices.push({ simplex: s, alpha: SIMPLEX_FADE[back] });
  }
  const t = traces[row];
  return { simplices, trials: t?.trials && t.trials.length > 0 ? t : null };
}

function drawSimplex(
  ctx: TracePen,
  frame: MapFrame,
  simplex: readonly (readonly number[])[],
  color: string,
  alpha: number,
): void {
  const pts = simplex.filter(finite2).map((p) => frame.toPx(p[0], p[1]));
  if (pts.length < 2) return;
  ctx.beginPath();
  ctx.moveTo(pts[0][0], pts[0][1]);
  for (let i = 1; i < pts.length; i++) ctx.lineTo(pts[i][0], pts[i][1]);
  ctx.closePath();
  ctx.globalAlpha = alpha * 0.18;
  ctx.fillStyle = color;
  ctx.fill();
  ctx.globalAlpha = alpha;
  ctx.lineWidth = 3;
  ctx.strokeStyle = 'rgba(0,0,0,0.5)';
  ctx.stroke();
  ctx.lineWidth = 1.4;
  ctx.strokeStyle = color;
  ctx.stroke();
  ctx.globalAlpha = 1;
}

/**
 * The trials of one search: a dashed segment from where the step started to the farthest trial
 * (a line search's direction; Nelder–Mead's trials lie on the line through its worst vertex, so
 * with a simplex there is no segment), a ring at each trial, the accepted one (last) filled.
 */
function drawTrials(
  ctx: TracePen,
  frame: MapFrame,
  trials: readonly (readonly number[])[],
  from: readonly number[] | undefined,
  color: string,
  segment: boolean,
): void {
  const pts = trials.filter(finite2).map((p) => frame.toPx(p[0], p[1]));
  if (pts.length === 0) return;
  if (segment && finite2(from)) {
    const [x0, y0] = frame.toPx(from[0], from[1]);
    let far = pts[0];
    for (const p of pts) if (Math.hypot(p[0] - x0, p[1] - y0) > Math.hypot(far[0] - x0, far[1] - y0)) far = p;
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.lineTo(far[0], far[1]);
    ctx.setLineDash([4, 3]);
    ctx.lineWidth = 1.2;
    ctx.strokeStyle = color;
    ctx.stroke();
    ctx.setLineDash([]);
  }
  pts.forEach(([x, y], i) => {
    const accepted = i === pts.length - 1;
    ctx.beginPath();
    ctx.arc(x, y, accepted ? TRIAL_RADIUS + 0.6 : TRIAL_RADIUS, 0, 2 * Math.PI);
    ctx.fillStyle = accepted ? color : 'rgba(255,255,255,0.85)';
    ctx.fill();
    ctx.lineWidth = 1.3;
    ctx.strokeStyle = accepted ? '#111' : color;
    ctx.stroke();
  });
}

/** Every run's traces at the step shown, clipped to the plot. */
export function drawTraces(ctx: TracePen, t: TraceInput): void {
  const r = t.frame.rect;
  ctx.save();
  ctx.beginPath();
  ctx.rect(r.x, r.y, r.w, r.h);
  ctx.clip();
  t.runs.forEach((run, i) => {
    const { simplices, trials } = tracesAt(run, t.step);
    const color = t.colors[i] ?? '#333';
    for (const s of simplices) drawSimplex(ctx, t.frame, s.simplex, color, s.alpha);
    if (trials?.trials) {
      const row = Math.max(0, Math.min(Math.floor(t.step), run.points.length - 1));
      drawTrials(ctx, t.frame, trials.trials, run.points[row - 1], color, !trials.simplex);
    }
  });
  ctx.restore();
}

/** Whether any run has something for this layer to draw (no trace: the layer stays empty). */
export function hasTraces(runs: readonly TracedRun[]): boolean {
  return runs.some((run) => run.traces?.some((t) => t !== null) ?? false);
}
