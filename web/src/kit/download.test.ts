import { describe, expect, it } from 'vitest';
import { defaultExperiment, parseExperiment } from '../../../src/experiment/index.js';
import { csvCell, csvText, experimentJson, svgSize } from './download.js';

describe('csv', () => {
  it('csvCell keeps numbers round-trip exact and quotes text with commas or quotes', () => {
    expect(csvCell(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(csvCell(null)).toBe('');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });
  it('csvText writes a header and one line per row, ending with a newline', () => {
    expect(
      csvText(
        ['step', 'x'],
        [
          [0, 1.5],
          [1, 'n,a'],
        ],
      ),
    ).toBe('step,x\n0,1.5\n1,"n,a"\n');
  });
});

describe('experimentJson', () => {
  it('experimentJson(default) is what the schema reads back unchanged', () => {
    const text = experimentJson(defaultExperiment);
    expect(text.endsWith('\n')).toBe(true);
    expect(parseExperiment(JSON.parse(text))).toEqual(JSON.parse(text));
  });
});

describe('svgSize', () => {
  it('svgSize reads the root width and height, 640×420 when absent', () => {
    expect(svgSize('<svg xmlns="x" width="800" height="500.5"><rect width="3"/></svg>')).toEqual({
      width: 800,
      height: 500.5,
    });
    expect(svgSize('<svg></svg>')).toEqual({ width: 640, height: 420 });
  });
});
