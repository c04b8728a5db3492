/** Moved to work/fit-work.ts; this name stays until the old regression lab is replaced. */
export * from './work/fit-work.js';
