/** Marks drawn on the lab's canvases: the cross where a run ended, the gradient arrow. */

export function cross(ctx: CanvasRenderingContext2D, x: number, y: number, d: number): void {
  ctx.beginPath();
  ctx.moveTo(x - d, y - d);
  ctx.lineTo(x + d, y + d);
  ctx.moveTo(x + d, y - d);
  ctx.lineTo(x - d, y + d);
  ctx.stroke();
}

export function arrow(
  ctx: CanvasRenderingContext2D,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  color: string,
): void {
  const a = Math.atan2(y1 - y0, x1 - x0);
  const head = 6;
  for (const [w, c] of [
    [3.4, 'rgba(0,0,0,0.55)'],
    [1.6, color],
  ] as const) {
    ctx.strokeStyle = c;
    ctx.lineWidth = w;
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
    ctx.moveTo(x1 - head * Math.cos(a - 0.45), y1 - head * Math.sin(a - 0.45));
    ctx.lineTo(x1, y1);
    ctx.lineTo(x1 - head * Math.cos(a + 0.45), y1 - head * Math.sin(a + 0.45));
    ctx.stroke();
  }
}
