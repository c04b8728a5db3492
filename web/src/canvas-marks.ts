/** Moved to surface/layers/marks.ts; this name stays until the old surface lab is replaced. */
export * from './surface/layers/marks.js';
