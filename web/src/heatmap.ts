/** Moved to kit/heatmap.ts; this name stays until the old labs are replaced. */
export * from './kit/heatmap.js';
