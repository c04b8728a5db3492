/** Marks drawn on the map: the cross where a run ended, the gradient arrow, stars and dots. */

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

/** A five-pointed star of outer radius r (the tutorial's start and end marks). */
export function star(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, fill: string): void {
  ctx.beginPath();
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const q = i % 2 === 0 ? r : r * 0.4;
    if (i === 0) ctx.moveTo(x + q * Math.cos(a), y + q * Math.sin(a));
    else ctx.lineTo(x + q * Math.cos(a), y + q * Math.sin(a));
  }
  ctx.closePath();
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.strokeStyle = '#000';
  ctx.lineWidth = 0.8;
  ctx.stroke();
}

/** A dot with a white ring: where a run is now, or the start handle. */
export function dot(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  r: number,
  fill: string,
  ring: string,
): void {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, 2 * Math.PI);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.strokeStyle = ring;
  ctx.lineWidth = r > 5 ? 2 : 1.5;
  ctx.stroke();
}
