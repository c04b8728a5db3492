import { describe, expect, it } from 'vitest';
import { table, tableLines } from './format.js';
import { main } from './main.js';
import { csv } from './output.js';
import { ChunkedWriter, writeCsv, writeJson } from './stream.js';
import { fakeIo } from './testing.js';

const collect = (fn: (write: (s: string) => void) => void) => {
  const parts: string[] = [];
  fn((s) => void parts.push(s));
  return parts;
};

describe('writeJson', () => {
  it('writeJson writes what JSON.stringify writes, for every kind of value', () => {
    const long = Array.from({ length: 10_000 }, (_, i) => [i, -i / 3]);
    const values: unknown[] = [
      null,
      0,
      -0,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      'a"\n\u2028',
      true,
      [],
      {},
      [undefined, () => 1, Symbol('s'), 1],
      { a: undefined, b: () => 1, c: 1, 'd"e': [1, { f: null }] },
      { date: new Date(0), nested: { toJSON: () => undefined }, list: long },
      { runs: [{ points: long, values: long.map((p) => p[1]), status: 'max-steps' }] },
      Array.from({ length: 5000 }, (_, i) => ({ epoch: i, loss: 1 / (i + 1), params: { w: [i, i + 1] } })),
    ];
    for (const v of values) expect(collect((w) => writeJson(w, v)).join('')).toBe(`${JSON.stringify(v)}\n`);
  });

  it('writeJson of a long run writes it in chunks of about 64 KB, not one string', () => {
    const points = Array.from({ length: 100_000 }, (_, i) => [i / 7, -i / 3]);
    const parts = collect((w) => writeJson(w, { points }));
    expect(parts.length).toBeGreaterThan(10);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(70_000);
  });
});

describe('writeCsv', () => {
  it('writeCsv writes what csv() builds, rows taken from a generator', () => {
    const rows: (string | number)[][] = [
      ['a', 1, -0.5],
      ['=b', Number.NaN, 1e300],
    ];
    function* gen() {
      yield* rows;
    }
    expect(collect((w) => writeCsv(w, ['run', 'step', 'x'], gen())).join('')).toBe(
      csv(['run', 'step', 'x'], rows),
    );
  });

  it('ChunkedWriter hands nothing on before the size and everything on flush', () => {
    const parts: string[] = [];
    const out = new ChunkedWriter((s) => void parts.push(s), 10);
    out.push('abc');
    out.push('def');
    expect(parts).toEqual([]);
    out.push('ghij');
    expect(parts).toEqual(['abcdefghij']);
    out.push('k');
    out.flush();
    expect(parts).toEqual(['abcdefghij', 'k']);
  });
});

describe('long outputs reach stdout in chunks', () => {
  it('tableLines joined is table(), widths taken over every row', () => {
    const rows = [
      ['1', '-0.5'],
      ['12345', '2'],
    ];
    expect(`${tableLines(['step', 'x'], rows).join('\n')}\n`).toBe(table(['step', 'x'], rows));
    expect(tableLines(['a'], [['long cell']])).toEqual(['        a', 'long cell']);
  });

  it('descend --steps 20000 as a table, JSON and CSV: many writes of bounded size, same text', async () => {
    for (const format of ['table', 'json', 'csv']) {
      const io = fakeIo();
      const code = await main(['descend', '--surface', 'peaks', '--steps', '20000', '--format', format], io);
      expect(code).toBe(0);
      expect(io.out.length).toBeGreaterThan(5);
      expect(Math.max(...io.out.map((s) => s.length))).toBeLessThan(70_000);
    }
  });
});
