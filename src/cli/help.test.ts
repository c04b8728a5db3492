import { describe, expect, it } from 'vitest';
import { cli } from './testing.js';

const COMMANDS = ['descend', 'grad', 'simulate', 'fit', 'surfaces', 'optimizers', 'tutorial', 'run', 'lab'];

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

describe('descenso with only global flags', () => {
  it('descenso --lang es prints the Spanish help, as plain descenso does', async () => {
    const r = await cli(['--lang', 'es']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Uso: descenso/);
    expect((await cli(['--lang=en', '--debug'])).stdout).toMatch(/^Usage: descenso/);
  });
});
