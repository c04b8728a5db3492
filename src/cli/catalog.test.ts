import { describe, expect, it } from 'vitest';
import { cli } from './testing.js';

describe('descenso surfaces', () => {
  it('surfaces lists id, name, domain, minimum and formula, peaks first with its global minimum', async () => {
    const r = await cli(['surfaces']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^id\s+name\s+domain\s+minimum\s+formula$/);
    expect(lines[1]).toMatch(
      /^peaks\s+Peaks \(MATLAB\)\s+\[-3, 3\] × \[-3, 3\]\s+\(0\.228279, -1\.62553\) = -6\.55113 \(\+2 more\)\s/,
    );
    expect(lines[1]).toContain('3*(1 - x)^2*exp(-x^2 - (y + 1)^2)');
    expect(r.stdout).toMatch(
      /^quadratic-tutorial\s+Tutorial quadratic .*\[-5, 5\]\s+0\.75 = 2\.875\s+2\*x\^2 - 3\*x \+ 4$/m,
    );
  });

  it('surfaces in Spanish names each surface in Spanish', async () => {
    const r = await cli(['surfaces'], { lang: 'es' });
    expect(r.stdout.split('\n')[0]).toMatch(/^id\s+nombre\s+dominio\s+mínimo\s+fórmula$/);
    expect(r.stdout).toContain('Picos (peaks de MATLAB)');
  });

  it('surfaces peaks shows one surface in full: every minimum, LaTeX, NumPy, starts and notes', async () => {
    const r = await cli(['surfaces', 'peaks']);
    expect(r.stdout).toContain(
      '  minima:  (0.228279, -1.62553) = -6.55113 (global); (-1.3474, 0.204519) = -3.04985;',
    );
    expect(r.stdout).toContain('  LaTeX:   3 \\left(1 - x\\right)^{2}');
    expect(r.stdout).toContain('  NumPy:   3*(1 - x)**2*np.exp(');
    expect(r.stdout).toContain('  starts:  (-0.35, -0.67); (-1.5, 1.2); (1, 0.8)');
  });

  it('surfaces --format json gives every record with its name in the user language', async () => {
    const list = JSON.parse((await cli(['surfaces', '--format', 'json'], { lang: 'es' })).stdout);
    expect(list.length).toBeGreaterThan(20);
    expect(list[0]).toMatchObject({
      id: 'peaks',
      name: 'Picos (peaks de MATLAB)',
      dims: 2,
      domain: [
        [-3, 3],
        [-3, 3],
      ],
    });
    expect(list[0].minima[0].value).toBe(-6.551133332835837);
  });
});

describe('descenso optimizers', () => {
  it('optimizers starts with the overview (lr per convention) and then every optimizer in full', async () => {
    const r = await cli(['optimizers']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^optimizer\s+lr \(pytorch \/ keras\)\s+what it does$/);
    expect(lines[1]).toMatch(/^sgd\s+0\.001 \/ 0\.01\s+gradient descent/);
    for (const name of [
      'sgd',
      'sign',
      'adagrad',
      'rmsprop',
      'adadelta',
      'adam',
      'adamw',
      'adamax',
      'nadam',
      'lion',
      'newton',
    ])
      expect(r.stdout).toMatch(new RegExp(`^${name}( \\(also gd\\))? — `, 'm'));
  });

  it('optimizers adam shows its defaults per convention, both update rules and the differences', async () => {
    const r = await cli(['optimizers', 'adam']);
    expect(r.stdout).toContain('pytorch: torch.optim.Adam; keras: keras.optimizers.Adam');
    // The option table's range and flag follow the two defaults (issue 11: one row per option).
    expect(r.stdout).toMatch(/^ {4}eps\s+ε\s+1e-8\s+1e-7\s+\(0, ∞\)\s+--eps$/m);
    expect(r.stdout).toMatch(/^ {4}lr\s+lr\s+0\.001\s+0\.001\s+\(0, ∞\)\s+--lr, --lr-schedule$/m);
    expect(r.stdout).toMatch(/^ {4}clipNorm\s+c₂\s+—\s+—\s+\(0, ∞\)\s+--clip-norm$/m);
    expect(r.stdout).toMatch(/^ {4}amsgrad\s+amsgrad\s+false\s+false\s+true \| false\s+--amsgrad$/m);
    expect(r.stdout).toContain('  update (pytorch)\n');
    expect(r.stdout).toContain('    p ← p − lr·m̂/(√v̂ + ε)');
    expect(r.stdout).toContain('  update (keras)\n');
    expect(r.stdout).toContain('  PyTorch and Keras differ:\n    - ε is 1e-8 in PyTorch and 1e-7 in Keras');
  });

  it('optimizers sgd in Spanish marks the option Keras lacks as fixed', async () => {
    const r = await cli(['optimizers', 'sgd'], { lang: 'es' });
    expect(r.stdout).toMatch(/^ {4}dampening\s+τ\s+0\s+0 \(fija\)\s+\[0, 1\]\s+--dampening$/m);
    expect(r.stdout).toMatch(/^ {4}opción\s+símbolo\s+pytorch\s+keras\s+rango\s+en la CLI$/m);
    expect(r.stdout).toContain('  recorte, antes que nada (primero clipValue, después clipNorm):\n');
    expect(r.stdout).toContain('PyTorch y Keras difieren:');
  });

  it('optimizers (the overview) documents --lr-schedule: one example and the formula per kind, in both languages', async () => {
    const en = (await cli(['optimizers'])).stdout;
    expect(en).toContain('learning-rate schedules (--lr-schedule), with the --lr as lr:');
    expect(en).toMatch(/^ {2}exponential:gamma=0\.9\s+lr·γ\^k$/m);
    expect(en).toMatch(/^ {2}warmup:steps=5,base=cosine:T=100\s+k < steps: /m);
    const es = (await cli(['optimizers'], { lang: 'es' })).stdout;
    expect(es).toContain('planificaciones de la tasa de aprendizaje (--lr-schedule), con la --lr como lr:');
  });

  it('optimizers adam --format json lists its options with symbol, range, flag and help in the language asked', async () => {
    const info = JSON.parse((await cli(['optimizers', 'adam', '--format', 'json'], { lang: 'es' })).stdout);
    const keys = info.options.map((o: { key: string }) => o.key);
    expect(keys).toEqual(['lr', 'beta1', 'beta2', 'eps', 'amsgrad', 'weightDecay', 'clipNorm', 'clipValue']);
    expect(info.options[1]).toMatchObject({ symbol: 'β₁', range: '[0, 1)', flag: '--beta1' });
    expect(info.options[6].help).toContain('recorta el gradiente');
  });

  it('optimizers gd --format json describes sgd, its alias', async () => {
    const info = JSON.parse((await cli(['optimizers', 'gd', '--format', 'json'])).stdout);
    expect(info.name).toBe('sgd');
    expect(info.defaults.keras.lr).toBe(0.01);
    expect(info.equations.pytorch.length).toBeGreaterThan(1);
  });
});
