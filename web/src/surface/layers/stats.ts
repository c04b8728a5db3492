/**
 * What the map measures about itself, for the benchmark and the browser tests (the lab's
 * `inspect()` may include it): the time of each frame's drawing (paths and markers), the heat
 * map's time, the paths' blocks drawn and the 3-D view's renders.
 */
export interface MapStats {
  /** Milliseconds per drawn frame (the paths layer plus the markers layer), the last 600. */
  frameTimes: number[];
  heatmapMs: number;
  /** Path blocks stroked so far (incremental and after stepping back). */
  blocks: number;
  /** Frames the 3-D view rendered so far. */
  renders3d: number;
}

export function createMapStats(): MapStats {
  return { frameTimes: [], heatmapMs: 0, blocks: 0, renders3d: 0 };
}

export function recordFrame(stats: MapStats, ms: number): void {
  stats.frameTimes.push(ms);
  if (stats.frameTimes.length > 600) stats.frameTimes.shift();
}
