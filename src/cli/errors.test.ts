import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from './commands.js';
import { printableLine } from './printable.js';
import { cli } from './testing.js';

// Every user error: exit status 2, one line on stderr in the user's language, nothing on stdout,
// no stack unless --debug (a formula fault adds the formula and a caret under the fault).
const oneLine = (stderr: string) => {
  expect(stderr.startsWith('descenso: ')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
};

const dir = mkdtempSync(join(tmpdir(), 'descenso-errors-'));
const badOption = join(dir, 'bad-option.json');
writeFileSync(
  badOption,
  JSON.stringify({
    kind: 'descend',
    surface: 'peaks',
    optimizers: ['sgd', { name: 'adam', options: { lr: -1 } }],
  }),
);
const schemaFault = join(dir, 'schema-fault.json');
writeFileSync(
  schemaFault,
  JSON.stringify({ kind: 'descend', surface: 'peaks', steps: 'many', optimizers: ['sgd'] }),
);
const notJson = join(dir, 'not-json.json');
writeFileSync(notJson, '{ "kind": "descend", ');

const cases: { what: string; args: string[]; en: string; es: string }[] = [
  {
    what: 'an unknown command',
    args: ['frobnicate'],
    en: "unknown command 'frobnicate'",
    es: "orden desconocida 'frobnicate'",
  },
  {
    what: 'an unknown flag',
    args: ['descend', '--bogus'],
    en: "unknown flag --bogus for 'descend'",
    es: "opción desconocida --bogus para 'descend'",
  },
  {
    what: 'a missing value',
    args: ['descend', '--surface'],
    en: 'the flag --surface needs a value',
    es: 'la opción --surface necesita un valor',
  },
  { what: 'a missing argument', args: ['run'], en: 'missing <file>', es: 'falta <file>' },
  {
    what: 'a value out of range',
    args: ['descend', '--surface', 'peaks', '--steps', '-5'],
    en: '--steps is out of range: -5 (allowed: 0…1000000)',
    es: '--steps está fuera de rango: -5 (se admite: 0…1000000)',
  },
  {
    what: 'a port out of range',
    args: ['lab', '--port', '70000'],
    en: '--port is out of range: 70000',
    es: '--port está fuera de rango: 70000',
  },
  {
    what: 'a word for a number',
    args: ['descend', '--surface', 'peaks', '--lr', 'abc'],
    en: "--lr expects a number, got 'abc'",
    es: "--lr espera un número y recibió 'abc'",
  },
  {
    what: 'a start of the wrong length',
    args: ['descend', '--surface', 'peaks', '--from', '1,2,3'],
    en: "--from expects 2 numbers separated by commas, got '1,2,3'",
    es: "--from espera 2 números separados por comas y recibió '1,2,3'",
  },
  {
    what: 'a bad choice',
    args: ['descend', '--surface', 'peaks', '--format', 'xml'],
    en: "--format must be one of table, json, csv, got 'xml'",
    es: "--format debe ser uno de table, json, csv y recibió 'xml'",
  },
  {
    what: 'a plot file that is neither SVG nor PNG',
    args: ['grad', 'x^2', '--at', 'x=1', '--plot', 'out.pdf'],
    en: "--plot needs a file name ending in .svg or .png, got 'out.pdf'",
    es: "--plot necesita un nombre de fichero terminado en .svg o .png y recibió 'out.pdf'",
  },
  {
    what: 'an optimizer option out of range',
    args: ['descend', '--surface', 'peaks', '--lr', '-1'],
    en: 'invalid lr for sgd: -1',
    es: 'lr no válido para sgd: -1',
  },
  {
    what: 'an unknown surface',
    args: ['surfaces', 'nope'],
    en: "unknown surface 'nope'",
    es: 'superficie desconocida «nope»',
  },
  {
    what: 'an unknown optimizer',
    args: ['optimizers', 'adamm'],
    en: 'unknown optimizer "adamm"',
    es: 'optimizador desconocido "adamm"',
  },
  {
    what: 'an unknown tutorial',
    args: ['tutorial', 'nope'],
    en: "unknown tutorial 'nope'",
    es: "tutorial desconocido 'nope'",
  },
  {
    what: 'no function',
    args: ['descend'],
    en: 'give a function: --surface ID or --formula TEXT',
    es: 'indique una función: --surface ID o --formula TEXTO',
  },
  {
    what: 'two functions',
    args: ['descend', '--surface', 'peaks', '--formula', 'x'],
    en: '--surface and --formula cannot be used together',
    es: '--surface y --formula no se pueden usar a la vez',
  },
  {
    what: 'a point naming no variable',
    args: ['grad', 'x^2', '--at', 'y=1'],
    en: "the function has no variable 'y'",
    es: "la función no tiene la variable 'y'",
  },
  {
    what: 'a missing file',
    args: ['run', join(dir, 'nope.json')],
    en: 'nope.json: no such file or folder',
    es: 'nope.json: no existe ese fichero o carpeta',
  },
  {
    what: 'a folder for a file',
    args: ['run', dir],
    en: 'it is a folder, not a file',
    es: 'es una carpeta, no un fichero',
  },
  {
    what: 'a file that is not JSON',
    args: ['run', notJson],
    en: 'the experiment is not valid JSON: syntax error at line 1, column 22',
    es: 'el experimento no es JSON válido: error de sintaxis en la línea 1, columna 22',
  },
  {
    what: 'a schema fault',
    args: ['run', schemaFault],
    en: 'invalid experiment at experiment.steps: expected a finite number, got "many"',
    es: 'experimento no válido en experiment.steps: se esperaba un número finito y se recibió "many"',
  },
  {
    what: 'too many arguments',
    args: ['grad', 'x^2', 'y^2', '--at', 'x=1'],
    en: "too many arguments for 'grad': it takes 1, got 2",
    es: "demasiados argumentos para 'grad': admite 1 y recibió 2",
  },
  {
    what: 'too many coefficients',
    args: ['simulate', '--data', 'poly', '--coeffs', Array.from({ length: 22 }, (_, i) => i).join(',')],
    en: '--coeffs takes 1 to 21 numbers, got 22',
    es: '--coeffs admite de 1 a 21 números y recibió 22',
  },
  {
    what: 'a missing data file',
    args: ['fit', '--data-file', join(dir, 'nope.csv')],
    en: 'nope.csv: no such file or folder',
    es: 'nope.csv: no existe ese fichero o carpeta',
  },
  {
    what: 'a model for the wrong number of inputs',
    args: ['fit', '--data', 'blobs', '--model', 'linear'],
    en: '--model linear takes 1 input, but the data have 2 (try logistic or mlp:H)',
    es: '--model linear admite 1 entrada, pero los datos tienen 2 (pruebe logistic o mlp:H)',
  },
  {
    what: 'a lab that is not built',
    args: ['lab', '--root', join(dir, 'dist')],
    en: 'run npm run build:web first',
    es: 'ejecute antes npm run build:web',
  },
];

describe('descenso errors', () => {
  for (const c of cases)
    for (const lang of ['en', 'es'] as const)
      it(`descenso ${c.args.join(' ')} (${c.what}, ${lang}) exits 2 with one line: ${c[lang]}`, async () => {
        const r = await cli(c.args, { lang });
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        oneLine(r.stderr);
        expect(r.stderr).toContain(c[lang]);
      });

  // Issue 11: one bad optimizer no longer stops the others: sgd runs and prints, adam's reason
  // holds its place, and the command still ends with one line on stderr and status 2.
  for (const [lang, text] of [
    ['en', 'invalid experiment at experiment.optimizers[1].options.lr: invalid lr for adam: -1'],
    ['es', 'experimento no válido en experiment.optimizers[1].options.lr: lr no válido para adam: -1'],
  ] as const)
    it(`descenso run with a bad option inside an experiment (${lang}) runs the others, then exits 2 with one line: ${text}`, async () => {
      const r = await cli(['run', badOption], { lang });
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(/^== sgd ==\n/);
      expect(r.stdout).toContain(`== adam ==\n${text}`);
      oneLine(r.stderr);
      expect(r.stderr).toContain(`adam: ${text}`);
    });

  it('descenso descend --formula "x^2 + * y" echoes the formula with a caret under the fault, in both languages', async () => {
    for (const [lang, text] of [
      ['en', "unexpected '*'"],
      ['es', '«*» inesperado'],
    ] as const) {
      const r = await cli(['descend', '--formula', 'x^2 + * y'], { lang });
      expect(r.code).toBe(2);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(3);
      expect(lines[0]).toContain(text);
      expect(lines[1]).toBe('  x^2 + * y');
      expect(lines[2]).toBe(`  ${' '.repeat(6)}^`);
    }
  });

  it('descenso run with a formula fault names experiment.formula and draws the caret', async () => {
    const file = join(dir, 'bad-formula.json');
    writeFileSync(file, JSON.stringify({ kind: 'descend', formula: 'x + (y', optimizers: ['sgd'] }));
    const r = await cli(['run', file]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toContain('invalid experiment at experiment.formula');
    expect(lines[1]).toBe('  x + (y');
    expect(lines[2]).toMatch(/^ {2}\s*\^$/);
  });

  it('--lang es wins over an English locale, and LANG=es_ES picks Spanish', async () => {
    expect((await cli(['--lang', 'es', 'frobnicate'])).stderr).toContain('orden desconocida');
    expect((await cli(['frobnicate', '--lang=es'])).stderr).toContain('orden desconocida');
    expect((await cli(['frobnicate'], { lang: 'es' })).stderr).toContain('orden desconocida');
  });

  it('--debug adds the stack trace after the one-line message', async () => {
    const r = await cli(['descend', '--surface', 'nope', '--debug']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toContain("unknown surface 'nope'");
    expect(r.stderr).toMatch(/\n\s+at /);
  });

  it('--debug on a formula fault keeps the Spanish line and the caret, then the stack', async () => {
    const r = await cli(['grad', 'x^2 +', '--at', 'x=1', '--debug'], { lang: 'es' });
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n');
    expect(lines[0]).toMatch(/^descenso: /);
    expect(lines[1]).toBe('  x^2 +');
    expect(lines[2]).toMatch(/^ {2}\s*\^$/);
    expect(r.stderr).toMatch(/\n\s+at /);
    // Without --debug the same fault shows no stack.
    expect((await cli(['grad', 'x^2 +', '--at', 'x=1'], { lang: 'es' })).stderr).not.toMatch(/\n\s+at /);
  });
});

describe('negative numbers as flag values', () => {
  it('descend --from -0.35,-0.67 (space, negative) and --from=-0.35,-0.67 start at the same point', async () => {
    const base = ['descend', '--surface', 'peaks', '--lr', '0.03', '--steps', '1', '--format', 'json'];
    const spaced = await cli([...base, '--from', '-0.35,-0.67']);
    const joined = await cli([...base, '--from=-0.35,-0.67']);
    expect(spaced.code).toBe(0);
    expect(joined.code).toBe(0);
    expect(JSON.parse(spaced.stdout).runs[0].points[0]).toEqual([-0.35, -0.67]);
    expect(spaced.stdout).toBe(joined.stdout);
  });

  it('grad --at x=-1 reads the negative coordinate', async () => {
    const r = await cli(['grad', '2*x^2 - 3*x + 4', '--at', 'x=-1', '--format', 'json']);
    expect(JSON.parse(r.stdout)).toEqual({ value: 9, gradient: { x: -7 } });
  });

  it('grad --at takes bare numbers in the order the variables appear, like descend --from', async () => {
    const one = await cli(['grad', '2*x^2 - 3*x + 4', '--at=-1', '--format', 'json']);
    expect(JSON.parse(one.stdout)).toEqual({ value: 9, gradient: { x: -7 } });
    // f = a²·b: ∂/∂a = 2ab = 12 and ∂/∂b = a² = 4 at (2, 3)
    const two = await cli(['grad', 'a^2*b', '--at', '2,3', '--format', 'json']);
    expect(JSON.parse(two.stdout)).toEqual({ value: 12, gradient: { a: 12, b: 4 } });
    const short = await cli(['grad', 'a^2*b', '--at', '2']);
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('--at');
  });
});

describe('names the user types: own names only, and "did you mean"', () => {
  const refused = async (args: string[], lang: 'en' | 'es' = 'en') => {
    const r = await cli(args, { lang });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    oneLine(r.stderr);
    return r.stderr;
  };

  it('optimizers constructor / __proto__ / toString: unknown optimizer, exit 2 (not "fn is not a function")', async () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(await refused(['optimizers', name])).toContain(`unknown optimizer "${name}"`);
    expect(await refused(['optimizers', 'adamm'], 'es')).toMatch(/¿quería decir ['«"]adam['»"]\?/);
  });

  it('surfaces, --surface, --optimizer, tutorial with a prototype key are unknown names', async () => {
    expect(await refused(['surfaces', 'constructor'])).toContain("unknown surface 'constructor'");
    expect(await refused(['descend', '--surface', '__proto__'])).toContain("unknown surface '__proto__'");
    expect(await refused(['descend', '--surface', 'peaks', '--optimizer', 'toString'])).toContain(
      '--optimizer must be one of',
    );
    expect(await refused(['tutorial', 'constructor'])).toContain("unknown tutorial 'constructor'");
    expect(await refused(['fit', '--optimizer', 'valueOf'])).toContain('--optimizer must be one of');
  });

  it('--from __proto__=1 and --at constructor=1 are unknown variables, not missing ones', async () => {
    expect(await refused(['descend', '--surface', 'peaks', '--from', '__proto__=1'])).toContain(
      "no variable '__proto__'",
    );
    expect(await refused(['grad', 'x^2', '--at', 'constructor=1'], 'es')).toContain(
      "la función no tiene la variable 'constructor'",
    );
  });

  it('fit --init __proto__=1 reaches fit as an unknown parameter', async () => {
    const stderr = await refused(['fit', '--init', '__proto__=1', '--epochs', '1']);
    expect(stderr).toContain('__proto__');
  });

  it("desend → did you mean 'descend'? and --surface peak → 'peaks', in both languages", async () => {
    expect(await refused(['desend'])).toContain("unknown command 'desend' (did you mean 'descend'?)");
    expect(await refused(['desend'], 'es')).toContain(
      "orden desconocida 'desend' (¿quería decir 'descend'?)",
    );
    expect(await refused(['descend', '--surface', 'peak'])).toContain("(did you mean 'peaks'?)");
    expect(await refused(['surfaces', 'peak'], 'es')).toMatch(
      /^descenso: superficie desconocida.*\(¿quería decir ['«]peaks['»]\?\)/,
    );
    expect(await refused(['tutorial', 'peak'])).toContain("; did you mean 'peaks'?");
    expect(await refused(['descend', '--surface', 'peaks', '--stepz', '3'])).toContain(
      "unknown flag --stepz for 'descend' (did you mean '--steps'?)",
    );
  });

  it('help bogus is an unknown command (exit 2); help descend still shows the help', async () => {
    expect(await refused(['help', 'bogus'])).toContain("unknown command 'bogus'");
    expect(await refused(['help', 'desend'], 'es')).toContain("¿quería decir 'descend'?");
    const ok = await cli(['help', 'descend']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('--surface');
  });
});

describe('flags of issue 10', () => {
  const refused = async (args: string[], lang: 'en' | 'es' = 'en') => {
    const r = await cli(args, { lang });
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    return r.stderr;
  };

  it('--lang es before the command: the command is descend, not es', async () => {
    const r = await cli(['--lang', 'es', 'descend', '--surface', 'peaks', '--stepz', '2']);
    expect(r.stderr).toContain("opción desconocida --stepz para 'descend'");
    const ok = await cli(['--lang', 'es', 'descend', '--surface', 'peaks', '--steps', '1']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('estado:');
  });

  it('--optimizer "", --vars "" and --init "" are refused, not read as the default', async () => {
    expect(await refused(['descend', '--surface', 'peaks', '--optimizer', ''])).toBe(
      'descenso: the flag --optimizer needs a value\n',
    );
    expect(await refused(['descend', '--formula', 'x^2', '--vars', ' , '])).toBe(
      'descenso: the flag --vars needs a value\n',
    );
    expect(await refused(['fit', '--init', ''], 'es')).toContain('--init espera pares nombre=número');
  });

  it('grad x --at "" asks for one number; help help is the help', async () => {
    expect(await refused(['grad', 'x', '--at', ''])).toBe("descenso: --at expects one number, got ''\n");
    expect(await refused(['grad', 'x', '--at', ''], 'es')).toBe(
      "descenso: --at espera un número y recibió ''\n",
    );
    expect((await cli(['help', 'help'])).code).toBe(0);
  });

  it('a switch given a value (--plot-values=x) says it takes none', async () => {
    expect(await refused(['descend', '--surface', 'peaks', '--plot-values=x'])).toBe(
      'descenso: the flag --plot-values takes no value: writing it turns it on\n',
    );
    expect(await refused(['descend', '--surface', 'peaks', '--nesterov=1'], 'es')).toBe(
      'descenso: la opción --nesterov no admite valor: basta con escribirla\n',
    );
  });

  it('--lang without a value needs one (not the help with exit 0)', async () => {
    expect(await refused(['--lang'])).toBe('descenso: the flag --lang needs a value\n');
    expect(await refused(['surfaces', '--lang'], 'es')).toBe(
      'descenso: la opción --lang necesita un valor\n',
    );
  });

  it('descend --surface with --vars is a conflict, not a flag silently ignored', async () => {
    expect(await refused(['descend', '--surface', 'peaks', '--vars', 'a,b'])).toBe(
      'descenso: --surface and --vars cannot be used together\n',
    );
  });

  it('--lang fr is refused in the locale language', async () => {
    expect(await refused(['--lang', 'fr', 'surfaces'])).toBe("descenso: --lang must be es or en, got 'fr'\n");
    expect(await refused(['surfaces', '--lang=de'], 'es')).toBe(
      "descenso: --lang debe ser es o en y recibió 'de'\n",
    );
  });

  it('--steps 0x10, Infinity, 1_000, empty and blank are refused naming the flag', async () => {
    for (const v of ['0x10', '0b11', '0o17', 'Infinity', '1_000', '', '  '])
      expect(await refused(['descend', '--surface', 'peaks', '--steps', v])).toMatch(/^descenso: --steps /);
    expect(await refused(['descend', '--surface', 'peaks', '--steps', '0x10'], 'es')).toContain(
      'espera un número escrito en decimal',
    );
    const ok = await cli(['descend', '--surface', 'peaks', '--steps', '1e1', '--format', 'json']);
    expect(JSON.parse(ok.stdout).runs[0].steps).toBe(10);
  });

  it('--domain beyond ±MAX_DOMAIN is refused before drawing a grid of NaN', async () => {
    const args = ['descend', '--surface', 'peaks', '--steps', '1', '--domain=-1e308,1e308,-1,1'];
    expect(await refused(args)).toBe(
      'descenso: --domain is out of range: -1e+308 (allowed: -1000000…1000000)\n',
    );
  });

  it('--lr 0,03 hints "write 0.03"', async () => {
    expect(await refused(['descend', '--surface', 'peaks', '--lr', '0,03'])).toContain('write 0.03');
    expect(await refused(['descend', '--surface', 'peaks', '--lr', '0,03'], 'es')).toContain('escriba 0.03');
  });

  it('grad "-x^2" is told to put the formula after --, which works', async () => {
    expect(await refused(['grad', '-x^2', '--at', '1'])).toContain(
      "a formula that begins with '-' goes after '--'",
    );
    expect(await refused(['grad', '-x^2', '--at', '1'], 'es')).toContain("va después de '--'");
    const ok = await cli(['grad', '--at', '1', '--format', 'json', '--', '-x^2']);
    expect(JSON.parse(ok.stdout)).toEqual({ value: -1, gradient: { x: -2 } });
  });

  it('grad 1 --at 1 says the formula has no variables', async () => {
    expect(await refused(['grad', '1', '--at', '1'])).toContain('the formula has no variables');
    expect(await refused(['grad', '1', '--at', '1'], 'es')).toContain('la fórmula no tiene variables');
  });

  it('fit --optimizer newton is refused clearly, and fit --help does not list it', async () => {
    const stderr = await refused(['fit', '--optimizer', 'newton']);
    expect(stderr).toContain('newton cannot fit a model: it needs the Hessian');
    expect(stderr).not.toContain('extra.hessian');
    expect(await refused(['fit', '--optimizer', 'newton'], 'es')).toContain('necesita la hessiana');
    const help = (await cli(['fit', '--help'])).stdout;
    const line = help.split('\n').find((l) => l.includes('--optimizer <name>')) ?? '';
    expect(line).not.toContain('newton');
  });

  it('descend takes at most MAX_OPTIMIZERS optimizers (the experiment schema bound)', async () => {
    const eleven = Array.from({ length: 11 }, () => 'sgd').join(',');
    expect(await refused(['descend', '--surface', 'peaks', '--optimizer', eleven])).toBe(
      'descenso: too many optimizers: 11 (at most 10 in one run)\n',
    );
    expect(await refused(['descend', '--surface', 'peaks', '--optimizer', eleven], 'es')).toContain(
      'demasiados optimizadores: 11',
    );
  });
});

describe('stderr holds one printable line per message', () => {
  it('an unknown command with ESC [ 2 J and a newline is shown escaped on one line', async () => {
    const r = await cli(['desc\x1b[2J\nend']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      // the list is the registry's, so a new command does not change this test
      `descenso: unknown command 'desc\\x1b[2J\\nend' (commands: ${commands.map((c) => c.name).join(', ')})\n`,
    );
  });

  it('commander messages that fall through and unknown flags are escaped too', async () => {
    for (const args of [
      ['descend', '--bo\x1bgus'],
      ['descend', '--surface', 'peaks', '--format', 'x\ny'],
      ['surfaces', 'a\u202eb'],
    ]) {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.stderr.endsWith('\n')).toBe(true);
      // Nothing left for the guard to escape: the line is printable as it is.
      const line = r.stderr.slice(0, -1);
      expect(printableLine(line)).toBe(line);
    }
  });

  it('--debug keeps the stack on several lines but escapes what the user typed in it', async () => {
    const r = await cli(['descend', '--surface', 'x\u001b[2J', '--debug']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\n\s+at /);
    expect(r.stderr).not.toContain('\u001b');
  });

  it('a formula fault shows the formula escaped, the caret under the fault', async () => {
    const r = await cli(['grad', 'x +\t\x1b[2J', '--at', '1']);
    const lines = r.stderr.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('  x +\\t\\x1b[2J');
    expect(lines[2]).toBe(`  ${' '.repeat(5)}^`);
  });
});
