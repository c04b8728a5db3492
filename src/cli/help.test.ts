import { describe, expect, it } from 'vitest';
import { cli } from './testing.js';

const COMMANDS = [
  'descend',
  'grad',
  'simulate',
  'fit',
  'lrfind',
  'surfaces',
  'optimizers',
  'tutorial',
  'lesson',
  'run',
  'lab',
];

describe('descenso --help', () => {
  it('descenso --help lists every command, and plain descenso prints the same', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    expect((await cli([])).stdout).toBe(r.stdout);
  });

  it('descenso --help in Spanish translates the headings and the help flag', async () => {
    const r = await cli(['--help'], { lang: 'es' });
    expect(r.stdout).toMatch(/^Uso: descenso \[opciones\] \[orden\]/);
    expect(r.stdout).toContain('\nOpciones:\n');
    expect(r.stdout).toContain('\nÓrdenes:\n');
    expect(r.stdout).toContain('muestra esta ayuda');
    expect(r.stdout).not.toMatch(/Usage|Options:|Commands:|display help/);
  });

  for (const c of COMMANDS)
    for (const lang of ['en', 'es'] as const)
      it(`descenso ${c} --help (${lang}) describes every flag in one language, defaults in its words`, async () => {
        const r = await cli([c, '--help'], { lang });
        expect(r.code).toBe(0);
        expect(r.stdout.startsWith(lang === 'es' ? `Uso: descenso ${c}` : `Usage: descenso ${c}`)).toBe(true);
        // commander's own English never shows through, and defaults are written as typed
        expect(r.stdout).not.toMatch(/\(default: "|display help for command/);
        if (lang === 'es') expect(r.stdout).not.toMatch(/\(default:|Options:|Usage:/);
      });

  it('descend --help gives the defaults and the allowed values of its flags', async () => {
    const en = (await cli(['descend', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(en).toContain('--steps <n> number of steps, 0 to 1000000 (default: 100)');
    expect(en).toContain('allowed: autodiff | forward | central (default: autodiff)');
    expect(en).toContain('allowed: table | json | csv (default: table)');
    expect(en).toContain('(default: sgd)');
    const es = (await cli(['descend', '--help'], { lang: 'es' })).stdout.replace(/\s+/g, ' ');
    expect(es).toContain('--steps <n> número de pasos, de 0 a 1000000 (por omisión: 100)');
    expect(es).toContain('valores: table | json | csv (por omisión: table)');
  });
});

/** The option entries of a help text, each joined onto one line. */
function optionEntries(help: string): string[] {
  const entries: string[] = [];
  for (const line of help.split('\n')) {
    if (/^ {2}-/.test(line)) entries.push(line.trim());
    else if (/^ {3,}\S/.test(line) && entries.length > 0) entries[entries.length - 1] += ` ${line.trim()}`;
  }
  return entries.map((e) => e.replace(/\s+/g, ' '));
}

// Flags whose value is the user's own text or an output place: no default to state.
const FREE = ['--formula', '--plot', '--data-file', '--save'];

describe('every flag with its default', () => {
  for (const c of COMMANDS)
    for (const lang of ['en', 'es'] as const)
      it(`descenso ${c} --help (${lang}): every flag that takes a value states its default or that it is required`, async () => {
        const entries = optionEntries((await cli([c, '--help'], { lang })).stdout);
        expect(entries.length).toBeGreaterThan(2);
        const said = lang === 'es' ? /por omisión:|obligatoria|se necesita/ : /default:|required/;
        const missing = entries.filter(
          (e) => e.includes('<') && !FREE.includes(e.split(' ')[0]) && !said.test(e),
        );
        expect(missing).toEqual([]);
      });

  it('simulate --help reads its defaults from the simulation table, per family where they differ', async () => {
    const en = optionEntries((await cli(['simulate', '--help'])).stdout);
    expect(en).toContain('--points <n> number of points, 1…10000000 (default: 100; affine: 200)');
    expect(en).toContain('--slope <n> slope (linear, affine) (default: 5; affine: 0.5)');
    expect(en.find((e) => e.startsWith('--seed'))).toContain('(default: 22)');
    const es = optionEntries((await cli(['fit', '--help'], { lang: 'es' })).stdout);
    expect(es.find((e) => e.startsWith('--x-range'))).toContain(
      '(por omisión: -2,2; affine: 0,1; sine: 0,6.283)',
    );
    expect(es.find((e) => e.startsWith('--seed'))).toContain('22 para los datos, 0 para las mezclas');
  });

  it('grad --help marks --at as required, and fit --help lists the losses and models allowed', async () => {
    expect(optionEntries((await cli(['grad', '--help'], { lang: 'es' })).stdout)).toContain(
      '--at <x=…> el punto: x=-1 o a=1,b=2 (por nombre), o -1 y 1,2 (en el orden en que aparecen las variables) (obligatoria)',
    );
    const fit = optionEntries((await cli(['fit', '--help'])).stdout);
    expect(fit.find((e) => e.startsWith('--loss'))).toContain(
      'allowed: mse | sse | mae | huber | bce (default: mse; bce for logistic)',
    );
    expect(fit.find((e) => e.startsWith('--model'))).toContain('allowed: linear | affine | poly:K');
  });
});

describe('descenso with only global flags', () => {
  it('descenso --lang es prints the Spanish help, as plain descenso does', async () => {
    const r = await cli(['--lang', 'es']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Uso: descenso/);
    expect((await cli(['--lang=en', '--debug'])).stdout).toMatch(/^Usage: descenso/);
  });
});
