import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { pyComment, pyFloat, pyString, pythonNames } from './python.js';

const HOSTILE = [
  '',
  "it's",
  'a"b',
  'back\\slash\\',
  "'''",
  '"""',
  'line\nbreak\r\n',
  'tab\there',
  'nul\u0000',
  'sep\u2028\u2029',
  'bidi\u202e\u2066',
  'lone \ud800 surrogate',
  'emoji 😀 and ñandú',
  "x'); __import__('os').system('echo PWNED') #",
  '{0} %s {__import__}',
];

describe('pyString(text)', () => {
  it('is read back by python3 as the same text (a lone surrogate as U+FFFD)', () => {
    const program = `import json, sys\nvalues = [${HOSTILE.map(pyString).join(', ')}]\nsys.stdout.write(json.dumps(values))`;
    const back = JSON.parse(execFileSync('python3', ['-c', program], { encoding: 'utf8' })) as string[];
    const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
    expect(back).toEqual(HOSTILE.map((s) => s.replace(lone, '\ufffd')));
  });

  it('is one line of visible characters however hostile the text', () => {
    for (const s of HOSTILE) expect(pyString(s)).toMatch(/^'[\p{L}\p{M}\p{N}\p{P}\p{S} ]*'$/u);
  });
});

describe('pyComment(text)', () => {
  it('stays on its line: line breaks, separators and controls become spaces', () => {
    expect(pyComment('a\nimport os\r\u2028b\u0000')).toBe('# a import os  b');
  });
});

describe('pyFloat(x)', () => {
  it('is a float literal python3 reads as the same double', () => {
    const xs = [
      0,
      -0,
      1,
      5,
      0.1,
      1 / 3,
      1e-7,
      1e21,
      123456789012345680000,
      2 ** -1074,
      Number.MAX_VALUE,
      -2.5e-300,
    ];
    const program = `import sys\nsys.stdout.write(' '.join(repr(v) for v in [${xs.map(pyFloat).join(', ')}]))`;
    const back = execFileSync('python3', ['-c', program], { encoding: 'utf8' }).split(' ').map(Number);
    expect(back).toEqual(xs);
    expect(pyFloat(5)).toBe('5.0');
    expect(pyFloat(Number.NaN)).toBe("float('nan')");
  });
});

describe('pythonNames(names, reserved)', () => {
  it('keeps plain names, suffixes keywords and reserved names, numbers the others', () => {
    expect(pythonNames(['x', 'lambda', 'np', 'α', 'x_'], new Set(['np']))).toEqual([
      'x',
      'lambda_',
      'np_',
      'v3',
      'x_',
    ]);
    expect(pythonNames(['lambda', 'lambda_'], new Set())).toEqual(['lambda_', 'lambda__']);
  });
});
