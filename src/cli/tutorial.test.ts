import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fixtures from '../../examples/fixtures/train.json' with { type: 'json' };
import { cli } from './testing.js';
import { runTutorial } from './tutorial.js';

/** The tutorial's printed lines: stdout without the comment lines descenso adds. */
async function printed(name: string, lang: 'en' | 'es' = 'en'): Promise<string[]> {
  const r = await cli(['tutorial', name], { lang });
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  return r.stdout
    .replace(/\n$/, '')
    .split('\n')
    .filter((l) => !l.startsWith('# '));
}

/** The numbers of NumPy's repr of an array of rows. */
const numbersOf = (lines: string[]) =>
  lines
    .join(' ')
    .match(/-?\d+\.\d*(e[+-]\d+)?/g)!
    .map(Number);

describe('descenso tutorial', () => {
  it("tutorial list names the five tutorials and seed 004's exercise with their seeds, in both languages", async () => {
    const en = await cli(['tutorial', 'list']);
    expect(en.stdout.split('\n')[0]).toMatch(/^tutorial\s+seed\s+what it does$/);
    for (const [name, seed] of [
      ['peaks', '000'],
      ['numpy-autograd', '001'],
      ['derivative', '002'],
      ['gradient-tape', '003'],
      ['jax-regression', '004'],
      ['jax-exercise', '004'],
    ])
      expect(en.stdout).toMatch(new RegExp(`^${name}\\s+${seed}\\s+\\S`, 'm'));
    const es = await cli(['tutorial', 'list'], { lang: 'es' });
    expect(es.stdout).toContain('semilla');
    expect(es.stdout).toContain('Derivadas, y descenso según el signo de la pendiente');
  });

  it("tutorial peaks prints the first tutorial's 6×2 array character for character", async () => {
    const lines = await printed('peaks');
    expect(lines.slice(0, 6)).toEqual([
      'array([[-0.35      , -0.67      ],',
      '       [-0.26931594, -0.72470447],',
      '       [-0.13292324, -0.838827  ],',
      '       [ 0.0654496 , -1.06459902],',
      '       [ 0.24087009, -1.40749396],',
      '       [ 0.2657862 , -1.59573582]])',
    ]);
  });

  it("tutorial peaks prints the Keras SGD array in NumPy's style, within 1e-7 of the tutorial's float32 numbers", async () => {
    const lines = (await printed('peaks')).slice(6);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('array([[-0.35      , -0.67      ],');
    expect(lines[5]).toMatch(/^ {7}\[ 0\.\d+ *, -1\.\d+ *\]\]\)$/);
    // Seed 000, tf.keras.optimizers.SGD(learning_rate=0.03):
    const keras = [-0.35, -0.67, -0.269319, -0.72470832, -0.13292952, -0.83883744, 0.06544246, -1.06462073];
    const tail = [0.24086528, -1.40752137, 0.26578248, -1.59573841];
    numbersOf(lines).forEach((v, i) => {
      expect(Math.abs(v - [...keras, ...tail][i])).toBeLessThan(1e-7);
    });
  });

  it("tutorial derivative prints the tutorial's difference quotients and sign descents to the last digit", async () => {
    expect(await printed('derivative')).toEqual([
      '13',
      'Dérivée en x=-1 :  -6.999800000002665',
      'Dérivée en x=2 :  5.000200000004895',
      'approximate minimum found YAY, x =  0.7599999999999989',
      'approximate minimum found YAY, x =  0.49999999999999867',
      'approximate minimum found YAY, a = 0.29999999999999966 b = -3.191891195797325e-16 c = -11.50000000000003',
    ]);
  });

  it('tutorial numpy-autograd prints both training logs line for line', async () => {
    const lines = await printed('numpy-autograd');
    expect(lines).toHaveLength(25);
    expect(lines[0]).toBe('Prediccion antes de entrenar: f(5) = 0.000');
    expect(lines[1]).toBe('epoch 1: w = 1.200, loss = 30.00000000');
    expect(lines[2]).toBe('epoch 3: w = 1.872, loss = 0.76800019');
    expect(lines[6]).toBe('epoch 11: w = 2.000, loss = 0.00000033');
    expect(lines[11]).toBe('Prediccion despues del entrenamiento: f(5) = 10.000');
    expect(lines[12]).toBe('');
    expect(lines[14]).toBe('epoch 1: w = 0.300, loss = 30.00000000');
    expect(lines[15]).toBe('epoch 11: w = 1.665, loss = 1.16278565');
    expect(lines[19]).toBe('epoch 51: w = 1.999, loss = 0.00000262');
    expect(lines[24]).toBe('Prediccion despues del entrenamiento: f(5) = 10.000');
  });

  it('tutorial gradient-tape prints the 70 lines "Epoch: e, Loss: …" of the seeded run', async () => {
    const lines = await printed('gradient-tape');
    expect(lines).toEqual(fixtures.gradientTape.lines);
    expect(lines[69]).toMatch(/^Epoch: 69, Loss: \d+\.\d\d$/);
  });

  it("tutorial jax-regression prints the tutorial's initial line exactly, then NumPy float64's iterations", async () => {
    const lines = await printed('jax-regression');
    expect(lines[0]).toBe('Pérdidas:');
    expect(lines[2]).toBe('Condición Inicial: Pérdida: 38.407744806265676, Parámetro: 10.0');
    expect(lines.filter((l) => /^(Condición|Iteración)/.test(l))).toEqual(fixtures.jax.lines);
    expect(lines[lines.length - 1]).toBe(String(fixtures.jax.finalW1));
  });

  it('tutorial derivative in Spanish keeps the printed lines and translates the comments', async () => {
    const r = await cli(['tutorial', 'derivative'], { lang: 'es' });
    expect(r.stdout.split('\n')[0]).toBe(
      '# Derivadas, y descenso según el signo de la pendiente (seeds/002)',
    );
    expect(r.stdout).toContain('# El bucle de la regla de la cadena avanza según 6x − 3');
    expect(r.stdout).toContain('Dérivée en x=-1 :  -6.999800000002665');
  });

  it('tutorial derivative’s tangent figure is the derivative view at x = −1 and x = 2, secant with h = 1e-4', () => {
    const figures = runTutorial('derivative', 'en').figures();
    const tangents = figures.find((f) => f.name === 'derivative-tangents')?.svg ?? '';
    // f′(−1) = −7 and f′(2) = 5; the secants' slopes are the tutorial's printed quotients.
    expect(tangents).toContain('tangent at x = −1 (slope −7)');
    expect(tangents).toContain('secant, h = 0.0001 (slope −6.9998)');
    expect(tangents).toContain('tangent at x = 2 (slope 5)');
    expect(tangents).toContain('secant, h = 0.0001 (slope 5.0002)');
  });

  it('tutorial jax-regression --plot DIR writes its four figures as PNG files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'descenso-tutorial-'));
    const r = await cli(['tutorial', 'jax-regression', '--plot', dir]);
    expect(r.code).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['jax-data.png', 'jax-loss-curve.png', 'jax-loss-epochs.png', 'jax-model.png']);
    for (const f of files) {
      expect(readFileSync(join(dir, f)).subarray(1, 4).toString()).toBe('PNG');
      expect(r.stdout).toContain(`# wrote ${join(dir, f)}`);
    }
  });
});
