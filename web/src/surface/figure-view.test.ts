import { describe, expect, it } from 'vitest';
import { runColors } from './figure-view.js';

// The map itself (a heat map on a canvas) is checked in the browser: test/e2e/embed.test.ts.
describe('runColors', () => {
  it('runColors gives the palette per run, and the tutorial’s yellow to a lone run in its look', () => {
    expect(runColors(2, 'modern')).toHaveLength(2);
    expect(runColors(1, 'tutorial')).toEqual(['#ffff00']);
    expect(runColors(2, 'tutorial')).toEqual(runColors(2, 'modern'));
  });
});
