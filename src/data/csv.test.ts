import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DescensoError } from '../errors.js';
import { type CsvOptions, datasetTable, numberCell, parseCsv, textCell, toCsv } from './csv.js';
import { simulate } from './simulate.js';

/** The DescensoError a call throws (failing the test if it throws anything else or nothing). */
function errorOf(run: () => unknown): DescensoError {
  try {
    run();
  } catch (e) {
    if (e instanceof DescensoError) return e;
    throw e;
  }
  throw new Error('expected a DescensoError, nothing was thrown');
}

describe('parseCsv: what it reads', () => {
  it('parseCsv("x,y\\n1,2\\n3,4\\n") finds the header and the two columns', () => {
    const t = parseCsv('x,y\n1,2\n3,4\n');
    expect(t).toMatchObject({
      columns: ['x', 'y'],
      rows: [
        [1, 2],
        [3, 4],
      ],
      header: true,
      separator: ',',
    });
    expect(Array.from(t.x)).toEqual([1, 3]);
    expect(Array.from(t.y)).toEqual([2, 4]);
  });

  it('parseCsv("1,2\\n3,4") without a header names the columns c1, c2', () => {
    const t = parseCsv('1,2\n3,4');
    expect(t).toMatchObject({
      columns: ['c1', 'c2'],
      rows: [
        [1, 2],
        [3, 4],
      ],
      header: false,
    });
  });

  it('parseCsv with ";" reads decimal commas: "1,5" is 1.5, and dots still work', () => {
    const t = parseCsv('x;y\n1,5;2\n-0,25;3e2\n.5;1.25\n');
    expect(t).toMatchObject({ separator: ';', decimal: ',' });
    expect(t.rows).toEqual([
      [1.5, 2],
      [-0.25, 300],
      [0.5, 1.25],
    ]);
  });

  it('parseCsv reads tab-separated values', () => {
    expect(parseCsv('a\tb\n1\t2\n').rows).toEqual([[1, 2]]);
    expect(parseCsv('a\tb\n1\t2\n').separator).toBe('\t');
  });

  it('parseCsv reads quoted fields, "" as a quote, separators and line ends inside quotes', () => {
    const t = parseCsv('"x","y ""z""","a,b\nc"\n"1", 2 ,"3"\n');
    expect(t.columns).toEqual(['x', 'y "z"', 'a,b\nc']);
    expect(t.rows).toEqual([[1, 2, 3]]);
  });

  it('parseCsv tolerates a byte order mark, CRLF, blank lines, blank-only lines and a trailing newline', () => {
    const t = parseCsv('\uFEFFx,y\r\n\r\n1,2\r\n   \r\n,\r\n3,4\r\n\r\n');
    expect(t.columns).toEqual(['x', 'y']);
    expect(t.rows).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('parseCsv treats a lone CR as a line end', () => {
    expect(parseCsv('x,y\r1,2\r3,4').rows).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('parseCsv trims blanks around bare fields', () => {
    expect(parseCsv(' x , y \n 1 , 2 \n').columns).toEqual(['x', 'y']);
    expect(parseCsv(' x , y \n 1 , 2 \n').rows).toEqual([[1, 2]]);
  });

  it('parseCsv("x,y\\n1,abc\\n2,def") takes the all-text column y as text and reports it', () => {
    const t = parseCsv('x,y\n1,abc\n2,def\n');
    expect(t).toMatchObject({ columns: ['x'], textColumns: ['y'] });
  });

  it('parseCsv leaves text columns out and lists them in textColumns', () => {
    const t = parseCsv('name,x,y\nalice,1,2\nbob,3,4\n');
    expect(t).toMatchObject({
      columns: ['x', 'y'],
      textColumns: ['name'],
      rows: [
        [1, 2],
        [3, 4],
      ],
    });
  });

  it('parseCsv("1,2,\\n3,4,\\n") ignores the empty column that trailing commas make', () => {
    const t = parseCsv('1,2,\n3,4,\n');
    expect(t).toMatchObject({
      columns: ['c1', 'c2'],
      textColumns: ['c3'],
      rows: [
        [1, 2],
        [3, 4],
      ],
    });
  });

  it("parseCsv of pandas' to_csv output takes x and y from the named columns, not the index", () => {
    const t = parseCsv(',Mediciones,Observaciones\n0,-2.0,-10.1839\n1,-1.9595959595959596,-12.724681\n');
    expect(t.columns).toEqual(['c1', 'Mediciones', 'Observaciones']);
    expect(Array.from(t.x)).toEqual([-2, -1.9595959595959596]);
    expect(Array.from(t.y)).toEqual([-10.1839, -12.724681]);
  });

  it('parseCsv with one numeric column gives x = 0, 1, 2, … and y = that column', () => {
    const t = parseCsv('y\n5\n6\n7\n');
    expect(Array.from(t.x)).toEqual([0, 1, 2]);
    expect(Array.from(t.y)).toEqual([5, 6, 7]);
  });

  it('parseCsv picks x and y by name or by 0-based column index', () => {
    const text = 'a,b,c\n1,2,3\n4,5,6\n';
    expect(Array.from(parseCsv(text, { x: 'c', y: 'a' }).x)).toEqual([3, 6]);
    expect(Array.from(parseCsv(text, { x: 'c', y: 'a' }).y)).toEqual([1, 4]);
    expect(Array.from(parseCsv(text, { x: 1, y: 2 }).x)).toEqual([2, 5]);
    expect(Array.from(parseCsv(text).x)).toEqual([1, 4]);
    expect(Array.from(parseCsv(text).y)).toEqual([3, 6]);
  });

  it('parseCsv(text, { header: true }) takes a numeric first row as names', () => {
    const t = parseCsv('10,20\n1,2\n', { header: true });
    expect(t).toMatchObject({ columns: ['10', '20'], rows: [[1, 2]] });
  });

  it('parseCsv(text, { decimal: "," }) reads quoted decimal commas in a comma-separated file', () => {
    expect(parseCsv('"1,5",2\n', { decimal: ',' }).rows).toEqual([[1.5, 2]]);
  });

  it('parseCsv reads signs, exponents and leading or trailing points', () => {
    expect(parseCsv('+1,-2.,.5,1E3,-4.5e-1\n').rows).toEqual([[1, -2, 0.5, 1000, -0.45]]);
  });
});

describe('parseCsv: broken files', () => {
  it("parseCsv reports 'abc' on line 7, column 2 as csv-bad-number with that message", () => {
    const text = 'x,y\n1,2\n2,3\n3,4\n4,5\n5,6\n6,abc\n7,8\n';
    const e = errorOf(() => parseCsv(text));
    expect(e.code).toBe('csv-bad-number');
    expect(e.message).toBe("line 7, column 2: 'abc' is not a number");
    expect(e.messageIn('es')).toBe("línea 7, columna 2: 'abc' no es un número");
    expect(e.position).toBe(text.indexOf('abc'));
  });

  it('parseCsv counts the lines inside quoted fields and the blank lines when naming a line', () => {
    const e = errorOf(() => parseCsv('"long\nname",y\n\n1,2\n3,x\n'));
    expect(e.params).toEqual({ line: 5, column: 2, found: 'x' });
  });

  const broken: [string, string, CsvOptions, string, Record<string, unknown>][] = [
    ['an empty file', '', {}, 'csv-empty', {}],
    ['only blank lines', '\n \r\n\t\n', {}, 'csv-empty', {}],
    ['only a byte order mark', '\uFEFF', {}, 'csv-empty', {}],
    ['a header and no rows', 'x,y\n', {}, 'csv-no-rows', {}],
    ['a short row', 'x,y\n1,2\n3\n', {}, 'csv-ragged', { line: 3, found: 1, expected: 2 }],
    ['a long row', 'x,y\n1,2,3\n', {}, 'csv-ragged', { line: 2, found: 3, expected: 2 }],
    ['an unclosed quote', 'x,y\n1,"2\n3,4\n', {}, 'csv-unclosed-quote', { line: 2, column: 2 }],
    ['text after a closing quote', 'x,y\n"1"2,3\n', {}, 'csv-bad-quote', { line: 2, column: 1 }],
    ['no numbers at all', 'a,b\nc,d\n', {}, 'csv-no-numeric', {}],
    ['an empty field', 'x,y\n1,\n2,3\n', {}, 'csv-empty-field', { line: 2, column: 2 }],
    [
      'a decimal comma in a comma file',
      'x,y\n1,2\n"1,5",2\n',
      {},
      'csv-decimal-comma',
      { line: 3, column: 1, value: '1,5', fixed: '1.5' },
    ],
    ['a thousands separator', 'x;y\n1;2\n1.234,5;2\n', {}, 'csv-bad-number', { found: '1.234,5' }],
    ['an overflowing number', 'x,y\n1e999,2\n1,2\n', {}, 'csv-bad-number', { line: 2, found: '1e999' }],
    ['NaN', 'x,y\nNaN,2\n1,2\n', {}, 'csv-bad-number', { found: 'NaN' }],
    ['Infinity', 'x,y\n1,2\n-Infinity,2\n', {}, 'csv-bad-number', { line: 3, column: 1 }],
    ['hexadecimal', 'x,y\n1,2\n0x10,2\n', {}, 'csv-bad-number', { found: '0x10' }],
    ['a unit', 'x,y\n1,2\n3 m,2\n', {}, 'csv-bad-number', { found: '3 m' }],
    ['an unknown column', 'x,y\n1,2\n', { x: 'z' }, 'csv-no-column', { name: 'z' }],
    ['a column index past the end', 'x,y\n1,2\n', { y: 2 }, 'csv-no-column', { name: '2' }],
    ['a text column as y', 'n,x\na,1\n', { y: 'n' }, 'csv-text-column', { name: 'n' }],
    ['a bad separator', '1|2\n', { separator: '|' as never }, 'csv-bad-option', { name: 'separator' }],
    ['a bad header option', '1,2\n', { header: 'yes' as never }, 'csv-bad-option', { name: 'header' }],
    ['a negative x', '1,2\n', { x: -1 }, 'csv-bad-option', { name: 'x' }],
    ['an unknown option', '1,2\n', { sep: ';' } as never, 'csv-bad-option', { name: 'sep' }],
  ];
  for (const [what, text, options, code, params] of broken) {
    it(`parseCsv of ${what} throws ${code}`, () => {
      const e = errorOf(() => parseCsv(text, options));
      expect(e.code).toBe(code);
      expect(e.params).toMatchObject(params);
    });
  }

  it('parseCsv of something that is not text throws csv-bad-option', () => {
    expect(errorOf(() => parseCsv(42 as never)).code).toBe('csv-bad-option');
    expect(errorOf(() => parseCsv('1,2', Object.create(null, { x: { value: {} } }))).code).toBe(
      'csv-bad-option',
    );
  });

  it('parseCsv of any text either returns a table or throws a DescensoError', () => {
    const csvish = fc.string({
      unit: fc.constantFrom('1', '2', '.', ',', ';', '"', '\n', '\r', ' ', 'a', 'e', '-', '\t'),
    });
    fc.assert(
      fc.property(csvish, (text) => {
        try {
          const t = parseCsv(text);
          return t.rows.every((r) => r.length === t.columns.length && r.every(Number.isFinite));
        } catch (e) {
          return e instanceof DescensoError;
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('toCsv', () => {
  it('toCsv writes a header, one line per row, shortest round-trip numbers and -0', () => {
    const text = toCsv({
      columns: ['x', 'y'],
      rows: [
        [1, 2],
        [0.1, -0],
        [1e-7, 5e-324],
      ],
    });
    expect(text).toBe('x,y\n1,2\n0.1,-0\n1e-7,5e-324\n');
  });

  it('toCsv(table, { separator: ";", decimal: "," }) writes decimal commas', () => {
    expect(toCsv({ columns: ['x', 'y'], rows: [[1.5, -2.25]] }, { separator: ';', decimal: ',' })).toBe(
      'x;y\n1,5;-2,25\n',
    );
  });

  it('toCsv quotes names holding separators, quotes, line ends or edge blanks', () => {
    const text = toCsv({ columns: ['a,b', 'say "hi"', 'two\nlines', ' pad', 'a;b', 'plain'], rows: [] });
    expect(text).toBe('"a,b","say ""hi""","two\nlines"," pad","a;b",plain\n');
  });

  it('toCsv rejects non-finite numbers, ragged rows and a decimal comma with a comma separator', () => {
    expect(errorOf(() => toCsv({ columns: ['x'], rows: [[Number.NaN]] })).params).toEqual({
      row: 1,
      column: 1,
      value: 'NaN',
    });
    expect(errorOf(() => toCsv({ columns: ['x', 'y'], rows: [[1, 2], [3]] })).code).toBe('csv-ragged-table');
    expect(errorOf(() => toCsv({ columns: ['x'], rows: [] }, { decimal: ',' })).code).toBe('csv-bad-option');
    expect(errorOf(() => toCsv(null as never)).code).toBe('csv-bad-option');
  });

  it('parseCsv(toCsv(t)) gives t back exactly, with either separator', () => {
    const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_ ]{0,6}[A-Za-z0-9_]$/);
    const table = fc.integer({ min: 1, max: 4 }).chain((width) =>
      fc.record({
        columns: fc.array(name, { minLength: width, maxLength: width }),
        rows: fc.array(
          fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), {
            minLength: width,
            maxLength: width,
          }),
          {
            minLength: 1,
            maxLength: 20,
          },
        ),
      }),
    );
    fc.assert(
      fc.property(table, fc.boolean(), (t, european) => {
        const options = european ? ({ separator: ';', decimal: ',' } as const) : {};
        // One column with decimal commas cannot show its separator: the reader must be told.
        const back = parseCsv(toCsv(t, options), t.columns.length === 1 ? options : {});
        expect(back.columns).toEqual(t.columns);
        expect(back.rows.length).toBe(t.rows.length);
        back.rows.forEach((row, i) => {
          row.forEach((v, j) => {
            expect(Object.is(v, t.rows[i][j])).toBe(true);
          });
        });
      }),
    );
  });

  it('datasetTable(simulate()) written and read back gives the same x and y', () => {
    const data = simulate();
    const back = parseCsv(toCsv(datasetTable(data)));
    expect(back.columns).toEqual(['x', 'y']);
    expect(Array.from(back.x)).toEqual(Array.from(data.x));
    expect(Array.from(back.y)).toEqual(Array.from(data.y));
  });

  it('datasetTable of blobs has columns x1, x2, label', () => {
    const data = simulate({ family: 'blobs', points: 3, noise: 0 });
    expect(datasetTable(data)).toEqual({
      columns: ['x1', 'x2', 'label'],
      rows: [
        [-1, -1, 0],
        [1, 1, 1],
        [-1, -1, 0],
      ],
    });
  });
});

describe('textCell: CSV cells a spreadsheet cannot run', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', `"'\tx"`],
    ['\rx', `"'\rx"`],
  ])('textCell(%j) is %s', (text, cell) => {
    expect(textCell(text)).toBe(cell);
  });

  it('textCell leaves plain text as it is and quotes separators', () => {
    expect(textCell('adam')).toBe('adam');
    expect(textCell('sgd (lr=0.1)', ',')).toBe('sgd (lr=0.1)');
    expect(textCell('a;b', ',')).toBe('a;b');
    expect(textCell('a;b')).toBe('"a;b"');
  });

  it('numberCell writes numbers, -0 and negatives as numbers, not text', () => {
    expect([numberCell(-1.5), numberCell(-0), numberCell(Number.NaN)]).toEqual(['-1.5', '-0', '']);
  });

  it('toCsv neutralises a header name that starts with =', () => {
    expect(toCsv({ columns: ['=1+1', 'y'], rows: [[1, 2]] })).toBe("'=1+1,y\n1,2\n");
  });
});

describe('parseCsv with hostile files', () => {
  const codeAndMessages = (text: string, options = {}) => {
    try {
      parseCsv(text, options);
    } catch (e) {
      const err = e as DescensoError;
      return { code: err.code, en: err.message, es: err.messageIn('es') };
    }
    return { code: 'accepted', en: '', es: '' };
  };

  it('parseCsv of a NUL byte names its line and column and says the file is not text', () => {
    expect(codeAndMessages('x,y\n1,2\n3,4\u0000')).toEqual({
      code: 'csv-binary',
      en: 'line 3, column 4: a NUL byte (\\x00): this is not a text CSV file (save it as CSV, UTF-8)',
      es: 'línea 3, columna 4: un byte NUL (\\x00): no es un archivo CSV de texto (guárdelo como CSV, UTF-8)',
    });
  });

  it('parseCsv of a cell of terminal escapes shows them escaped on one line', () => {
    const { code, en, es } = codeAndMessages('x,y\n1,2\n3,\x1b]0;pwned\x07\x1b[2J\n');
    expect(code).toBe('csv-bad-number');
    expect(en).toBe("line 3, column 2: '\\x1b]0;pwned\\x07\\x1b[2J' is not a number");
    expect(es).toBe("línea 3, columna 2: '\\x1b]0;pwned\\x07\\x1b[2J' no es un número");
  });

  it('parseCsv of a quoted decimal comma in a comma-separated file says to use a point', () => {
    expect(codeAndMessages('x,y\n1,"0,03"\n')).toEqual({
      code: 'csv-decimal-comma',
      en: "line 2, column 2: '0,03' has a decimal comma: use a point: 0.03 (a file with ';' between fields may keep decimal commas)",
      es: "línea 2, columna 2: '0,03' lleva coma decimal: use un punto: 0.03 (un archivo con ';' entre campos puede conservar la coma decimal)",
    });
    expect(parseCsv('x;y\n1;0,03\n').y[0]).toBe(0.03);
  });

  it('parseCsv takes __proto__ and constructor as ordinary column names', () => {
    const t = parseCsv('__proto__,constructor\n1,2\n', { x: 'constructor', y: '__proto__' });
    expect([t.columns, Array.from(t.x), Array.from(t.y)]).toEqual([['__proto__', 'constructor'], [2], [1]]);
    expect(codeAndMessages('a,b\n1,2\n', { x: 'toString' }).code).toBe('csv-no-column');
    expect(codeAndMessages('a,b\n1,2\n', JSON.parse('{"__proto__": {"x": 0}}')).code).toBe('csv-bad-option');
  });

  it('parseCsv of a 100 MB quoted cell reports it cut short, with its line and column', () => {
    const { code, en } = codeAndMessages(`x,y\n1,2\n3,"${'a'.repeat(100_000_000)}"\n`);
    expect(code).toBe('csv-bad-number');
    expect(en.startsWith("line 3, column 2: 'aaaa")).toBe(true);
    expect(en.length).toBeLessThan(120);
  });

  it('parseCsv counts line ends inside quoted cells: the fault after one is on the right line', () => {
    expect(codeAndMessages('x,y\n1,"2\n"\n3,zz\n').en).toBe("line 4, column 2: 'zz' is not a number");
    expect(codeAndMessages('x,y,z\n"a\r\nb",1,1\nc,2,q\n').en).toBe("line 4, column 3: 'q' is not a number");
  });

  it('parseCsv reads a file of 10^6 rows', () => {
    const rows = Array.from({ length: 1_000_000 }, (_, i) => `${i},${2 * i}`).join('\n');
    const t = parseCsv(`x,y\n${rows}\n`);
    expect([t.x.length, t.y[999_999]]).toEqual([1_000_000, 1_999_998]);
  });
});
